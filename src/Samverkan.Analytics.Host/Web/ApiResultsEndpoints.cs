using System.Globalization;
using Microsoft.Net.Http.Headers;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Host.Security;
using Samverkan.Analytics.Publishing.Export;

namespace Samverkan.Analytics.Host.Web;

/// <summary>
/// <c>GET /api/results</c> (JSON, or CSV with <c>format=csv</c>) and <c>GET /api/results.csv</c>:
/// the results contract (DESIGN §4.4) of one compute run (the latest, or <c>run</c>), filtered by
/// <c>indicator</c>, <c>area</c> and <c>period</c> (each may repeat; a row matches any of the values
/// given). The run id is in the <c>X-Samverkan-Run</c> header. The run's rows come from memory
/// (<see cref="CachedResultStore"/>) and each answer's bytes are kept per run, scope, format and
/// filters (<see cref="ResultsResponseCache"/>); the area scope is applied before anything is kept.
/// Each answer is sent plain or Brotli/gzip-compressed as the request accepts (<see cref="ContentEncodings"/>,
/// the site's policy), with <c>Vary: Accept-Encoding</c>, an ETag per representation and a 304 when
/// <c>If-None-Match</c> names it.
/// </summary>
internal static class ApiResultsEndpoints
{
    public const string RunHeader = "X-Samverkan-Run";

    public static void MapResultsEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/results", (HttpContext http, Catalog catalog, IResultStore store, ResultsResponseCache cache, string? format, long? run, string[]? indicator, string[]? area, string[]? period, CancellationToken ct) =>
                format is null or "json" or "csv"
                    ? WriteAsync(http, catalog, store, cache, format == "csv", run, indicator, area, period, ct)
                    : Task.FromResult(ApiProblems.BadRequest("Okänt format", $"format={format}: använd json (standard) eller csv.")))
            .WithName("GetResults")
            .WithSummary("The results contract (DESIGN §4.4) as JSON: one object per indicator × area × period.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/results.csv", (HttpContext http, Catalog catalog, IResultStore store, ResultsResponseCache cache, long? run, string[]? indicator, string[]? area, string[]? period, CancellationToken ct) =>
                WriteAsync(http, catalog, store, cache, csv: true, run, indicator, area, period, ct))
            .WithName("GetResultsCsv")
            .WithSummary("The results contract as CSV (comma, invariant culture, UTF-8 without BOM).")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> WriteAsync(HttpContext http, Catalog catalog, IResultStore store, ResultsResponseCache cache, bool csv, long? run,
        string[]? indicator, string[]? area, string[]? period, CancellationToken ct)
    {
        var indicators = Ids(indicator);
        var unknownIndicator = indicators.FirstOrDefault(id => !catalog.AllIndicators.Any(i => string.Equals(i.Id, id, StringComparison.OrdinalIgnoreCase)));
        if (unknownIndicator is not null)
        {
            return ApiProblems.BadRequest("Okänd indikator", $"indicator={unknownIndicator} finns inte i katalogen; GET /api/indicators listar id:na.");
        }

        var areas = Ids(area);
        var unknownArea = areas.FirstOrDefault(id => catalog.Areas.Find(id) is null);
        if (unknownArea is not null)
        {
            return ApiProblems.BadRequest("Okänt område", $"area={unknownArea} finns inte i katalogen; GET /api/areas listar id:na.");
        }

        var periods = new HashSet<Period>();
        foreach (var text in Ids(period))
        {
            if (!Period.TryParse(text, out var p))
            {
                return ApiProblems.BadRequest("Ingen period", $"period={text}: skriv ett år (2023), ett kvartal (2023-Q2) eller en månad (2023-05).");
            }

            periods.Add(p);
        }

        var stored = await store.GetRunAsync(run, ct).ConfigureAwait(false);
        if (stored is not { } found)
        {
            return ApiProblems.NotFound("Inga resultat", run is null ? "Det finns ingen beräkningskörning än; resultaten kommer efter den första importen." : $"Det finns ingen beräkningskörning {run}.");
        }

        // An area-limited viewer sees only their areas and the city (the comparator), whatever the filters ask for.
        var scope = AreaScope.For(http.User).WithComparator(catalog.CityAreaId);
        var key = ResultsResponseKey.For(found.Run.Id, scope, csv, indicators, areas, periods);
        var body = cache.GetOrRender(key, () =>
        {
            var rows = scope.Filter(found.Results, r => r.AreaId).Where(r =>
                (indicators.Count == 0 || indicators.Contains(r.IndicatorId))
                && (areas.Count == 0 || areas.Contains(r.AreaId))
                && (periods.Count == 0 || periods.Contains(r.Period)));
            using var buffer = new MemoryStream();
            if (csv)
            {
                ResultsCsvWriter.Write(buffer, rows);
            }
            else
            {
                ResultsJsonWriter.Write(buffer, rows);
            }

            return buffer.ToArray();
        });
        var response = http.Response;
        var (bytes, encoding, etag) = body.For(http.Request.Headers.AcceptEncoding);
        response.Headers[RunHeader] = found.Run.Id.ToString(CultureInfo.InvariantCulture);
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        response.Headers.CacheControl = SiteEndpoints.CacheControl;
        response.GetTypedHeaders().ETag = etag;
        if (ContentEncodings.NotModified(http.Request.GetTypedHeaders(), etag, lastModified: null))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Results.Empty;
        }

        response.ContentType = csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";
        if (encoding is not null)
        {
            response.Headers.ContentEncoding = encoding;
        }

        await SendAsync(response, bytes, ct).ConfigureAwait(false);
        return Results.Empty;
    }

    /// <summary>
    /// Sends a whole body with its Content-Length as one piece of the response pipe: a buffer of the
    /// body's size, one copy, one flush, so the socket sends it in one call. (A <c>Body.WriteAsync</c>
    /// of the same bytes is cut into the server's 4 KB blocks, and each block costs more than its copy:
    /// docs/benchmarks.md, "Session 5: the whole API answer".)
    /// </summary>
    internal static async Task SendAsync(HttpResponse response, ReadOnlyMemory<byte> bytes, CancellationToken ct)
    {
        response.ContentLength = bytes.Length;
        await response.StartAsync(ct).ConfigureAwait(false);
        var writer = response.BodyWriter;
        var left = bytes;
        while (!left.IsEmpty)
        {
            var memory = writer.GetMemory(left.Length); // a size hint above the block size gets one buffer of that size
            var n = Math.Min(memory.Length, left.Length);
            left.Span[..n].CopyTo(memory.Span);
            writer.Advance(n);
            left = left[n..];
        }

        await writer.FlushAsync(ct).ConfigureAwait(false);
    }

    private static HashSet<string> Ids(string[]? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
