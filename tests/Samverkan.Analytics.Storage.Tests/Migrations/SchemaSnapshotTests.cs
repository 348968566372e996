using Samverkan.Analytics.Storage.Connections;
using Samverkan.Analytics.Storage.Migrations;
using Samverkan.Analytics.Storage.Tests.Support;

namespace Samverkan.Analytics.Storage.Tests.Migrations;

/// <summary>
/// The SQLite schema snapshot (<c>Migrations/Snapshot/schema.sqlite.sql</c>) against a replay of the
/// scripts, on real SQLite files. To renew the snapshot after adding a script (not required: later
/// scripts run on top of it), copy <c>schema.sqlite.sql.rendered</c> from this test's output folder.
/// </summary>
public sealed class SchemaSnapshotTests
{
    [Fact]
    public async Task Sqlite_IsTheSqlOfTheReplayedSchema_WhenItsScriptsAreReplayedIntoANewDatabase()
    {
        var snapshot = SchemaSnapshot.Sqlite;
        Assert.NotNull(snapshot);
        await using var replayed = TestDatabase.Create(SqlProvider.Sqlite);
        var scripts = MigrationScripts.All.Where(s => s.Version <= snapshot.Version).ToList();
        await new SchemaMigrator(replayed.Bundle.Connections, replayed.Time, scripts, snapshot: null).MigrateAsync(CancellationToken.None);

        var rendered = await SqliteSchema.RenderSnapshotAsync(DatabaseFile(replayed), scripts.Select(s => s.Version).ToList());

        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "schema.sqlite.sql.rendered"), rendered);
        Assert.Equal(rendered, snapshot.Sql.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task MigrateAsync_LeavesTheSameSchemaAsAReplay_WhenItStartsANewDatabaseFromTheSnapshot()
    {
        await using var fromSnapshot = TestDatabase.Create(SqlProvider.Sqlite);
        await using var replayed = TestDatabase.Create(SqlProvider.Sqlite);
        var migrator = fromSnapshot.Bundle.Migrator;
        var replay = new SchemaMigrator(replayed.Bundle.Connections, replayed.Time, MigrationScripts.All, snapshot: null);

        var applied = await migrator.MigrateAsync(CancellationToken.None);
        var replayedApplied = await replay.MigrateAsync(CancellationToken.None);

        Assert.True(migrator.UsedSnapshot);
        Assert.False(replay.UsedSnapshot);
        Assert.Equal(replayedApplied, applied);
        Assert.Equal(await SqliteSchema.DescribeAsync(DatabaseFile(replayed)), await SqliteSchema.DescribeAsync(DatabaseFile(fromSnapshot)));
        Assert.Equal(await replayed.RowsAsync("SELECT * FROM schema_version ORDER BY version;"), await fromSnapshot.RowsAsync("SELECT * FROM schema_version ORDER BY version;"));
    }

    [Fact]
    public async Task MigrateAsync_RunsALaterScriptOnTopOfTheSnapshot_WhenTheSnapshotIsOlderThanTheScripts()
    {
        var later = new MigrationScript(
            MigrationScripts.All[^1].Version + 1,
            "later",
            "ALTER TABLE results ADD COLUMN later_note TEXT;\nCREATE INDEX ix_results_later ON results (later_note);\nCREATE TABLE later_things (id {{identity}}, name TEXT NOT NULL);");
        List<MigrationScript> scripts = [.. MigrationScripts.All, later];
        await using var fromSnapshot = TestDatabase.Create(SqlProvider.Sqlite);
        await using var replayed = TestDatabase.Create(SqlProvider.Sqlite);
        var migrator = new SchemaMigrator(fromSnapshot.Bundle.Connections, fromSnapshot.Time, scripts, SchemaSnapshot.Sqlite);

        var applied = await migrator.MigrateAsync(CancellationToken.None);
        await new SchemaMigrator(replayed.Bundle.Connections, replayed.Time, scripts, snapshot: null).MigrateAsync(CancellationToken.None);

        Assert.True(migrator.UsedSnapshot);
        Assert.Equal(new SchemaMigration(later.Version, "later"), applied[^1]);
        Assert.Equal(scripts.Count, await fromSnapshot.CountAsync("schema_version"));
        Assert.Equal(0, await fromSnapshot.CountAsync("later_things"));
        Assert.Equal(await SqliteSchema.DescribeAsync(DatabaseFile(replayed)), await SqliteSchema.DescribeAsync(DatabaseFile(fromSnapshot)));
    }

    [Fact]
    public async Task MigrateAsync_ReplaysTheScripts_WhenTheSnapshotDoesNotStandForExactlyThem()
    {
        // A branch without one of the snapshot's scripts (numbers are handed out per branch).
        var scripts = MigrationScripts.All.Where(s => s.Version != 3).ToList();
        await using var db = TestDatabase.Create(SqlProvider.Sqlite);
        var migrator = new SchemaMigrator(db.Bundle.Connections, db.Time, scripts, SchemaSnapshot.Sqlite);

        await migrator.MigrateAsync(CancellationToken.None);

        Assert.False(migrator.UsedSnapshot);
        Assert.Equal(scripts.Count, await db.CountAsync("schema_version"));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.CountAsync("users"));
    }

    [Fact]
    public async Task MigrateAsync_DoesNotUseTheSnapshot_WhenTheDatabaseAlreadyHasTables()
    {
        await using var db = TestDatabase.Create(SqlProvider.Sqlite);
        var first = MigrationScripts.All.Where(s => s.Version == 1).ToList();
        await new SchemaMigrator(db.Bundle.Connections, db.Time, first, snapshot: null).MigrateAsync(CancellationToken.None);
        await db.ExecuteAsync("INSERT INTO imports (file_name, file_hash, kind, format, imported_at, added, revised, unchanged, warnings) VALUES ('a.csv', 'h', 'crime', 'canonical', '2026-01-01', 0, 0, 0, 0);");

        var applied = await db.Bundle.Migrator.MigrateAsync(CancellationToken.None);

        Assert.False(db.Bundle.Migrator.UsedSnapshot);
        Assert.Equal(MigrationScripts.All.Skip(1).Select(s => s.ToMigration()), applied);
        Assert.Equal(1, await db.CountAsync("imports"));
    }

    private static string DatabaseFile(TestDatabase db) => Path.Combine(db.Directory!, "samverkan.db");
}
