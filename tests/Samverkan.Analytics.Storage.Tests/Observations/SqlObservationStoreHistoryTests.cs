using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Storage.Connections;
using Samverkan.Analytics.Storage.Migrations;
using Samverkan.Analytics.Storage.Tests.Support;

namespace Samverkan.Analytics.Storage.Tests.Observations;

/// <summary>Revisions as history: the revised flag, <c>imports show</c> and <c>revert</c>, on real databases.</summary>
public sealed class SqlObservationStoreHistoryTests
{
    private static readonly Period March = Period.OfMonth(2024, 3);

    private static ParsedFile Vintage(string name, double assaults, double robberies, int firstLine, ObservationStatus status = ObservationStatus.Preliminary) => Some.File(
        name,
        name,
        InputKind.Crime,
        Some.Crime("sdo-jarva", March, "misshandel", assaults, firstLine, status),
        Some.Crime("sdo-jarva", March, "ran", robberies, firstLine + 1, status)) with { Detected = "encoding Windows-1252, LF line breaks, separator ';'" };

    private static async Task<ImportOutcome> ImportAsync(TestDatabase db, ParsedFile file) =>
        await db.Bundle.Observations.ImportAsync(file, dryRun: false, CancellationToken.None);

    private static async Task<Observation> CurrentAsync(TestDatabase db, string category) =>
        (await db.Bundle.Observations.GetCurrentObservationsAsync(CancellationToken.None)).Single(o => o.Subject == category);

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task GetCurrentObservationsAsync_FlagsRevised_WhenAnOlderVintageExists(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        await ImportAsync(db, Vintage("a.csv", 41, 7, 2));
        await ImportAsync(db, Vintage("b.csv", 43, 7, 5));

        Assert.True((await CurrentAsync(db, "misshandel")).Revised);
        Assert.False((await CurrentAsync(db, "ran")).Revised);
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task GetRevisedValuesAsync_ListsTheEarlierValueWithItsImport_WhenAFileRevises(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var a = await ImportAsync(db, Vintage("a.csv", 41, 7, 2));
        var b = await ImportAsync(db, Vintage("b.csv", 43, 7, 5));
        var c = await ImportAsync(db, Vintage("c.csv", 43, 9, 8));

        var revised = await db.Bundle.Observations.GetRevisedValuesAsync(CancellationToken.None);

        Assert.Equal(
            [("misshandel", 41.0, "a.csv", 43.0, "b.csv"), ("ran", 7.0, "a.csv", 9.0, "c.csv")],
            revised.Select(r => (r.Current.Subject, r.Earlier.Value!.Value, r.EarlierImport.FileName, r.Current.Value!.Value, r.CurrentImport.FileName))
                .OrderBy(r => r.Subject, StringComparer.Ordinal));
        Assert.All(revised, r => Assert.Equal(a.Import.ImportedAt, r.EarlierImport.ImportedAt));

        // Reverting the revision of robberies makes a's value current again: nothing of it is revised.
        await db.Bundle.Observations.RevertAsync(c.Import.Id, CancellationToken.None);
        var after = Assert.Single(await db.Bundle.Observations.GetRevisedValuesAsync(CancellationToken.None));
        Assert.Equal(("misshandel", b.Import.Id), (after.Current.Subject, after.CurrentImport.Id));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task GetImportDetailsAsync_ListsAddedRevisedOldToNewAndUnchanged_WhenAFileRevises(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var a = await ImportAsync(db, Vintage("a.csv", 41, 7, 2));
        var b = await ImportAsync(db, Vintage("b.csv", 43, 7, 5));

        var first = await db.Bundle.Observations.GetImportDetailsAsync(a.Import.Id, CancellationToken.None);
        var second = await db.Bundle.Observations.GetImportDetailsAsync(b.Import.Id, CancellationToken.None);

        Assert.NotNull(first);
        Assert.Equal(["misshandel", "ran"], first.Added.Select(o => o.Subject));
        Assert.Empty(first.Revised);
        Assert.Empty(first.Unchanged);
        Assert.Equal("encoding Windows-1252, LF line breaks, separator ';'", first.Detected);
        Assert.Null(first.RevertedAt);
        Assert.NotNull(second);
        Assert.Equal(b.Import, second.Import);
        Assert.Empty(second.Added);
        var revision = Assert.Single(second.Revised);
        Assert.Equal((41.0, 43.0), (revision.Old.Value!.Value, revision.New.Value!.Value));
        Assert.Equal(new Lineage(Some.Hash("a.csv"), a.Import.Id, 2, 2), revision.Old.Lineage);
        Assert.Equal(new Lineage(Some.Hash("b.csv"), b.Import.Id, 5, 5), revision.New.Lineage);
        var same = Assert.Single(second.Unchanged);
        Assert.Equal(("ran", 7.0, a.Import.Id), (same.Subject, same.Value!.Value, same.Lineage!.ImportId));
        Assert.Null(await db.Bundle.Observations.GetImportDetailsAsync(999, CancellationToken.None));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task RevertAsync_RestoresThePreviousVintage_WhenARevisionIsReverted(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var a = await ImportAsync(db, Vintage("a.csv", 41, 7, 2));
        var b = await ImportAsync(db, Vintage("b.csv", 43, 7, 5));
        db.Time.Advance(TimeSpan.FromMinutes(5));

        var outcome = await db.Bundle.Observations.RevertAsync(b.Import.Id, CancellationToken.None);

        Assert.NotNull(outcome);
        Assert.Equal((false, 0, 1, 0), (outcome.AlreadyReverted, outcome.Removed, outcome.Restored, outcome.KeptLater));
        Assert.True(outcome.ChangedData);
        var assault = await CurrentAsync(db, "misshandel");
        Assert.Equal(41, assault.Value);
        Assert.Equal(new Lineage(Some.Hash("a.csv"), a.Import.Id, 2, 2), assault.Lineage);
        Assert.False(assault.Revised);
        Assert.Equal(2, (await db.Bundle.Observations.GetCurrentObservationsAsync(CancellationToken.None)).Count);
        var details = await db.Bundle.Observations.GetImportDetailsAsync(b.Import.Id, CancellationToken.None);
        Assert.True(details!.Import.Reverted);
        Assert.Equal(TestDatabase.Start.AddMinutes(5).UtcTicks / 10 * 10, details.RevertedAt!.Value.UtcTicks / 10 * 10);
        Assert.Equal((41.0, 43.0), (details.Revised[0].Old.Value!.Value, details.Revised[0].New.Value!.Value));
        Assert.Equal(1, await db.CountAsync("observations", "is_current = 1 AND subject = 'misshandel'"));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task RevertAsync_RemovesWhatItAdded_WhenTheOnlyImportIsReverted(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var a = await ImportAsync(db, Vintage("a.csv", 41, 7, 2));

        var outcome = await db.Bundle.Observations.RevertAsync(a.Import.Id, CancellationToken.None);

        Assert.Equal((0, 2, 0), (outcome!.Restored, outcome.Removed, outcome.KeptLater));
        Assert.Empty(await db.Bundle.Observations.GetCurrentObservationsAsync(CancellationToken.None));
        Assert.Equal(0, await db.CountAsync("observations", "is_current = 1"));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task RevertAsync_KeepsTheLaterValue_WhenALaterImportRevisedItAgain(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var a = await ImportAsync(db, Vintage("a.csv", 41, 7, 2));
        var b = await ImportAsync(db, Vintage("b.csv", 43, 8, 5));
        var c = await ImportAsync(db, Vintage("c.csv", 45, 9, 8, ObservationStatus.Ok));

        var revertB = await db.Bundle.Observations.RevertAsync(b.Import.Id, CancellationToken.None);

        Assert.Equal((0, 0, 2), (revertB!.Restored, revertB.Removed, revertB.KeptLater));
        Assert.False(revertB.ChangedData);
        var assault = await CurrentAsync(db, "misshandel");
        Assert.Equal((45.0, c.Import.Id, true), (assault.Value!.Value, assault.Lineage!.ImportId, assault.Revised));

        // Reverting the latest one now brings back the first vintage: b's is reverted.
        var revertC = await db.Bundle.Observations.RevertAsync(c.Import.Id, CancellationToken.None);

        Assert.Equal((2, 0, 0), (revertC!.Restored, revertC.Removed, revertC.KeptLater));
        assault = await CurrentAsync(db, "misshandel");
        Assert.Equal((41.0, a.Import.Id, false), (assault.Value!.Value, assault.Lineage!.ImportId, assault.Revised));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task RevertAsync_HandsTheValueToTheLaterImport_WhenALaterImportHeldTheSameValue(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var a = await ImportAsync(db, Vintage("a.csv", 41, 7, 2));
        var b = await ImportAsync(db, Vintage("b.csv", 43, 7, 10));

        var outcome = await db.Bundle.Observations.RevertAsync(a.Import.Id, CancellationToken.None);

        // misshandel: a's row was already replaced by b (kept); ran: b held the same 7 (kept, now b's).
        Assert.Equal((0, 0, 2), (outcome!.Restored, outcome.Removed, outcome.KeptLater));
        var robbery = await CurrentAsync(db, "ran");
        Assert.Equal(7, robbery.Value);
        Assert.Equal(new Lineage(Some.Hash("a.csv"), b.Import.Id, 11, 11) with { FileHash = Some.Hash("b.csv") }, robbery.Lineage);
        var assault = await CurrentAsync(db, "misshandel");
        Assert.Equal((43.0, false), (assault.Value!.Value, assault.Revised));
        var details = await db.Bundle.Observations.GetImportDetailsAsync(b.Import.Id, CancellationToken.None);
        Assert.Equal(["ran"], details!.Unchanged.Select(o => o.Subject));
        Assert.Equal(["misshandel"], details.Revised.Select(r => r.New.Subject));
        Assert.Empty(details.Added);
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task RevertAsync_ChangesNothing_WhenRevertedTwiceOrUnknown(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var a = await ImportAsync(db, Vintage("a.csv", 41, 7, 2));
        await db.Bundle.Observations.RevertAsync(a.Import.Id, CancellationToken.None);
        var before = await db.DumpAsync();

        var again = await db.Bundle.Observations.RevertAsync(a.Import.Id, CancellationToken.None);
        var unknown = await db.Bundle.Observations.RevertAsync(a.Import.Id + 100, CancellationToken.None);

        Assert.True(again!.AlreadyReverted);
        Assert.False(again.ChangedData);
        Assert.Null(unknown);
        Assert.Equal(before, await db.DumpAsync());
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task ImportAsync_StoresTheFileAgain_WhenItsEarlierImportWasReverted(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        var a = await ImportAsync(db, Vintage("a.csv", 41, 7, 2));
        await db.Bundle.Observations.RevertAsync(a.Import.Id, CancellationToken.None);

        var again = await ImportAsync(db, Vintage("a.csv", 41, 7, 2));
        var third = await ImportAsync(db, Vintage("a.csv", 41, 7, 2));

        Assert.False(again.AlreadyImported);
        Assert.Equal((2, 0, 0), (again.Import.Added, again.Import.Revised, again.Import.Unchanged));
        Assert.NotEqual(a.Import.Id, again.Import.Id);
        Assert.True(third.AlreadyImported);
        Assert.Equal(again.Import.Id, third.Import.Id);
        Assert.Equal(2, (await db.Bundle.Observations.GetCurrentObservationsAsync(CancellationToken.None)).Count);
        Assert.Equal([false, true], (await db.Bundle.Observations.ListImportsAsync(CancellationToken.None)).Select(i => i.Reverted));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task MigrateAsync_KeepsImportsAndTheirIds_WhenADatabaseOfVersionOneIsUpgraded(SqlProvider provider)
    {
        await using var db = TestDatabase.Create(provider);
        await new SchemaMigrator(db.Bundle.Connections, db.Time, MigrationScripts.All.Take(1).ToList()).MigrateAsync(CancellationToken.None);
        var hash = Some.Hash("a.csv");
        var id = Convert.ToInt64(await db.ScalarAsync(
            $"""
            INSERT INTO imports (file_name, file_hash, kind, format, imported_at, added, revised, unchanged, warnings, reverted)
            VALUES ('a.csv', '{hash}', 'crime', 'canonical', '2026-01-01T00:00:00+00:00', 1, 0, 0, 0, 0) RETURNING id;
            """), System.Globalization.CultureInfo.InvariantCulture);
        await db.ExecuteAsync(
            $"""
            INSERT INTO observations (dataset, area_id, period, subject, source, breakdown, value, status, import_id, first_row, last_row, file_hash, is_current)
            VALUES ('crime', 'sdo-jarva', '2024-03', 'ran', 'bra', 'total', 7, 'ok', {id}, 2, 2, '{hash}', 1);
            """);

        var applied = await db.Bundle.Migrator.MigrateAsync(CancellationToken.None);

        // Every later migration is applied, 0002 (the history columns) among them.
        Assert.Equal(2, applied[0].Version);
        Assert.Equal(db.Bundle.Migrator.Migrations.Select(m => m.Version).Where(v => v > 1), applied.Select(m => m.Version));
        var current = Assert.Single(await db.Bundle.Observations.GetCurrentObservationsAsync(CancellationToken.None));
        Assert.Equal(new Lineage(hash, id, 2, 2), current.Lineage);
        var repeat = await ImportAsync(db, Some.File("a.csv", "a.csv", InputKind.Crime, Some.Crime("sdo-jarva", March, "ran", 7, 2)));
        Assert.True(repeat.AlreadyImported);
        var next = await ImportAsync(db, Vintage("b.csv", 43, 8, 5));
        Assert.True(next.Import.Id > id);
        Assert.Equal((1, 1), (next.Import.Added, next.Import.Revised));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task MigrateAsync_ReadsEachLineageThroughItsImport_WhenMigration8DropsTheFileHashOfObservations(SqlProvider provider)
    {
        // A database of version 7, as imports and a revert left it: a value of import 1 revised by import 2,
        // and a value import 2 holds as a revert hands a confirmed value over (its row lists it as unchanged).
        await using var db = TestDatabase.Create(provider);
        await new SchemaMigrator(db.Bundle.Connections, db.Time, [.. MigrationScripts.All.Where(s => s.Version <= 7)]).MigrateAsync(CancellationToken.None);
        string[] hashes = [Some.Hash("a.csv"), Some.Hash("b.csv")];
        foreach (var (name, hash) in new[] { ("a.csv", hashes[0]), ("b.csv", hashes[1]) })
        {
            await db.ExecuteAsync(
                $"""
                INSERT INTO imports (file_name, file_hash, kind, format, imported_at, added, revised, unchanged, warnings, reverted)
                VALUES ('{name}', '{hash}', 'crime', 'canonical', '2026-01-01T00:00:00+00:00', 1, 0, 0, 0, 0);
                """);
        }

        await db.ExecuteAsync(
            $"""
            INSERT INTO observations (dataset, area_id, period, subject, source, breakdown, value, status, import_id, first_row, last_row, file_hash, is_current, superseded_by_import, replaces_id)
            VALUES ('crime', 'sdo-jarva', '2024-03', 'misshandel', 'bra', 'total', 41, 'ok', 1, 2, 2, '{hashes[0]}', 0, 2, NULL),
                   ('crime', 'sdo-jarva', '2024-03', 'ran', 'bra', 'total', 7, 'ok', 2, 6, 6, '{hashes[1]}', 1, NULL, NULL),
                   ('crime', 'sdo-jarva', '2024-03', 'misshandel', 'bra', 'total', 43, 'ok', 2, 5, 5, '{hashes[1]}', 1, NULL, 1);
            """);
        await db.ExecuteAsync("INSERT INTO import_unchanged (import_id, observation_id, first_row, last_row) VALUES (2, 2, 6, 6);");

        var applied = await db.Bundle.Migrator.MigrateAsync(CancellationToken.None);

        Assert.Equal(new SchemaMigration(8, "leaner_observations"), Assert.Single(applied));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.ScalarAsync("SELECT file_hash FROM observations;"));
        var current = await db.Bundle.Observations.GetCurrentObservationsAsync(CancellationToken.None);
        Assert.Equal(
            [("ran", new Lineage(hashes[1], 2, 6, 6), false), ("misshandel", new Lineage(hashes[1], 2, 5, 5), true)],
            current.Select(o => (o.Subject, o.Lineage!, o.Revised)));
        var revised = Assert.Single(await db.Bundle.Observations.GetRevisedValuesAsync(CancellationToken.None));
        Assert.Equal((new Lineage(hashes[0], 1, 2, 2), "a.csv"), (revised.Earlier.Lineage!, revised.EarlierImport.FileName));
        var details = await db.Bundle.Observations.GetImportDetailsAsync(2, CancellationToken.None);
        Assert.Equal(new Lineage(hashes[0], 1, 2, 2), Assert.Single(details!.Revised).Old.Lineage);
        Assert.Equal(new Lineage(hashes[1], 2, 6, 6), Assert.Single(details.Unchanged).Lineage);
    }
}
