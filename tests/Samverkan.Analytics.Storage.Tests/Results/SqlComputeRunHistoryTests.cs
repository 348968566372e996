using Samverkan.Analytics.Storage.Connections;
using Samverkan.Analytics.Storage.Results;
using Samverkan.Analytics.Storage.Tests.Support;

namespace Samverkan.Analytics.Storage.Tests.Results;

public sealed class SqlComputeRunHistoryTests
{
    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task LatestRunAtOrBeforeAsync_ReturnsTheLastRunComputedByThen_WhenRunsSpanQuarters(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var results = db.Bundle.Results;
        var march = await results.SaveRunAsync(SqlResultStoreTests.Run("v1") with { ComputedAt = new DateTimeOffset(2025, 3, 20, 8, 0, 0, TimeSpan.Zero) }, [], CancellationToken.None);
        var may = await results.SaveRunAsync(SqlResultStoreTests.Run("v2") with { ComputedAt = new DateTimeOffset(2025, 5, 2, 8, 0, 0, TimeSpan.Zero) }, [], CancellationToken.None);
        var history = new SqlComputeRunHistory(db.Bundle.Connections);

        Assert.Null(await history.LatestRunAtOrBeforeAsync(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), CancellationToken.None));
        Assert.Equal(march.Id, (await history.LatestRunAtOrBeforeAsync(new DateTimeOffset(2025, 3, 31, 22, 0, 0, TimeSpan.Zero), CancellationToken.None))!.Id);
        Assert.Equal(may.Id, (await history.LatestRunAtOrBeforeAsync(new DateTimeOffset(2025, 5, 2, 8, 0, 0, TimeSpan.Zero), CancellationToken.None))!.Id);
    }
}
