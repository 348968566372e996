using Hangfire;
using Samverkan.Analytics.Host.Digests;
using Samverkan.Analytics.Host.Jobs;
using Samverkan.Analytics.Host.Security;

namespace Samverkan.Analytics.Host.Web;

/// <summary>
/// <c>POST /api/jobs/{name}</c> (analyst): runs <c>ingest-inbox</c>, <c>compute</c> (followed by a
/// publish), <c>publish</c> or <c>digests</c> (409 when digests are not configured) now, on whichever server takes it first; answers 202 with the job ids.
/// A job asked for now runs even when its output looks current.
/// </summary>
internal static class ApiJobsEndpoints
{
    public static void MapJobsEndpoints(this RouteGroupBuilder api) =>
        api.MapPost("/jobs/{name}", (string name, IBackgroundJobClient jobs, DigestSetup digests) =>
            {
                if (name == JobIds.Digests && digests.NotConfigured is { } reason)
                {
                    return TypedResults.Problem(title: "E-postsammanfattningarna är inte inställda", detail: "Jobbet digests kan inte köras: " + reason, statusCode: StatusCodes.Status409Conflict);
                }

                IReadOnlyList<string>? ids = name switch
                {
                    JobIds.IngestInbox => [jobs.Enqueue<IngestInboxJob>(j => j.Run(false, CancellationToken.None))],
                    JobIds.Compute => Both(jobs.ComputeThenPublish(force: true)),
                    JobIds.Publish => [jobs.Enqueue<PublishJob>(j => j.Run(true, CancellationToken.None))],
                    JobIds.Digests => [jobs.Enqueue<DigestJob>(j => j.Run(CancellationToken.None))],
                    _ => null,
                };
                return ids is null
                    ? ApiProblems.NotFound("Jobbet finns inte", $"'{name}' är inget jobb som kan köras nu; använd något av {string.Join(", ", JobIds.RunnableNow)}.")
                    : TypedResults.Accepted((string?)null, new ApiJobsStarted(name, ids));
            })
            .RequireAuthorization(Policies.Analyst)
            .WithName("RunJob")
            .WithSummary("Run ingest-inbox, compute (then publish), publish or digests now.")
            .Produces<ApiJobsStarted>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static string[] Both((string ComputeJobId, string PublishJobId) chain) => [chain.ComputeJobId, chain.PublishJobId];
}
