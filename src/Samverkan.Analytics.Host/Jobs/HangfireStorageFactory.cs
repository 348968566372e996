using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using Npgsql;
using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Host.Configuration;
using Samverkan.Analytics.Storage;
using Samverkan.Analytics.Storage.Connections;

namespace Samverkan.Analytics.Host.Jobs;

/// <summary>
/// Hangfire's job storage on the configured provider (DESIGN §4.1: Hangfire uses the data's
/// provider). SQLite: its own file <c>hangfire.db</c> beside <c>samverkan.db</c>. PostgreSQL: the
/// same database as the data, in its own schema; the schema is installed or upgraded while holding
/// a PostgreSQL advisory lock, so servers starting at once on an empty database take turns instead
/// of failing with 23505 (duplicate key in pg_namespace; ENVIRONMENT.md).
/// </summary>
internal static class HangfireStorageFactory
{
    /// <summary>The advisory lock key for installing Hangfire's schema (Storage's writer lock is 72450180).</summary>
    internal const long SchemaLockKey = 72450181;

    private static readonly TimeSpan SchemaInstallWait = TimeSpan.FromMinutes(5);

    public static JobStorage Create(DatabaseOptions database, JobsOptions jobs, DataDirectory dataDirectory, ILogger log)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(dataDirectory);
        if (SamverkanStorage.ParseProvider(database.Provider) == SqlProvider.PostgreSql)
        {
            return CreatePostgreSql(database.ConnectionString!, jobs, log);
        }

        Directory.CreateDirectory(dataDirectory.Root);
        return new SQLiteStorage(dataDirectory.HangfireDatabaseFile, new SQLiteStorageOptions { QueuePollInterval = jobs.QueuePollInterval });
    }

    /// <summary>The PostgreSQL storage options from the settings.</summary>
    internal static PostgreSqlStorageOptions PostgreSqlOptions(JobsOptions jobs) => new()
    {
        SchemaName = jobs.SchemaName,
        QueuePollInterval = jobs.QueuePollInterval,
        InvisibilityTimeout = jobs.InvisibilityTimeout,
        UseSlidingInvisibilityTimeout = true,
        DistributedLockTimeout = jobs.DistributedLockTimeout,
        PrepareSchemaIfNecessary = true,
    };

    private static PostgreSqlJobStorage CreatePostgreSql(string connectionString, JobsOptions jobs, ILogger log)
    {
        var options = PostgreSqlOptions(jobs);
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection))
        {
            // Wait as long as another server's install may take on a busy machine, not Npgsql's 30 s.
            take.CommandTimeout = (int)SchemaInstallWait.TotalSeconds;
            take.Parameters.AddWithValue("key", SchemaLockKey);
            take.ExecuteNonQuery();
        }

        try
        {
            // PrepareSchemaIfNecessary: the constructor installs or upgrades the schema, under our lock.
            var storage = new PostgreSqlJobStorage(connectionString, options);
            log.LogInformation("Job storage: PostgreSQL, schema {Schema}", options.SchemaName);
            return storage;
        }
        finally
        {
            using var release = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
            release.Parameters.AddWithValue("key", SchemaLockKey);
            release.ExecuteNonQuery();
        }
    }
}
