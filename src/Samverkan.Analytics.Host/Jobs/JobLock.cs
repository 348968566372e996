using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage;

namespace Samverkan.Analytics.Host.Jobs;

/// <summary>
/// A Hangfire distributed lock held by a job, shared by every server on the same job storage: one
/// inbox reader, one compute and one publish at a time. Acquire and dispose it on the same thread
/// (the jobs' synchronous entry points do): Hangfire.Storage.SQLite books its locks per thread and
/// would never release one disposed on another.
/// </summary>
internal sealed class JobLock : IDisposable
{
    /// <summary>Reading the inbox (and seeding it on first start).</summary>
    public const string Inbox = "samverkan:inbox";

    /// <summary>A compute run.</summary>
    public const string Compute = "samverkan:compute";

    /// <summary>Publishing the site.</summary>
    public const string Publish = "samverkan:publish";

    private static readonly TimeSpan AttemptLength = TimeSpan.FromSeconds(1);

    private readonly IStorageConnection _connection;
    private readonly IDisposable _lock;
    private readonly ILogger _log;

    private JobLock(IStorageConnection connection, IDisposable held, string resource, ILogger log)
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

    /// <summary>Releases the lock.</summary>
    public void Dispose()
    {
        try
        {
            _lock.Dispose();
        }
        catch (PostgreSqlDistributedLockException e)
        {
            // The lock outlived Samverkan:Jobs:DistributedLockTimeout and another server took it over.
            _log.LogWarning("Lock {Resource} was no longer held when released ({Reason}); raise Samverkan:Jobs:DistributedLockTimeout above the longest job.", Resource, e.Message);
        }
        finally
        {
            _connection.Dispose();
        }
    }
}
