using System.IO.Compression;
using System.Net.Http.Headers;
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
    public async Task ResultsApi_SendsTheSameBytesGzipped_WhenTheClientAcceptsGzip()
    {
        await using var host = new SecurityTestHost();
        await host.Factory.Services.GetRequiredService<IResultStore>().SaveRunAsync(Run(host.Time.GetUtcNow()), Rows(20), CancellationToken.None);
        using var client = await TestLogin.ClientForNewUserAsync(host.Factory, "vera", UserRole.Viewer);
        var plain = await client.GetByteArrayAsync(new Uri("/api/results", UriKind.Relative));

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/results", UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        using var response = await client.SendAsync(request);
        await using var unzipped = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var body = new MemoryStream();
        await unzipped.CopyToAsync(body);

        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal(plain, body.ToArray());
        Assert.Contains("\"sdo-jarva\"", System.Text.Encoding.UTF8.GetString(plain), StringComparison.Ordinal);
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
