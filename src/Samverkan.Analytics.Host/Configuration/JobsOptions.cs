namespace Samverkan.Analytics.Host.Configuration;

/// <summary>
/// The <c>Samverkan:Jobs</c> section: how the Hangfire server runs the jobs. The schedules themselves
/// are <see cref="SamverkanOptions.IngestInboxCron"/> and <see cref="SamverkanOptions.NightlyCron"/>.
/// </summary>
public sealed class JobsOptions
{
    /// <summary>The section name.</summary>
    public const string SectionName = "Samverkan:Jobs";

    /// <summary>Jobs one server runs at once.</summary>
    /// <value>The default value is 4.</value>
    public int WorkerCount { get; set; } = 4;

    /// <summary>
    /// The server's name in the dashboard and the logs (Hangfire adds the process id and a guid).
    /// </summary>
    /// <value>The default value is null: the machine name.</value>
    public string? ServerName { get; set; }

    /// <summary>How often an idle worker looks for a queued job.</summary>
    /// <value>The default value is 1 second.</value>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often due recurring and delayed jobs are enqueued.</summary>
    /// <value>The default value is 1 second.</value>
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// PostgreSQL: how long a job fetched by a server that stopped answering stays invisible before
    /// another server takes it. A live server keeps extending it (sliding), so this bounds only the
    /// wait after a crash, not the length of a job.
    /// </summary>
    /// <value>The default value is 5 minutes.</value>
    public TimeSpan InvisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// PostgreSQL: after this one of Hangfire's own locks (its recurring-job scheduler, held for
    /// moments) whose holder crashed is taken over; until then no recurring job (inbox poll, digests,
    /// nightly) is started on any server. The jobs' locks (one compute, one publish, one inbox reader
    /// at a time) are PostgreSQL advisory locks instead, freed when the holder's session ends (see
    /// JobLock), so this no longer needs to exceed the longest job.
    /// </summary>
    /// <value>The default value is 1 minute (it was 10 minutes; the crash run found a SIGKILLed server stopping every schedule for that long).</value>
    public TimeSpan DistributedLockTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a compute or publish waits for the one running elsewhere before it fails (and is retried).</summary>
    /// <value>The default value is 15 minutes.</value>
    public TimeSpan LockWaitTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// On shutdown (SIGTERM, Ctrl+C) a running job gets this long to finish; after it the job is
    /// cancelled and put back in the queue, where this or another server runs it again.
    /// </summary>
    /// <value>The default value is 30 seconds.</value>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>PostgreSQL: the schema of Hangfire's tables (the data tables stay in the connection's default schema).</summary>
    /// <value>The default value is <c>hangfire</c>.</value>
    public string SchemaName { get; set; } = "hangfire";
}
