using System.Diagnostics;
using System.Globalization;
using Samverkan.Analytics.Host.Tests.Digests.Support;
using Samverkan.Analytics.Host.Tests.Service.Support;
using Samverkan.Analytics.Host.Tests.Support;
using Samverkan.Analytics.Publishing.Tests.Digest.Support;

namespace Samverkan.Analytics.Host.Tests.Digests;

/// <summary>
/// Digests with several servers: the built Host twice, as separate processes on one fresh PostgreSQL
/// database, both running the <c>digests</c> job every two seconds against one SMTP server in the test
/// process. A digest period (subscription × reader × compute run) must reach the reader once.
/// </summary>
[Collection(HeavyHostCollection.Name)]
public sealed class DigestScaleOutTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(6);

    private readonly TempDirectory _data = new();
    private readonly DigestCatalog _catalog = new();
    private PostgresTestDatabase? _database;

    private PostgresTestDatabase Database => _database!;

    public async Task InitializeAsync()
    {
        if (PostgresTestDatabase.ServerConnectionString is not null)
        {
            _database = await PostgresTestDatabase.CreateAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        _catalog.Dispose();
        _data.Dispose();
    }

    [PostgresFact]
    public async Task TwoServers_SendADigestPeriodOnce_WhenBothRunTheDigestsJob()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var settings = Settings(smtp.Port);
        await using var a = HostProcess.Start("server-a", settings);
        await using var b = HostProcess.Start("server-b", settings);
        await Task.WhenAll(a.WaitUntilHealthyAsync(Patience), b.WaitUntilHealthyAsync(Patience));

        // The samples are computed and the reader's starting point recorded (no email).
        await WaitUntilAsync(async () => await CountAsync("SELECT COUNT(*) FROM digest_deliveries WHERE status = 'baseline'") == 1, "the reader's starting point", a, b);
        var baseline = await LongAsync("SELECT run_id FROM digest_deliveries WHERE status = 'baseline'");

        // New data for Järva: a new compute run; at the next minute's slot one server sends it.
        DigestCatalog.DropNewJarvaData(Path.Combine(_data.Path, "inbox"), 2026);
        await WaitUntilAsync(async () => await CountAsync("SELECT COUNT(*) FROM digest_deliveries WHERE status = 'sent'") == 1, "the digest to be sent", a, b);
        var sentRun = await LongAsync("SELECT run_id FROM digest_deliveries WHERE status = 'sent'");

        // Both servers keep running the job: wait until the slot after it has been dealt with too.
        await WaitUntilAsync(async () => await CountAsync("SELECT COUNT(*) FROM digest_checks WHERE occurrence_at > (SELECT MAX(occurrence_at) FROM digest_checks WHERE outcome = 'sent')") > 0, "the next slot", a, b);

        var (message, to) = Assert.Single(smtp.Messages);
        Assert.Equal([DigestCatalog.Reader], to);
        Assert.StartsWith("Förändringar i Järva", message.Subject, StringComparison.Ordinal);
        Assert.True(sentRun > baseline, $"sent for run {sentRun}, started at run {baseline}");
        Assert.Equal(1L, await CountAsync("SELECT COUNT(*) FROM digest_deliveries WHERE status IN ('sent', 'sending', 'failed')"));
        var servers = await Database.QueryAsync(
            "SELECT DISTINCT split_part(s.data->>'ServerId', ':', 1) FROM hangfire.state s JOIN hangfire.job j ON j.id = s.jobid " +
            "WHERE s.name = 'Processing' AND j.invocationdata->>'Type' LIKE '%DigestJob%'");
        Assert.Equal(["server-a", "server-b"], servers.Select(r => (string)r[0]!).Order(StringComparer.Ordinal));
        Assert.Equal(0L, await CountAsync("SELECT COUNT(*) FROM hangfire.job WHERE statename = 'Failed'"));
    }

    private Dictionary<string, string> Settings(int smtpPort)
    {
        var settings = new Dictionary<string, string>
        {
            ["Samverkan__DataDirectory"] = _data.Path,
            ["Samverkan__CatalogDirectory"] = _catalog.Path,
            ["Samverkan__IngestInboxCron"] = "*/2 * * * * *",
            ["Samverkan__DigestsCron"] = "*/2 * * * * *",
            ["Samverkan__Database__Provider"] = "PostgreSql",
            ["Samverkan__Database__ConnectionString"] = Database.ConnectionString,
            ["Samverkan__Jobs__InvisibilityTimeout"] = "00:00:10",
            ["Samverkan__Jobs__DistributedLockTimeout"] = "00:01:00",
        };
        foreach (var (key, value) in DigestCatalog.Settings(smtpPort))
        {
            settings[key.Replace(":", "__", StringComparison.Ordinal)] = value!;
        }

        return settings;
    }

    private async Task<long> CountAsync(string sql) =>
        await Database.TableExistsAsync("public.digest_deliveries") ? await LongAsync(sql) : 0;

    private async Task<long> LongAsync(string sql) =>
        Convert.ToInt64(await Database.ScalarAsync(sql) ?? 0L, CultureInfo.InvariantCulture);

    private static async Task WaitUntilAsync(Func<Task<bool>> done, string what, params HostProcess[] servers)
    {
        var clock = Stopwatch.StartNew();
        while (!await done())
        {
            if (clock.Elapsed > Patience || servers.All(s => s.HasExited))
            {
                throw new TimeoutException($"Waited {clock.Elapsed} for {what}.\n" + string.Join("\n", servers.Select(s => $"{s.Name}:\n{s.Output[^Math.Min(s.Output.Length, 6000)..]}")));
            }

            await Task.Delay(250);
        }
    }
}
