using System.IO.Compression;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Core.Users;
using Samverkan.Analytics.Host.Security;
using Samverkan.Analytics.Host.Tests.Security;
using Samverkan.Analytics.Host.Tests.Support;
using Samverkan.Analytics.Host.Web;
using Samverkan.Analytics.Publishing.Export;
using Samverkan.Analytics.Storage;

namespace Samverkan.Analytics.Host.Tests.Service;

/// <summary>
/// The in-memory results of <c>/api/results</c> (<see cref="CachedResultStore"/>, <see cref="ResultsResponseCache"/>):
/// the same rows as the database after every new run, the area scope applied per request, and a
/// run stored elsewhere noticed.
/// </summary>
public sealed class CachedResultStoreTests
{
    private static readonly string[] Areas = ["kommun-0180", "lpo-jarva", "sdo-jarva", "po-syd", "lpo-globen"];

    [Fact]
    public async Task GetRunAsync_ReadsTheRunsRowsOnce_WhenAskedAgain()
    {
        var inner = new MemoryResultStore();
        var store = new CachedResultStore(inner, inner.LatestRunIdAsync, new FakeTimeProvider());
        await store.SaveRunAsync(Run(), Rows(10), CancellationToken.None);

        var first = await store.GetRunAsync(null, CancellationToken.None);
        var second = await store.GetRunAsync(null, CancellationToken.None);

        Assert.Equal(1, store.DatabaseReads);
        Assert.Same(first!.Value.Results, second!.Value.Results);
        Assert.Equal(inner.Rows(1), second.Value.Results);
    }

    [Fact]
    public async Task GetRunAsync_ReturnsTheNewRun_WhenARunIsSavedThroughIt()
    {
        var inner = new MemoryResultStore();
        var store = new CachedResultStore(inner, inner.LatestRunIdAsync, new FakeTimeProvider());
        await store.SaveRunAsync(Run(), Rows(10), CancellationToken.None);
        await store.GetRunAsync(null, CancellationToken.None);

        var saved = await store.SaveRunAsync(Run(), Rows(30), CancellationToken.None);
        var latest = await store.GetRunAsync(null, CancellationToken.None);

        Assert.Equal(saved.Id, latest!.Value.Run.Id);
        Assert.Equal(inner.Rows(saved.Id), latest.Value.Results);
        Assert.All(latest.Value.Results, r => Assert.Equal(30, r.Value));
    }

    [Fact]
    public async Task GetRunAsync_NoticesARunStoredByAnotherServer_OnlyAfterTheRecheckInterval()
    {
        var inner = new MemoryResultStore();
        var time = new FakeTimeProvider();
        var store = new CachedResultStore(inner, inner.LatestRunIdAsync, time);
        await store.SaveRunAsync(Run(), Rows(10), CancellationToken.None);
        await store.GetRunAsync(null, CancellationToken.None);

        var other = await inner.SaveRunAsync(Run(), Rows(40), CancellationToken.None); // another server, same database
        var before = await store.GetRunAsync(null, CancellationToken.None);
        time.Advance(CachedResultStore.LatestRunRecheck);
        var after = await store.GetRunAsync(null, CancellationToken.None);

        Assert.Equal(other.Id - 1, before!.Value.Run.Id);
        Assert.Equal(other.Id, after!.Value.Run.Id);
        Assert.Equal(inner.Rows(other.Id), after.Value.Results);
    }

    [Fact]
    public async Task GetRunAsync_ReadsAgain_WhenTheFirstReadFailed()
    {
        var inner = new MemoryResultStore();
        var store = new CachedResultStore(inner, inner.LatestRunIdAsync, new FakeTimeProvider());
        await store.SaveRunAsync(Run(), Rows(10), CancellationToken.None);
        inner.FailNextRead = true;

        await Assert.ThrowsAsync<IOException>(() => store.GetRunAsync(null, CancellationToken.None));
        var again = await store.GetRunAsync(null, CancellationToken.None);

        Assert.Equal(inner.Rows(1), again!.Value.Results);
    }

