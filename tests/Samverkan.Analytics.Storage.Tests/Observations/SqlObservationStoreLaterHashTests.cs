using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Storage.Connections;
using Samverkan.Analytics.Storage.Tests.Support;

namespace Samverkan.Analytics.Storage.Tests.Observations;

/// <summary>
/// An import whose file hash comes last (a large file's rows are stored while its hashing pass still
/// runs): the rows are written before the hash is asked for, and the import commits only with it.
/// </summary>
public sealed class SqlObservationStoreLaterHashTests
{
    private static readonly Period March = Period.OfMonth(2024, 3);

    private static ParsedFile Vintage() => Some.File(
        "bra-2024-03.csv",
        "first vintage",
        InputKind.Crime,
        Some.Crime("sdo-jarva", March, "misshandel", 41, line: 2),
        Some.Crime("sdo-jarva", March, "ran", 7, line: 3));

    /// <summary>The file as read before its hash is known: no hash in it or in its lineage.</summary>
    private static ParsedFile Unhashed(ParsedFile file) => file with
    {
        FileHash = "",
        Observations = file.Observations.Select(o => o with { Lineage = o.Lineage! with { FileHash = "" } }).ToList(),
    };

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task ImportAsync_WritesTheRowsFirstAndCommitsWithTheHash_WhenTheHashComesLast(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var store = db.Bundle.Observations;
        var written = 0;
        var writtenWhenAsked = -1;
        store.AfterObservationsWritten = n => written = n;
        var hash = Vintage().FileHash;

        var outcome = await store.ImportAsync(
            Unhashed(Vintage()),
            _ =>
            {
                writtenWhenAsked = written;
                return Task.FromResult<string?>(hash);
            },
            dryRun: false,
            CancellationToken.None);

        Assert.Equal(2, writtenWhenAsked);
        Assert.NotNull(outcome);
        Assert.False(outcome.AlreadyImported);
        Assert.Equal((hash, 2, 0, 0), (outcome.Import.FileHash, outcome.Import.Added, outcome.Import.Revised, outcome.Import.Unchanged));
        Assert.Equal([outcome.Import], await store.ListImportsAsync(CancellationToken.None));
        var current = await store.GetCurrentObservationsAsync(CancellationToken.None);
        Assert.All(current, o => Assert.Equal(new Lineage(hash, outcome.Import.Id, o.Lineage!.FirstRow, o.Lineage.LastRow), o.Lineage));
        Assert.Equal([hash], await db.RowsAsync("SELECT file_hash FROM imports;"));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task ImportAsync_StoresNothingAndReturnsNull_WhenTheHashPassSaysTheReadDoesNotHold(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var store = db.Bundle.Observations;
        await store.ImportAsync(Some.File("other.csv", "other", InputKind.Crime, Some.Crime("sdo-jarva", March, "misshandel", 40, line: 2)), dryRun: false, CancellationToken.None);
        var before = await db.DumpAsync();

        var outcome = await store.ImportAsync(Unhashed(Vintage()), _ => Task.FromResult<string?>(null), dryRun: false, CancellationToken.None);

        Assert.Null(outcome);
        Assert.Equal(before, await db.DumpAsync());
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task ImportAsync_ReportsTheFirstImportAndStoresNothing_WhenTheHashComingLastIsAStoredFiles(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var store = db.Bundle.Observations;
        var first = await store.ImportAsync(Vintage(), dryRun: false, CancellationToken.None);
        await store.ImportAsync(Some.File("later.csv", "later", InputKind.Crime, Some.Crime("sdo-jarva", March, "misshandel", 45, line: 2)), dryRun: false, CancellationToken.None);
        var before = await db.DumpAsync();
        db.Time.Advance(TimeSpan.FromHours(1));

        // The rows would revise misshandel back to 41 if they were kept.
        var again = await store.ImportAsync(Unhashed(Vintage()), _ => Task.FromResult<string?>(Vintage().FileHash), dryRun: false, CancellationToken.None);

        Assert.NotNull(again);
        Assert.True(again.AlreadyImported);
        Assert.Equal(first.Import, again.Import);
        Assert.Equal(before, await db.DumpAsync());
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task ImportAsync_CountsButWritesNothing_WhenADryRunsHashComesLast(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var store = db.Bundle.Observations;
        var before = await db.DumpAsync();

        var outcome = await store.ImportAsync(Unhashed(Vintage()), _ => Task.FromResult<string?>(Vintage().FileHash), dryRun: true, CancellationToken.None);

        Assert.NotNull(outcome);
        Assert.Equal((Vintage().FileHash, 2, false), (outcome.Import.FileHash, outcome.Import.Added, outcome.AlreadyImported));
        Assert.Equal(before, await db.DumpAsync());
    }
}
