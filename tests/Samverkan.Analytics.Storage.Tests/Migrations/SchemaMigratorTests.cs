using System.Data.Common;
using Samverkan.Analytics.Storage.Connections;
using Samverkan.Analytics.Storage.Migrations;
using Samverkan.Analytics.Storage.Tests.Support;

namespace Samverkan.Analytics.Storage.Tests.Migrations;

public sealed class SchemaMigratorTests
{
    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task MigrateAsync_AppliesEveryScriptOnceAndRecordsIt_WhenRunTwice(SqlProvider provider)
    {
        await using var db = TestDatabase.Create(provider);

        var first = await db.Bundle.Migrator.MigrateAsync(CancellationToken.None);
        var second = await db.Bundle.Migrator.MigrateAsync(CancellationToken.None);

        Assert.Equal(new SchemaMigration(1, "initial"), first[0]);
        Assert.Equal(db.Bundle.Migrator.Migrations, first);
        Assert.Empty(second);
        Assert.Equal(
            db.Bundle.Migrator.Migrations.Select(m => $"{m.Version} | {m.Name}"),
            await db.RowsAsync("SELECT version, name FROM schema_version ORDER BY version;"));
        foreach (var table in new[] { "imports", "observations", "compute_runs", "results" })
        {
            Assert.Equal(0, await db.CountAsync(table));
        }
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task MigrateAsync_RollsBackEveryPendingScript_WhenAScriptFails(SqlProvider provider)
    {
        await using var db = TestDatabase.Create(provider);
        var scripts = new[]
        {
            new MigrationScript(1, "first", "CREATE TABLE first_table (x INTEGER NOT NULL);"),
            new MigrationScript(2, "broken", "CREATE TABLE second_table (x INTEGER NOT NULL); INSERT INTO no_such_table VALUES (1);"),
        };
        var migrator = new SchemaMigrator(db.Bundle.Connections, db.Time, scripts);

        await Assert.ThrowsAnyAsync<DbException>(() => migrator.MigrateAsync(CancellationToken.None));

        // Nothing of the batch is left: not the good first script, not even the version table.
        await Assert.ThrowsAnyAsync<DbException>(() => db.CountAsync("first_table"));
        await Assert.ThrowsAnyAsync<DbException>(() => db.CountAsync("second_table"));
        await Assert.ThrowsAnyAsync<DbException>(() => db.CountAsync("schema_version"));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task MigrateAsync_AppliesOnlyTheMissingScripts_WhenTheDatabaseHasSome(SqlProvider provider)
    {
        await using var db = TestDatabase.Create(provider);
        var first = new MigrationScript(1, "first", "CREATE TABLE first_table (x INTEGER NOT NULL);");
        var second = new MigrationScript(2, "second", "CREATE TABLE second_table (x INTEGER NOT NULL);");
        await new SchemaMigrator(db.Bundle.Connections, db.Time, [first]).MigrateAsync(CancellationToken.None);

        var applied = await new SchemaMigrator(db.Bundle.Connections, db.Time, [first, second]).MigrateAsync(CancellationToken.None);

        Assert.Equal([new SchemaMigration(2, "second")], applied);
        Assert.Equal(["1 | first", "2 | second"], await db.RowsAsync("SELECT version, name FROM schema_version ORDER BY version;"));
        Assert.Equal(0, await db.CountAsync("second_table"));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task MigrateAsync_Throws_WhenDatabaseIsNewerThanTheProgram(SqlProvider provider)
    {
        await using var db = await TestDatabase.CreateMigratedAsync(provider);
        await db.ExecuteAsync("INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'future', '2030-01-01 00:00:00+00:00');");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.Bundle.Migrator.MigrateAsync(CancellationToken.None));

        Assert.Contains("version 999", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateAsync_RecordsTheClockTime_WhenItApplies()
    {
        await using var db = await TestDatabase.CreateMigratedAsync(SqlProvider.Sqlite);

        var applied = await db.ScalarAsync("SELECT applied_at FROM schema_version WHERE version = 1;");

        Assert.Equal(TestDatabase.Start.AddTicks(-(TestDatabase.Start.Ticks % 10)), DateTimeOffset.Parse((string)applied!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(SqlProvider.Sqlite)]
    [PostgreSqlData]
    public async Task MigrateAsync_AppliesEachScriptOnce_WhenHostsStartAtOnce(SqlProvider provider)
    {
        await using var db = TestDatabase.Create(provider);
        var hosts = new[] { db.Bundle, db.OpenAnother(), db.OpenAnother() };

        var both = await Task.WhenAll(hosts.Select(h => Task.Run(() => h.Migrator.MigrateAsync(CancellationToken.None))));

        Assert.Equal(db.Bundle.Migrator.Migrations.Count, both.Sum(b => b.Count));
        Assert.Equal(db.Bundle.Migrator.Migrations.Count, await db.CountAsync("schema_version"));
    }
}
