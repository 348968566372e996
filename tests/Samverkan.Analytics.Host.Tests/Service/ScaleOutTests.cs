using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Samverkan.Analytics.Host.Jobs;
using Samverkan.Analytics.Host.Tests.Digests.Support;
using Samverkan.Analytics.Host.Tests.Service.Support;
using Samverkan.Analytics.Host.Tests.Support;
using Samverkan.Analytics.Publishing.Tests.Digest.Support;

namespace Samverkan.Analytics.Host.Tests.Service;

/// <summary>
/// Several servers: the built Host twice, as separate processes on real Kestrel, sharing one fresh
/// PostgreSQL database (data and Hangfire) and one data directory (the inbox, archive and site):
/// files imported once, computes never overlapping, a killed server's job finished by the other, a
/// digest period sent once.
/// </summary>
[Collection(HeavyHostCollection.Name)]
public sealed class ScaleOutTests : IAsyncLifetime
{
    private const int FileCount = 20;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);

    private readonly TempDirectory _data = new();
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

        _data.Dispose();
    }

    [PostgresFact]
    public async Task TwoServers_ImportEachFileOnceAndComputeAndPublishFollow_WhenTwentyFilesArrive()
    {
        await using var a = HostProcess.Start("server-a", Settings());
        await using var b = HostProcess.Start("server-b", Settings());
        await Task.WhenAll(a.WaitUntilHealthyAsync(Patience), b.WaitUntilHealthyAsync(Patience));

        var files = InboxFiles.Write(Path.Combine(_data.Path, "inbox"), FileCount);
        await WaitUntilDoneAsync(a, b);

        // Each file imported exactly once: 20 imports with the 20 hashes, and neither server found a
        // file the other had imported (an "already imported" would mean both read it).
        var hashes = (await Database.QueryAsync("SELECT file_hash FROM imports")).Select(r => (string)r[0]!).ToList();
        Assert.Equal(files.Values.Order(StringComparer.Ordinal), hashes.Order(StringComparer.Ordinal));
        var reads = a.Events(JobEvents.InboxRead).Concat(b.Events(JobEvents.InboxRead)).ToList();
        Assert.Equal((long)FileCount, reads.Sum(e => State(e, "Imported")));
        Assert.Equal(0L, reads.Sum(e => State(e, "AlreadyImported")));
        Assert.Equal(0L, reads.Sum(e => State(e, "Rejected")));
        Assert.Empty(Directory.GetFiles(Path.Combine(_data.Path, "inbox")));
        Assert.Equal(FileCount, Directory.GetFiles(Path.Combine(_data.Path, "archive")).Length);

        // Compute and publish followed: the latest run saw the newest import, and the site shows it.
        var (runId, runImport, newestImport) = await LatestRunAsync();
        Assert.Equal(newestImport, runImport);
        Assert.Equal(runId, PublishedRun());
        Assert.True(File.Exists(Path.Combine(_data.Path, "site", "index.html")));

        // Never two computes at once, on either server.
        AssertComputesNeverOverlap(a, b);

        // Both servers took part, and no job failed.
        var servers = await Database.QueryAsync("SELECT DISTINCT split_part(data->>'ServerId', ':', 1) FROM hangfire.state WHERE name = 'Processing'");
        Assert.Equal(["server-a", "server-b"], servers.Select(r => (string)r[0]!).Order(StringComparer.Ordinal));
        Assert.Equal(0L, await Database.ScalarAsync("SELECT COUNT(*) FROM hangfire.job WHERE statename = 'Failed'"));
        Assert.DoesNotContain("23505", a.Output + b.Output, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task KilledServer_ItsJobIsFinishedByTheOther_WhenKilledMidPublish()
    {
        await using var a = HostProcess.Start("server-a", Settings());
        await using var b = HostProcess.Start("server-b", Settings());
        await Task.WhenAll(a.WaitUntilHealthyAsync(Patience), b.WaitUntilHealthyAsync(Patience));
        InboxFiles.Write(Path.Combine(_data.Path, "inbox"), FileCount);

        // Once every file is in and computed, wait for the publish of that run to start writing the
        // site (about ten seconds of charts), and SIGKILL the server doing it.
        var victim = await WaitForPublishOfAllFilesAsync(FileCount, a, b);
        var survivor = victim == a ? b : a;
        var jobId = await ProcessingPublishJobAsync(victim.Name);
        victim.Kill();
        Assert.Equal("Processing", await Database.ScalarAsync($"SELECT statename FROM hangfire.job WHERE id = {jobId}")); // killed mid-job

        // The other server takes the job over (after the invisibility timeout, and the lock after
        // its timeout) and finishes it; the work is complete as if nothing had happened.
        try
        {
            await WaitUntilAsync(async () => await Database.ScalarAsync($"SELECT statename FROM hangfire.job WHERE id = {jobId}") as string == "Succeeded", "the killed publish to succeed");
        }
        catch (TimeoutException)
        {
            var states = string.Join("\n", (await Database.QueryAsync($"SELECT name, createdat, data::text FROM hangfire.state WHERE jobid = {jobId} ORDER BY id")).Select(r => $"{r[0]} {r[1]} {r[2]}"));
            var queue = string.Join("\n", (await Database.QueryAsync($"SELECT id, fetchedat, queue FROM hangfire.jobqueue WHERE jobid = {jobId}")).Select(r => $"{r[0]} {r[1]} {r[2]}"));
            var locks = string.Join("\n", (await Database.QueryAsync("SELECT resource, acquired FROM hangfire.lock")).Select(r => $"{r[0]} {r[1]}"));
            throw new TimeoutException($"job {jobId} states:\n{states}\nqueue:\n{queue}\nlocks:\n{locks}\nsurvivor {survivor.Name}:\n{survivor.Output}");
        }

        await WaitUntilDoneAsync(survivor);
        var finishedBy = await Database.ScalarAsync(
            $"SELECT data->>'ServerId' FROM hangfire.state WHERE jobid = {jobId} AND name = 'Processing' ORDER BY id DESC LIMIT 1") as string;
        var history = string.Join("; ", (await Database.QueryAsync($"SELECT name, createdat, data::text FROM hangfire.state WHERE jobid = {jobId} ORDER BY id"))
            .Select(r => $"{r[0]} {r[1]} {r[2]}"));
        Assert.True(finishedBy?.StartsWith(survivor.Name + ":", StringComparison.Ordinal) == true,
            $"job {jobId} of {victim.Name} (killed) was finished by {finishedBy}; states: {history}");
        Assert.NotEmpty(survivor.Events(JobEvents.PublishFinished));

        var (finalRun, finalRunImport, finalNewestImport) = await LatestRunAsync();
        Assert.Equal(finalNewestImport, finalRunImport);
        Assert.Equal(finalRun, PublishedRun());
        Assert.Equal(FileCount, Convert.ToInt32(await Database.ScalarAsync("SELECT COUNT(DISTINCT file_hash) FROM imports"), CultureInfo.InvariantCulture));
        Assert.True(File.Exists(Path.Combine(_data.Path, "site", "index.html")));
        Assert.Empty(Directory.GetDirectories(_data.Path, ".site.*")); // the killed publish's staging folder is gone
    }

    [PostgresFact]
    public async Task Shutdown_LetsTheRunningJobFinishOrRequeuesIt_WhenTheServerIsStoppedMidPublish()
    {
        var settings = Settings();
        settings["Samverkan__Jobs__ShutdownTimeout"] = "00:03:00";
        await using var a = HostProcess.Start("server-a", settings);
        await a.WaitUntilHealthyAsync(Patience);
        InboxFiles.Write(Path.Combine(_data.Path, "inbox"), 10);
        await WaitForPublishOfAllFilesAsync(10, a);
        var jobId = await ProcessingPublishJobAsync(a.Name);

        var exitCode = await a.TerminateAsync(TimeSpan.FromMinutes(4));
        var state = await Database.ScalarAsync($"SELECT statename FROM hangfire.job WHERE id = {jobId}") as string;

        Assert.Equal(0, exitCode);
        if (state != "Succeeded")
        {
            // Not finished within the grace time: it must be back in the queue, and the next server runs it.
            Assert.Equal(1L, await Database.ScalarAsync($"SELECT COUNT(*) FROM hangfire.jobqueue WHERE jobid = {jobId}"));
            await using var b = HostProcess.Start("server-b", Settings());
            await WaitUntilAsync(async () => await Database.ScalarAsync($"SELECT statename FROM hangfire.job WHERE id = {jobId}") as string == "Succeeded", "the requeued publish to succeed");
        }
        else
        {
            Assert.True(a.Events(JobEvents.PublishFinished).Count > 0, "no PublishFinished in:\n" + a.Output);
            Assert.Contains(a.Events(JobEvents.PublishFinished), e => State(e, "RunId") == PublishedRun());
        }

        var (runId, _, _) = await LatestRunAsync();
        Assert.Equal(runId, PublishedRun());
    }

    [PostgresFact]
    public async Task Health_Answers503NamingTheParts_WhenTheDatabaseIsGone()
    {
        await using var a = HostProcess.Start("server-a", Settings());
        await a.WaitUntilHealthyAsync(Patience);
        using var client = new HttpClient { BaseAddress = a.BaseAddress };

        await Database.DropAsync();
        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("database: the database does not answer", text, StringComparison.Ordinal);
        Assert.Contains("job-storage: the job storage does not answer", text, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task TwoServers_SendADigestPeriodOnce_WhenBothRunTheDigestsJob()
    {
        // Both servers run the digests job every two seconds against one SMTP server in this process.
        // The data are two small files for Järva (not the samples: a compute and publish of a few rows
        // takes seconds), so the wait is the subscription's minute slot itself.
        using var catalog = new DigestCatalog();
        await using var smtp = await SmtpTestServer.StartAsync();
        var settings = Settings();
        settings["Samverkan__CatalogDirectory"] = catalog.Path;
        settings["Samverkan__DigestsCron"] = "*/2 * * * * *";
        foreach (var (key, value) in DigestCatalog.Settings(smtp.Port))
        {
            settings[key.Replace(":", "__", StringComparison.Ordinal)] = value!;
        }

        var inbox = Path.Combine(_data.Path, "inbox");
        DigestCatalog.DropNewJarvaData(inbox, 2025);
        await using var a = HostProcess.Start("server-a", settings);
        await using var b = HostProcess.Start("server-b", settings);
        await Task.WhenAll(a.WaitUntilHealthyAsync(Patience), b.WaitUntilHealthyAsync(Patience));

        // The first data are computed and the reader's starting point recorded (no email).
        async Task<long> CountAsync(string sql) =>
            await Database.TableExistsAsync("public.digest_deliveries") ? Convert.ToInt64(await Database.ScalarAsync(sql), CultureInfo.InvariantCulture) : 0;
        await WaitUntilAsync(async () => await CountAsync("SELECT COUNT(*) FROM digest_deliveries WHERE status = 'baseline'") == 1, "the reader's starting point");
        var baseline = await CountAsync("SELECT run_id FROM digest_deliveries WHERE status = 'baseline'");

        // New data for Järva: a new compute run; at the next minute's slot one server sends it.
        DigestCatalog.DropNewJarvaData(inbox, 2026);
        await WaitUntilAsync(async () => await CountAsync("SELECT COUNT(*) FROM digest_deliveries WHERE status = 'sent'") == 1, "the digest to be sent");
        var sentRun = await CountAsync("SELECT run_id FROM digest_deliveries WHERE status = 'sent'");

        // Both servers keep running the job in the same slot: wait until each has run it to the end,
        // started after the send was seen, so each had its chance to send the period again.
        var seen = Convert.ToInt64(await Database.ScalarAsync("SELECT MAX(id) FROM hangfire.state"), CultureInfo.InvariantCulture);
        await WaitUntilAsync(
            async () => (await Database.QueryAsync(
                "SELECT DISTINCT split_part(p.data->>'ServerId', ':', 1) FROM hangfire.state p JOIN hangfire.job j ON j.id = p.jobid " +
                $"WHERE p.name = 'Processing' AND p.id > {seen} AND j.statename = 'Succeeded' AND j.invocationdata->>'Type' LIKE '%DigestJob%'")).Count == 2,
            "both servers to run the digests job again");

        var (message, to) = Assert.Single(smtp.Messages);
        Assert.Equal([DigestCatalog.Reader], to);
        Assert.StartsWith("Förändringar i Järva", message.Subject, StringComparison.Ordinal);
        Assert.True(sentRun > baseline, $"sent for run {sentRun}, started at run {baseline}");
        Assert.Equal(1L, await CountAsync("SELECT COUNT(*) FROM digest_deliveries WHERE status IN ('sent', 'sending', 'failed')"));
        var servers = await Database.QueryAsync(
            "SELECT DISTINCT split_part(s.data->>'ServerId', ':', 1) FROM hangfire.state s JOIN hangfire.job j ON j.id = s.jobid " +
            "WHERE s.name = 'Processing' AND j.invocationdata->>'Type' LIKE '%DigestJob%'");
        Assert.Equal(["server-a", "server-b"], servers.Select(r => (string)r[0]!).Order(StringComparer.Ordinal));
        Assert.Equal(0L, await Database.ScalarAsync("SELECT COUNT(*) FROM hangfire.job WHERE statename = 'Failed'"));
    }

    /// <summary>Waits until <paramref name="files"/> imports are computed and a server starts publishing that run; returns the server.</summary>
    private async Task<HostProcess> WaitForPublishOfAllFilesAsync(int files, params HostProcess[] servers)
    {
        long? runId = null;
        await WaitUntilAsync(async () =>
        {
            var (latest, runImport, newest) = await LatestRunAsync();
            var imports = Convert.ToInt32(await Database.ScalarAsync("SELECT COUNT(*) FROM imports"), CultureInfo.InvariantCulture);
            runId = latest;
            return imports == files && latest is not null && runImport == newest;
        }, "the last compute");
        HostProcess? publisher = null;
        await WaitUntilAsync(() =>
        {
            publisher = servers.FirstOrDefault(p => p.Events(JobEvents.PublishStarted).Any(e => State(e, "RunId") == runId));
            return Task.FromResult(publisher is not null);
        }, $"the publish of run {runId} to start");
        return publisher!;
    }

    /// <summary>Short timeouts, so a crash is noticed in seconds; the inbox polled every 2 seconds.</summary>
    private Dictionary<string, string> Settings() => new()
    {
        ["Samverkan__DataDirectory"] = _data.Path,
        ["Samverkan__LoadSamplesOnFirstStart"] = "false",
        ["Samverkan__IngestInboxCron"] = "*/2 * * * * *",
        ["Samverkan__Database__Provider"] = "PostgreSql",
        ["Samverkan__Database__ConnectionString"] = Database.ConnectionString,
        ["Samverkan__Jobs__InvisibilityTimeout"] = "00:00:10",
        ["Samverkan__Jobs__DistributedLockTimeout"] = "00:01:00",
        ["Samverkan__Jobs__ShutdownTimeout"] = "00:01:00",
    };

    /// <summary>Waits until the files are imported, the latest run covers them and is published, and no compute or publish waits.</summary>
    private async Task WaitUntilDoneAsync(params HostProcess[] servers) =>
        await WaitUntilAsync(async () =>
        {
            if (servers.All(s => s.HasExited))
            {
                throw new InvalidOperationException("Every server exited.");
            }

            if (Directory.EnumerateFiles(Path.Combine(_data.Path, "inbox")).Any() || !await Database.TableExistsAsync("public.compute_runs"))
            {
                return false;
            }

            var (runId, runImport, newestImport) = await LatestRunAsync();
            var pending = await Database.ScalarAsync(
                "SELECT COUNT(*) FROM hangfire.job WHERE statename IN ('Enqueued', 'Processing', 'Awaiting', 'Scheduled') " +
                "AND (invocationdata->>'Type' LIKE '%ComputeJob%' OR invocationdata->>'Type' LIKE '%PublishJob%')");
            return runId is not null && runImport == newestImport && PublishedRun() == runId && pending is 0L;
        }, "the work to be done");

    private static async Task WaitUntilAsync(Func<Task<bool>> done, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await done())
        {
            if (clock.Elapsed > Patience)
            {
                throw new TimeoutException($"Waited {Patience} for {what}.");
            }

            await Task.Delay(250);
        }
    }

    private async Task<(long? RunId, long? RunImport, long? NewestImport)> LatestRunAsync()
    {
        var run = (await Database.QueryAsync("SELECT id, latest_import_id FROM compute_runs ORDER BY id DESC LIMIT 1")).FirstOrDefault();
        var newest = await Database.ScalarAsync("SELECT MAX(id) FROM imports");
        return (run?[0] is { } id ? Convert.ToInt64(id, CultureInfo.InvariantCulture) : null,
            run?[1] is { } import ? Convert.ToInt64(import, CultureInfo.InvariantCulture) : null,
            newest is null ? null : Convert.ToInt64(newest, CultureInfo.InvariantCulture));
    }

    private long? PublishedRun() => PublishJob.PublishedRun(new Core.Configuration.DataDirectory(_data.Path));

    private async Task<long> ProcessingPublishJobAsync(string server) =>
        Convert.ToInt64(await Database.ScalarAsync(
            "SELECT j.id FROM hangfire.job j JOIN hangfire.state s ON s.id = j.stateid " +
            $"WHERE j.statename = 'Processing' AND j.invocationdata->>'Type' LIKE '%PublishJob%' AND s.data->>'ServerId' LIKE '{server}:%' " +
            "ORDER BY j.id LIMIT 1") ?? throw new InvalidOperationException($"No publish job is processing on {server}."), CultureInfo.InvariantCulture);

    private static long State(JsonElement entry, string name) =>
        entry.GetProperty("State").TryGetProperty(name, out var v) ? v.GetInt64() : 0;

    /// <summary>Every ComputeStarted is followed by its server's ComputeFinished before any other compute starts.</summary>
    private static void AssertComputesNeverOverlap(params HostProcess[] servers)
    {
        var intervals = new List<(DateTimeOffset Start, DateTimeOffset End, string Server)>();
        foreach (var server in servers)
        {
            var starts = server.Events(JobEvents.ComputeStarted).Select(Time).ToList();
            var ends = server.Events(JobEvents.ComputeFinished).Select(Time).ToList();
            Assert.Equal(starts.Count, ends.Count);
            intervals.AddRange(starts.Zip(ends, (s, e) => (s, e, server.Name)));
        }

        Assert.NotEmpty(intervals);
        var ordered = intervals.OrderBy(i => i.Start).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            Assert.True(ordered[i].Start >= ordered[i - 1].End,
                $"compute on {ordered[i].Server} started at {ordered[i].Start:O}, before the one on {ordered[i - 1].Server} ended at {ordered[i - 1].End:O}");
        }
    }

    private static DateTimeOffset Time(JsonElement entry) =>
        DateTimeOffset.Parse(entry.GetProperty("Timestamp").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
