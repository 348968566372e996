using Samverkan.Analytics.Host.Configuration;
using Samverkan.Analytics.Host.Tests.Service.Support;

namespace Samverkan.Analytics.Host.Tests.Service;

/// <summary>Settings are checked at start: a bad one stops the Host with exit code 1 and a message that names it, no stack trace.</summary>
public sealed class SettingsValidationTests
{
    [Fact]
    public void Validate_NamesTheSettingAndTheTimeZone_WhenTheTimeZoneIsUnknown()
    {
        var result = new SamverkanOptionsValidator().Validate(null, new SamverkanOptions { TimeZone = "Europe/Stokholm" });

        Assert.True(result.Failed);
        Assert.Equal(
            ["Samverkan:TimeZone: 'Europe/Stokholm' är ingen tidszon som den här datorn känner till. Ange ett IANA-namn som Europe/Stockholm (paketet tzdata innehåller dem)."],
            result.Failures);
    }

    [Theory]
    [InlineData("0 25 * * *", "Hours")]
    [InlineData("every night", "")]
    [InlineData("", "")]
    public void Validate_NamesTheCronSetting_WhenTheExpressionIsInvalid(string cron, string reason)
    {
        var result = new SamverkanOptionsValidator().Validate(null, new SamverkanOptions { NightlyCron = cron });

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("Samverkan:NightlyCron: ", failure, StringComparison.Ordinal);
        Assert.Contains(reason, failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*/2 * * * * *")]
    [InlineData("0 2 * * *")]
    [InlineData("30 6 * * 1-5")]
    public void Validate_Succeeds_WhenTheSchedulesAreValid(string cron)
    {
        var result = new SamverkanOptionsValidator().Validate(null, new SamverkanOptions { IngestInboxCron = cron, NightlyCron = cron });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Validate_NeverRepeatsTheConnectionString_WhenItIsNotPostgreSql()
    {
        var result = new DatabaseOptionsValidator().Validate(null, new DatabaseOptions { Provider = "PostgreSql", ConnectionString = "Hots=db;Password=hemligt" });

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("Samverkan:Database:ConnectionString är ingen anslutningssträng för PostgreSQL", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("hemligt", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PostgreSql", null, "Samverkan:Database:ConnectionString är tom, men Samverkan:Database:Provider är PostgreSql.")]
    [InlineData("Sqlite", "Host=db", "Samverkan:Database:ConnectionString är satt, men Samverkan:Database:Provider är Sqlite,")]
    [InlineData("Oracle", null, "Samverkan:Database:Provider: 'Oracle' är ingen databasleverantör.")]
    public void Validate_NamesTheDatabaseSetting_WhenProviderAndConnectionStringDoNotFit(string provider, string? connectionString, string start)
    {
        var result = new DatabaseOptionsValidator().Validate(null, new DatabaseOptions { Provider = provider, ConnectionString = connectionString });

        Assert.StartsWith(start, Assert.Single(result.Failures!), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NamesEveryBadJobSetting()
    {
        var result = new JobsOptionsValidator().Validate(null, new JobsOptions { WorkerCount = 0, DistributedLockTimeout = TimeSpan.Zero, SchemaName = "Hang Fire" });

        Assert.Equal(3, result.Failures!.Count());
        Assert.Contains(result.Failures!, f => f.StartsWith("Samverkan:Jobs:WorkerCount: 0 ligger utanför 1–100.", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Samverkan:Jobs:DistributedLockTimeout: 00:00:00 måste vara längre än noll.", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Samverkan:Jobs:SchemaName: 'Hang Fire' är inget schemanamn.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Host_ExitsWithCode1AndNamesEverySetting_WhenSettingsAreInvalid()
    {
        using var data = new Tests.Support.TempDirectory();

        var (exitCode, output) = await HostProcess.RunToEndAsync(
            new Dictionary<string, string>
            {
                ["Samverkan__DataDirectory"] = data.Path,
                ["Samverkan__NightlyCron"] = "0 25 * * *",
                ["Samverkan__TimeZone"] = "Mars/Olympus_Mons",
                ["Samverkan__Jobs__WorkerCount"] = "0",
            },
            TimeSpan.FromSeconds(60));

        Assert.Equal(1, exitCode);
        Assert.Contains("Samverkan:NightlyCron: '0 25 * * *' är inget giltigt cron-uttryck", output, StringComparison.Ordinal);
        Assert.Contains("Samverkan:TimeZone: 'Mars/Olympus_Mons' är ingen tidszon", output, StringComparison.Ordinal);
        Assert.Contains("Samverkan:Jobs:WorkerCount: 0 ligger utanför 1–100.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal); // no stack trace
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_ExitsWithCode1AndNamesTheConnectionSetting_WhenPostgreSqlDoesNotAnswer()
    {
        using var data = new Tests.Support.TempDirectory();

        var (exitCode, output) = await HostProcess.RunToEndAsync(
            new Dictionary<string, string>
            {
                ["Samverkan__DataDirectory"] = data.Path,
                ["Samverkan__Database__Provider"] = "PostgreSql",
                ["Samverkan__Database__ConnectionString"] = "Host=127.0.0.1;Port=1;Username=nobody;Password=hemligt;Timeout=2",
            },
            TimeSpan.FromSeconds(60));

        Assert.Equal(1, exitCode);
        Assert.Contains("Kan inte använda PostgreSQL-databasen (Samverkan:Database:ConnectionString)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("hemligt", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }
}
