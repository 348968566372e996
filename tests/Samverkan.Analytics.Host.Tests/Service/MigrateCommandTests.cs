using System.Globalization;
using Samverkan.Analytics.Host.Tests.Service.Support;
using Samverkan.Analytics.Host.Tests.Support;
using Samverkan.Analytics.Storage.Migrations;

namespace Samverkan.Analytics.Host.Tests.Service;

/// <summary><c>samverkan migrate</c> says which migrations it applied: all of them on an empty database, none the second time.</summary>
public sealed class MigrateCommandTests
{
    /// <summary>Every embedded migration as the command names it: <c>0001 initial</c>, <c>0002 import_history</c>, …</summary>
    private static readonly string[] Expected = MigrationScripts.All.Select(m => m.Version.ToString("0000", CultureInfo.InvariantCulture) + " " + m.Name).ToArray();

    [PostgresFact]
    public async Task Migrate_ReportsEveryMigrationItApplied_WhenThePostgreSqlDatabaseIsEmpty()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        using var data = new TempDirectory();
        var environment = new Dictionary<string, string>
        {
            ["Samverkan__Database__Provider"] = "PostgreSql",
            ["Samverkan__Database__ConnectionString"] = database.ConnectionString,
        };

        var first = await CliRunner.RunAsync(TimeSpan.FromMinutes(3), environment, "migrate", "--data-dir", data.Path);
        var second = await CliRunner.RunAsync(TimeSpan.FromMinutes(3), environment, "migrate", "--data-dir", data.Path);

        AssertAppliedAll(first);
        Assert.True(await database.TableExistsAsync("public.digest_deliveries"));
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Databasens schema är aktuellt (PostgreSql); 0 migreringar tillämpades nu.", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_ReportsEveryMigrationItApplied_WhenTheSqliteDatabaseIsNew()
    {
        using var data = new TempDirectory();

        var first = await CliRunner.RunAsync("migrate", "--data-dir", data.Path);
        var second = await CliRunner.RunAsync("migrate", "--data-dir", data.Path);

        AssertAppliedAll(first);
        Assert.Contains("0 migreringar tillämpades nu.", second.Output, StringComparison.Ordinal);
    }

    private static void AssertAppliedAll((int ExitCode, string Output, string Error) run)
    {
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Equal(["0001 initial", "0002 import_history"], Expected.Take(2));
        var line = Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), l => l.StartsWith("Databasens schema", StringComparison.Ordinal));
        Assert.Contains($"{Expected.Length} migreringar tillämpades nu: {string.Join(", ", Expected)}.", line, StringComparison.Ordinal);
    }
}