    [Fact]
    public async Task GetRunAsync_KeepsOnlyTheNewestRuns_WhenManyAreAskedFor()
    {
        var inner = new MemoryResultStore();
        var store = new CachedResultStore(inner, inner.LatestRunIdAsync, new FakeTimeProvider());
        for (var i = 0; i < CachedResultStore.KeptRuns + 2; i++)
        {
            var saved = await store.SaveRunAsync(Run(), Rows(i), CancellationToken.None);
            await store.GetRunAsync(saved.Id, CancellationToken.None);
        }

        var reads = store.DatabaseReads;
        await store.GetRunAsync(null, CancellationToken.None); // the latest: kept
        var keptReads = store.DatabaseReads;
        await store.GetRunAsync(1, CancellationToken.None); // the oldest: dropped, read again

        Assert.Equal(reads, keptReads);
        Assert.Equal(reads + 1, store.DatabaseReads);
    }

    [Fact]
    public async Task ResultsApi_AnswersTheDatabasesRowsOfTheNewRun_WhenARunIsStoredAfterAnAnswerWasCached()
    {
        await using var host = new SecurityTestHost();
        var results = host.Factory.Services.GetRequiredService<IResultStore>();
        await results.SaveRunAsync(Run(host.Time.GetUtcNow()), Rows(20), CancellationToken.None);
        using var client = await TestLogin.ClientForNewUserAsync(host.Factory, "vera", UserRole.Viewer);
        using var before = await client.GetAsync(new Uri("/api/results?format=csv", UriKind.Relative));

        var second = await results.SaveRunAsync(Run(host.Time.GetUtcNow()), Rows(25), CancellationToken.None);
        using var after = await client.GetAsync(new Uri("/api/results?format=csv", UriKind.Relative));
        var database = await host.Factory.Services.GetRequiredService<StorageBundle>().Results.GetRunAsync(null, CancellationToken.None);

        Assert.Equal(second.Id - 1, RunOf(before));
        Assert.Equal(second.Id, RunOf(after));
        Assert.Equal(second.Id, database!.Value.Run.Id);
        Assert.Equal(Csv(database.Value.Results), await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ResultsApi_AppliesEachViewersAreaScope_WhenTheSameQueryWasAnsweredForAnotherViewer()
    {
        await using var host = new SecurityTestHost();
        await host.Factory.Services.GetRequiredService<IResultStore>().SaveRunAsync(Run(host.Time.GetUtcNow()), Rows(20), CancellationToken.None);
        using var everyone = await TestLogin.ClientForNewUserAsync(host.Factory, "vera", UserRole.Viewer);
        using var jarva = await TestLogin.ClientForNewUserAsync(host.Factory, "lina", UserRole.Viewer, "lpo-jarva", "sdo-jarva");
        using var syd = await TestLogin.ClientForNewUserAsync(host.Factory, "sune", UserRole.Viewer, "po-syd");
        const string Query = "/api/results?format=csv&indicator=otrygg-ute-sen-kvall";

        var all = await everyone.GetStringAsync(new Uri(Query, UriKind.Relative));
        var forJarva = await jarva.GetStringAsync(new Uri(Query, UriKind.Relative));
        var forSyd = await syd.GetStringAsync(new Uri(Query, UriKind.Relative));
        var allAgain = await everyone.GetStringAsync(new Uri(Query, UriKind.Relative));
        var jarvaAgain = await jarva.GetStringAsync(new Uri(Query.Replace("format=csv&", string.Empty, StringComparison.Ordinal) + "&format=csv", UriKind.Relative));

        Assert.Equal(Areas.Order(StringComparer.Ordinal), AreaColumn(all).Order(StringComparer.Ordinal));
        Assert.Equal(["kommun-0180", "lpo-jarva", "sdo-jarva"], AreaColumn(forJarva));
        Assert.Equal(["kommun-0180", "po-syd"], AreaColumn(forSyd));
        Assert.Equal(all, allAgain);
        Assert.Equal(forJarva, jarvaAgain);
    }

    [Fact]
    public async Task ResultsApi_SendsTheSameBytesInEveryEncoding_EachWithItsOwnETagAnd304()
    {
        await using var host = new SecurityTestHost();
        await host.Factory.Services.GetRequiredService<IResultStore>().SaveRunAsync(Run(host.Time.GetUtcNow()), Rows(20), CancellationToken.None);
        using var client = await TestLogin.ClientForNewUserAsync(host.Factory, "vera", UserRole.Viewer);

        using var plain = await EncodedRequests.GetAsync(client, "/api/results", acceptEncoding: null);
        using var brotli = await EncodedRequests.GetAsync(client, "/api/results", "gzip, deflate, br, zstd");
        using var gzip = await EncodedRequests.GetAsync(client, "/api/results", "gzip");
        using var refused = await EncodedRequests.GetAsync(client, "/api/results", "br;q=0, gzip;q=0");
        var bytes = await plain.Content.ReadAsByteArrayAsync();
        using var notModified = await EncodedRequests.GetAsync(client, "/api/results", "br", ifNoneMatch: brotli.Headers.ETag!.Tag);
        using var otherTag = await EncodedRequests.GetAsync(client, "/api/results", "gzip", ifNoneMatch: brotli.Headers.ETag!.Tag);

        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal(["br"], brotli.Content.Headers.ContentEncoding);
        Assert.Equal(["gzip"], gzip.Content.Headers.ContentEncoding);
        Assert.Empty(refused.Content.Headers.ContentEncoding);
        Assert.Equal(bytes, EncodedRequests.Decompress(await brotli.Content.ReadAsByteArrayAsync(), "br"));
        Assert.Equal(bytes, EncodedRequests.Decompress(await gzip.Content.ReadAsByteArrayAsync(), "gzip"));
        Assert.Equal(bytes, await refused.Content.ReadAsByteArrayAsync());
        Assert.Equal(bytes.Length, plain.Content.Headers.ContentLength);
        Assert.Contains("\"sdo-jarva\"", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.All(new[] { plain, brotli, gzip }, r => Assert.Contains("Accept-Encoding", r.Headers.Vary));
        Assert.Equal(3, new[] { plain, brotli, gzip }.Select(r => r.Headers.ETag!.Tag).Distinct().Count());
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(brotli.Headers.ETag, notModified.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, otherTag.StatusCode);
        Assert.Equal(bytes, EncodedRequests.Decompress(await otherTag.Content.ReadAsByteArrayAsync(), "gzip"));
    }

    [Fact]
    public async Task ResultsApi_SendsAnAreaLimitedViewerOnlyTheirAreas_InEveryEncoding()
    {
        await using var host = new SecurityTestHost();
        await host.Factory.Services.GetRequiredService<IResultStore>().SaveRunAsync(Run(host.Time.GetUtcNow()), Rows(20), CancellationToken.None);
        using var everyone = await TestLogin.ClientForNewUserAsync(host.Factory, "vera", UserRole.Viewer);
        using var jarva = await TestLogin.ClientForNewUserAsync(host.Factory, "lina", UserRole.Viewer, "lpo-jarva", "sdo-jarva");

        using var all = await EncodedRequests.GetAsync(everyone, "/api/results?format=csv", "br");
        using var brotli = await EncodedRequests.GetAsync(jarva, "/api/results?format=csv", "br");
        using var gzip = await EncodedRequests.GetAsync(jarva, "/api/results?format=csv", "gzip");
        using var plain = await EncodedRequests.GetAsync(jarva, "/api/results?format=csv", acceptEncoding: null);
        using var othersTag = await EncodedRequests.GetAsync(jarva, "/api/results?format=csv", "br", ifNoneMatch: all.Headers.ETag!.Tag);
        var csv = System.Text.Encoding.UTF8.GetString(EncodedRequests.Decompress(await brotli.Content.ReadAsByteArrayAsync(), "br"));

        Assert.Equal(["kommun-0180", "lpo-jarva", "sdo-jarva"], AreaColumn(csv));
        Assert.Equal(csv, System.Text.Encoding.UTF8.GetString(EncodedRequests.Decompress(await gzip.Content.ReadAsByteArrayAsync(), "gzip")));
        Assert.Equal(csv, await plain.Content.ReadAsStringAsync());
        Assert.Equal(Areas.Order(StringComparer.Ordinal), AreaColumn(System.Text.Encoding.UTF8.GetString(EncodedRequests.Decompress(await all.Content.ReadAsByteArrayAsync(), "br"))).Order(StringComparer.Ordinal));
        Assert.NotEqual(all.Headers.ETag, brotli.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, othersTag.StatusCode); // another scope's tag is not this answer's
        Assert.Equal(csv, System.Text.Encoding.UTF8.GetString(EncodedRequests.Decompress(await othersTag.Content.ReadAsByteArrayAsync(), "br")));
    }

    [Fact]
    public async Task GetOrRender_RendersOnce_WhenManyAskAtOnceForAnAnswerNotKept()
    {
        using var cache = new ResultsResponseCache();
        var key = new ResultsResponseKey(1, "*", Csv: false, "||");
        using var gate = new ManualResetEventSlim();
        var plain = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"area_id\":\"sdo-jarva\",\"value\":null},", 100)));

        var askers = Enumerable.Range(0, 8).Select(_ => Task.Run(() => cache.GetOrRender(key, () =>
        {
            gate.Wait(TimeSpan.FromSeconds(10));
            return plain;
        }))).ToList();
        await Task.Delay(100);
        gate.Set();
        var bodies = await Task.WhenAll(askers);

        Assert.Equal(1, cache.Renders);
        Assert.All(bodies, b => Assert.Same(bodies[0], b));
        Assert.Equal(plain, EncodedRequests.Decompress(bodies[0].Encoded("br")!, "br"));
        Assert.Equal(plain, EncodedRequests.Decompress(bodies[0].Encoded("gzip")!, "gzip"));
    }

