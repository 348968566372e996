using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage;
using Npgsql;

namespace Samverkan.Analytics.Host.Jobs;

/// <summary>
/// A lock held by a job, shared by every server on the same job storage: one inbox reader, one
/// compute and one publish at a time. On SQLite a Hangfire distributed lock: acquire and dispose it
/// on the same thread (the jobs' synchronous entry points do), since Hangfire.Storage.SQLite books
/// its locks per thread and would never release one disposed on another. On PostgreSQL a session
/// advisory lock on a connection of its own (not Hangfire's lock table): when the holder dies
/// (SIGKILL, a lost machine) its session ends and the lock is free at once, instead of after
/// <c>Samverkan:Jobs:DistributedLockTimeout</c> (the crash run found a killed publish holding every
/// later publish up for that long), and a long job never outlives its lock.
/// </summary>
internal sealed class JobLock : IDisposable
{
    /// <summary>Reading the inbox (and seeding it on first start).</summary>
    public const string Inbox = "samverkan:inbox";

    /// <summary>A compute run.</summary>
    public const string Compute = "samverkan:compute";

    /// <summary>Publishing the site.</summary>
    public const string Publish = "samverkan:publish";

    /// <summary>The first key of the two-key advisory locks (the one-key space holds Storage's writer lock and Hangfire's schema lock).</summary>
    internal const int AdvisoryClass = 72450;

    private static readonly TimeSpan AttemptLength = TimeSpan.FromSeconds(1);

    private readonly IDisposable _connection;
    private readonly IDisposable _lock;
    private readonly ILogger _log;

    private JobLock(IDisposable connection, IDisposable held, string resource, ILogger log)
    {
        _connection = connection;
        _lock = held;
        Resource = resource;
        _log = log;
    }

    /// <summary>The locked resource.</summary>
    public string Resource { get; }

    /// <summary>
    /// Takes the lock, waiting up to <paramref name="wait"/>; null when another holder kept it. Asks
    /// in short attempts: Hangfire.Storage.SQLite sleeps a tenth of the timeout between looks (90
    /// seconds for a 15-minute wait), so one long attempt would notice a released lock late.
    /// </summary>
    public static JobLock? TryAcquire(JobStorage storage, string resource, TimeSpan wait, ILogger log)
    {
        ArgumentNullException.ThrowIfNull(storage);
        if (storage is PostgreSqlJobStorage postgres)
        {
            return TryAcquireAdvisory(postgres, resource, wait, log);
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var attempt = TimeSpan.FromTicks(Math.Clamp((wait - clock.Elapsed).Ticks, 0, AttemptLength.Ticks));
            var connection = storage.GetConnection();
            try
            {
                var held = connection.AcquireDistributedLock(resource, attempt);
                return new JobLock(connection, held, resource, log);
            }
            catch (Exception e) when (e is DistributedLockTimeoutException or PostgreSqlDistributedLockException)
            {
                connection.Dispose();
                if (clock.Elapsed >= wait)
                {
                    return null;
                }
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }
    }

    /// <summary>The second key of a resource's advisory lock (FNV-1a of its name: stable across processes and versions).</summary>
    internal static int AdvisoryKey(string resource)
    {
        var hash = 2166136261u;
        foreach (var c in resource)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return unchecked((int)hash);
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose()
    {
        try
        {
            _lock.Dispose();
        }
        catch (PostgreSqlDistributedLockException e)
        {
            // Hangfire's lock (not used for PostgreSqlJobStorage) outlived its timeout and another holder took it over.
            _log.LogWarning("Lock {Resource} was no longer held when released ({Reason}).", Resource, e.Message);
        }
        catch (NpgsqlException e)
        {
            // The session ended (the server restarted): PostgreSQL released the advisory lock with it.
            _log.LogWarning("Lock {Resource} was released with its lost PostgreSQL session ({Reason})", Resource, e.Message);
        }
        finally
        {
            _connection.Dispose();
        }
    }

    private static JobLock? TryAcquireAdvisory(PostgreSqlJobStorage storage, string resource, TimeSpan wait, ILogger log)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var connection = new NpgsqlConnection(storage.ConnectionString);
        try
        {
            connection.Open();
            var key = AdvisoryKey(resource);
            while (true)
            {
                using (var take = new NpgsqlCommand("SELECT pg_try_advisory_lock(@class, @key)", connection))
                {
                    take.Parameters.AddWithValue("class", AdvisoryClass);
                    take.Parameters.AddWithValue("key", key);
                    if (take.ExecuteScalar() is true)
                    {
                        return new JobLock(connection, new AdvisoryLock(connection, key), resource, log);
                    }
                }

                var left = wait - clock.Elapsed;
                if (left <= TimeSpan.Zero)
                {
                    connection.Dispose();
                    return null;
                }

                Thread.Sleep(left < AttemptLength / 2 ? left : AttemptLength / 2);
            }
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Unlocks a held advisory lock on its own session.</summary>
    private sealed class AdvisoryLock(NpgsqlConnection connection, int key) : IDisposable
    {
        public void Dispose()
        {
            using var release = new NpgsqlCommand("SELECT pg_advisory_unlock(@class, @key)", connection);
            release.Parameters.AddWithValue("class", AdvisoryClass);
            release.Parameters.AddWithValue("key", key);
            release.ExecuteNonQuery();
        }
    }
}
