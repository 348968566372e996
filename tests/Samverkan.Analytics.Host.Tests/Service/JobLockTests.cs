using Hangfire;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Host.Configuration;
using Samverkan.Analytics.Host.Jobs;
using Samverkan.Analytics.Host.Tests.Service.Support;
using Samverkan.Analytics.Host.Tests.Support;

namespace Samverkan.Analytics.Host.Tests.Service;

/// <summary>
/// The jobs' lock through Hangfire's storage, as two servers see it: each test opens the storage
/// twice, as two processes would. On SQLite and on PostgreSQL.
/// </summary>
public sealed class JobLockTests
{
    [Fact]
    public void TryAcquire_ReturnsNullUntilTheHolderReleases_OnSqlite()
    {
        using var data = new TempDirectory();
        var file = new DataDirectory(data.Path).HangfireDatabaseFile;
        var first = new SQLiteStorage(file, new SQLiteStorageOptions());
        var second = new SQLiteStorage(file, new SQLiteStorageOptions());

        AssertExclusive(first, second);
    }

    /// <summary>
    /// Hangfire keeps its logger in statics: before the log bridge, the first host's disposed
    /// LoggerFactory broke every later Hangfire call in the process (CI failed on this order).
    /// </summary>
    [Fact]
    public async Task TryAcquire_StillWorks_AfterAHostInThisProcessWasDisposed()
    {
        await using (var host = new ServiceHost())
        {
            using var client = host.CreateClient(Host.Security.Roles.Analyst);
            Assert.True((await client.GetAsync(new Uri("/health", UriKind.Relative))).IsSuccessStatusCode);
            _ = host.Services.GetRequiredService<JobStorage>(); // Hangfire configured by the host
        }

        using var data = new TempDirectory();
        var file = new DataDirectory(data.Path).HangfireDatabaseFile;
        AssertExclusive(new SQLiteStorage(file, new SQLiteStorageOptions()), new SQLiteStorage(file, new SQLiteStorageOptions()));
    }

    [PostgresFact]
    public async Task TryAcquire_ReturnsNullUntilTheHolderReleases_OnPostgreSql()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        var (first, second) = TwoServers(database, new JobsOptions());

        AssertExclusive(first, second);
    }

    /// <summary>
    /// A server killed while it holds a lock: its PostgreSQL session ends, and so does the advisory
    /// lock, so the next server takes it at once (Hangfire's lock table kept it for
    /// DistributedLockTimeout, then ten minutes by default; the crash run found a killed publish holding
    /// every later publish up that long).
    /// </summary>
    [PostgresFact]
    public async Task TryAcquire_TakesOverALock_WhenItsHoldersSessionEnded()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        var (first, second) = TwoServers(database, new JobsOptions());
        var dead = JobLock.TryAcquire(first, JobLock.Compute, TimeSpan.FromSeconds(1), NullLogger.Instance);
        Assert.NotNull(dead);
        Assert.Null(JobLock.TryAcquire(second, JobLock.Compute, TimeSpan.Zero, NullLogger.Instance));

        await using (var admin = new Npgsql.NpgsqlConnection(database.ConnectionString))
        {
            await admin.OpenAsync();
            await using var kill = new Npgsql.NpgsqlCommand(
                "SELECT COUNT(pg_terminate_backend(pid)) FROM pg_locks WHERE locktype = 'advisory' AND classid::bigint = @class AND objid::bigint = @key AND granted",
                admin);
            kill.Parameters.AddWithValue("class", (long)JobLock.AdvisoryClass);
            kill.Parameters.AddWithValue("key", (long)(uint)JobLock.AdvisoryKey(JobLock.Compute));
            Assert.Equal(1L, await kill.ExecuteScalarAsync());
        }

        using var taken = JobLock.TryAcquire(second, JobLock.Compute, TimeSpan.FromSeconds(20), NullLogger.Instance);
        Assert.NotNull(taken);
        dead.Dispose(); // the lost session: a warning, no exception
    }

    [PostgresFact]
    public async Task Create_InstallsTheSchemaOnce_WhenServersStartTogetherOnAnEmptyDatabase()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        var options = new DatabaseOptions { Provider = "PostgreSql", ConnectionString = database.ConnectionString };
        using var data = new TempDirectory();

        var starts = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            HangfireStorageFactory.Create(options, new JobsOptions(), new DataDirectory(data.Path), NullLogger.Instance))).ToArray();
        var storages = await Task.WhenAll(starts);

        Assert.All(storages, Assert.NotNull);
        Assert.True(await database.TableExistsAsync("hangfire.job"));
        Assert.Equal(1L, await database.ScalarAsync("SELECT COUNT(*) FROM hangfire.schema"));
    }

    private static (JobStorage First, JobStorage Second) TwoServers(PostgresTestDatabase database, JobsOptions jobs)
    {
        var options = new DatabaseOptions { Provider = "PostgreSql", ConnectionString = database.ConnectionString };
        var data = new DataDirectory(Path.GetTempPath());
        return (HangfireStorageFactory.Create(options, jobs, data, NullLogger.Instance), HangfireStorageFactory.Create(options, jobs, data, NullLogger.Instance));
    }

    /// <summary>The second server asks from other threads (as another worker would): Hangfire.Storage.SQLite's lock is re-entrant per thread.</summary>
    private static void AssertExclusive(JobStorage first, JobStorage second)
    {
        using (var held = JobLock.TryAcquire(first, JobLock.Compute, TimeSpan.FromSeconds(1), NullLogger.Instance))
        {
            Assert.NotNull(held);
            Assert.False(OnOtherThread(second, JobLock.Compute));
            Assert.True(OnOtherThread(second, JobLock.Publish)); // another resource is free
        }

        Assert.True(OnOtherThread(second, JobLock.Compute));
    }

    private static bool OnOtherThread(JobStorage storage, string resource) =>
        Task.Factory.StartNew(() =>
        {
            using var held = JobLock.TryAcquire(storage, resource, TimeSpan.FromSeconds(1), NullLogger.Instance);
            return held is not null;
        }, TaskCreationOptions.LongRunning).GetAwaiter().GetResult();
}