    private static ComputeRun Run(DateTimeOffset? at = null) => new() { ComputedAt = at ?? DateTimeOffset.UnixEpoch, CatalogVersion = "test" };

    private static List<IndicatorResult> Rows(double value) =>
        Areas.Select(a => new IndicatorResult { IndicatorId = "otrygg-ute-sen-kvall", AreaId = a, Period = Period.OfYear(2023), Value = value }).ToList();

    private static long RunOf(HttpResponseMessage response) =>
        long.Parse(response.Headers.GetValues(ApiResultsEndpoints.RunHeader).Single(), System.Globalization.CultureInfo.InvariantCulture);

    private static string Csv(IEnumerable<IndicatorResult> rows)
    {
        using var buffer = new MemoryStream();
        ResultsCsvWriter.Write(buffer, rows);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static List<string> AreaColumn(string csv) =>
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[1]).ToList();

    /// <summary>A result store in memory standing in for the database (another server may save to it directly).</summary>
    private sealed class MemoryResultStore : IResultStore
    {
        private readonly List<(ComputeRun Run, List<IndicatorResult> Rows)> _runs = [];

        public bool FailNextRead { get; set; }

        public List<IndicatorResult> Rows(long runId) => _runs.Single(r => r.Run.Id == runId).Rows;

        public Task<ComputeRun> SaveRunAsync(ComputeRun run, IReadOnlyList<IndicatorResult> results, CancellationToken cancellationToken)
        {
            var stored = run with { Id = _runs.Count + 1, RowCount = results.Count };
            _runs.Add((stored, results.ToList()));
            return Task.FromResult(stored);
        }

        public Task<(ComputeRun Run, IReadOnlyList<IndicatorResult> Results)?> GetRunAsync(long? runId, CancellationToken cancellationToken)
        {
            if (FailNextRead)
            {
                FailNextRead = false;
                throw new IOException("the database is away");
            }

            var found = _runs.Where(r => runId is null || r.Run.Id == runId).OrderByDescending(r => r.Run.Id).Select(r => ((ComputeRun, IReadOnlyList<IndicatorResult>)?)(r.Run, r.Rows)).FirstOrDefault();
            return Task.FromResult(found);
        }

        public Task<long?> LatestRunIdAsync(CancellationToken cancellationToken) => Task.FromResult(_runs.Count == 0 ? null : (long?)_runs[^1].Run.Id);
    }
}
