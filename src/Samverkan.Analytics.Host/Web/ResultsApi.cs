using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Host.Security;
using Samverkan.Analytics.Publishing.Export;

namespace Samverkan.Analytics.Host.Web;

/// <summary>
/// <c>GET /api/results?format=csv|json&amp;run=ID</c>: the results contract (DESIGN §4.4), only the
/// rows of the areas the user may see (<see cref="AreaScope"/>).
/// </summary>
internal static class ResultsApi
{
    public static void MapResultsApi(this WebApplication app) =>
        app.MapGet("/api/results", async (HttpContext http, IResultStore store, string? format, long? run, CancellationToken ct) =>
        {
            var json = format is null or "json";
            if (!json && format != "csv")
            {
                return Results.Problem(title: "Unknown format", detail: "Use format=csv or format=json.", statusCode: StatusCodes.Status400BadRequest);
            }

            var stored = await store.GetRunAsync(run, ct).ConfigureAwait(false);
            if (stored is null)
            {
                return Results.Problem(title: "No results", detail: run is null ? "No compute run yet." : $"No compute run {run}.", statusCode: StatusCodes.Status404NotFound);
            }

            var rows = AreaScope.For(http.User).Filter(stored.Value.Results, r => r.AreaId);
            http.Response.ContentType = json ? "application/json; charset=utf-8" : "text/csv; charset=utf-8";
            http.Response.Headers["X-Samverkan-Run"] = stored.Value.Run.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (json)
            {
                await ResultsJsonWriter.WriteAsync(http.Response.Body, rows, ct).ConfigureAwait(false);
            }
            else
            {
                await ResultsCsvWriter.WriteAsync(http.Response.Body, rows, ct).ConfigureAwait(false);
            }

            return Results.Empty;
        });
}
