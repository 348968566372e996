using System.Diagnostics;
using System.Globalization;
using Samverkan.Analytics.Storage.Connections;
using Samverkan.Analytics.Storage.Tests.Support;
using Xunit.Abstractions;

namespace Samverkan.Analytics.Storage.Tests.Results;

/// <summary>Timing of <see cref="Storage.Results.SqlResultStore"/>, run alone (not beside the other tests) so the clock measures the store.</summary>
[Collection(TimingCollection.Name)]
public sealed class SqlResultStoreTimingTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task SaveRunAsync_Stores10000RowsWellUnderASecond(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var template = SqlResultStoreTests.AwkwardRows();
        var rows = Enumerable.Range(0, 10_000).Select(i => template[i % template.Count] with { AreaId = "area-" + i.ToString(CultureInfo.InvariantCulture) }).ToList();
        await db.Bundle.Results.SaveRunAsync(SqlResultStoreTests.Run(), rows, CancellationToken.None); // warm up: JIT tiers, pool

        // The best of three, so that other processes on a shared machine do not decide the result.
        var best = TimeSpan.MaxValue;
        Core.Results.ComputeRun saved = null!;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var watch = Stopwatch.StartNew();
            saved = await db.Bundle.Results.SaveRunAsync(SqlResultStoreTests.Run(), rows, CancellationToken.None);
            best = watch.Elapsed < best ? watch.Elapsed : best;
            output.WriteLine($"{provider}: 10 000 rows saved in {watch.Elapsed.TotalMilliseconds:0} ms");
        }

        Assert.True(best < TimeSpan.FromSeconds(1), $"Saving 10 000 rows took {best.TotalMilliseconds:0} ms at best.");
        Assert.Equal(10_000, await db.CountAsync("results", $"run_id = {saved.Id}"));
        var read = await db.Bundle.Results.GetRunAsync(saved.Id, CancellationToken.None);
        Assert.Equal(rows.Select(SqlResultStoreTests.Describe), read!.Value.Results.Select(SqlResultStoreTests.Describe));
    }
}
