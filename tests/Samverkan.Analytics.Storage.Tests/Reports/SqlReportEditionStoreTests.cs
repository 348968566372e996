using Samverkan.Analytics.Core.Reports;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Storage.Connections;
using Samverkan.Analytics.Storage.Mapping;
using Samverkan.Analytics.Storage.Reports;
using Samverkan.Analytics.Storage.Tests.Support;

namespace Samverkan.Analytics.Storage.Tests.Reports;

public sealed class SqlReportEditionStoreTests
{
    private static readonly ReportScope Scope = new(2024, areaId: "sdo-farsta");

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task ApproveAsync_MakesTheEditionFinal_WhenBothPartiesApprove(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var store = new SqlReportEditionStore(db.Bundle.Connections);
        var runId = await NewRunAsync(db);
        var created = await store.CreateAsync(Scope, runId, "Analytiker Ärlig", db.Time.GetUtcNow(), CancellationToken.None);

        var city = await store.ApproveAsync(created.Id, ApprovalParty.City, "Anna Stad", db.Time.GetUtcNow().AddDays(1), CancellationToken.None);
        var both = await store.ApproveAsync(created.Id, ApprovalParty.Police, "Per Polis", db.Time.GetUtcNow().AddDays(2), CancellationToken.None);
        var read = await store.LatestAsync(Scope, CancellationToken.None);

        Assert.False(city.IsFinal);
        Assert.True(both.IsFinal);
        Assert.NotNull(read);
        Assert.True(read.IsFinal);
        Assert.Equal(Scope.Key, read.Scope.Key);
        Assert.Equal(runId, read.RunId);
        Assert.Equal(["Anna Stad", "Per Polis"], read.Approvals.Select(a => a.Approver));
        Assert.Equal(StoredTime.Normalise(db.Time.GetUtcNow().AddDays(1)), read.FrozenAt);
        Assert.Equal(StoredTime.Normalise(db.Time.GetUtcNow().AddDays(2)), read.FinalisedAt);
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task CreateAsync_Refuses_WhenTheScopeHasAFinalEdition(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var store = new SqlReportEditionStore(db.Bundle.Connections);
        var runId = await NewRunAsync(db);
        var edition = await store.CreateAsync(Scope, runId, "a", db.Time.GetUtcNow(), CancellationToken.None);
        await store.ApproveAsync(edition.Id, ApprovalParty.City, "Anna Stad", db.Time.GetUtcNow(), CancellationToken.None);
        await store.ApproveAsync(edition.Id, ApprovalParty.Police, "Per Polis", db.Time.GetUtcNow(), CancellationToken.None);
        var laterRun = await NewRunAsync(db);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => store.CreateAsync(Scope, laterRun, "a", db.Time.GetUtcNow(), CancellationToken.None));
        var other = await store.CreateAsync(new ReportScope(2024), laterRun, "a", db.Time.GetUtcNow(), CancellationToken.None);

        Assert.Contains("final edition", error.Message, StringComparison.Ordinal);
        Assert.Equal(edition.Id, (await store.LatestAsync(Scope, CancellationToken.None))!.Id);
        Assert.Equal(laterRun, other.RunId);
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task ApproveAsync_Refuses_WhenThePartyApprovedOrTheSamePersonApprovesForBoth(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var store = new SqlReportEditionStore(db.Bundle.Connections);
        var edition = await store.CreateAsync(Scope, await NewRunAsync(db), "a", db.Time.GetUtcNow(), CancellationToken.None);
        await store.ApproveAsync(edition.Id, ApprovalParty.City, "Anna Stad", db.Time.GetUtcNow(), CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => store.ApproveAsync(edition.Id, ApprovalParty.City, "Bo Stad", db.Time.GetUtcNow(), CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(
            () => store.ApproveAsync(edition.Id, ApprovalParty.Police, "anna stad", db.Time.GetUtcNow(), CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(
            () => store.ApproveAsync(edition.Id + 99, ApprovalParty.Police, "Per Polis", db.Time.GetUtcNow(), CancellationToken.None));
        Assert.False((await store.GetAsync(edition.Id, CancellationToken.None))!.IsFinal);
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task CreateAsync_Refuses_WhenTheRunDoesNotExist(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var store = new SqlReportEditionStore(db.Bundle.Connections);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.CreateAsync(Scope, 42, "a", db.Time.GetUtcNow(), CancellationToken.None));
        Assert.Null(await store.LatestAsync(Scope, CancellationToken.None));
    }

    private static async Task<long> NewRunAsync(TestDatabase db)
    {
        var run = await db.Bundle.Results.SaveRunAsync(
            new ComputeRun { ComputedAt = db.Time.GetUtcNow(), CatalogVersion = "test" }, [], CancellationToken.None);
        return run.Id;
    }
}
