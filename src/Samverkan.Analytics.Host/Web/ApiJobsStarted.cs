using System.Text.Json.Serialization;

namespace Samverkan.Analytics.Host.Web;

/// <summary>What <c>POST /api/jobs/{name}</c> enqueued: the Hangfire job ids (see <c>/hangfire/jobs/details/{id}</c>).</summary>
public sealed record ApiJobsStarted(
    [property: JsonPropertyName("job")] string Job,
    [property: JsonPropertyName("job_ids")] IReadOnlyList<string> JobIds);
