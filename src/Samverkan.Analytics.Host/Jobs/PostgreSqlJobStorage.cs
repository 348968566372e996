using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

namespace Samverkan.Analytics.Host.Jobs;

/// <summary>
/// Hangfire's PostgreSQL storage that also keeps its connection string, so <see cref="JobLock"/> can
/// open a session of its own for the jobs' advisory locks.
/// </summary>
internal sealed class PostgreSqlJobStorage(string connectionString, PostgreSqlStorageOptions options)
    : PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options)
{
    /// <summary>The connection string of the data and job database.</summary>
    public string ConnectionString { get; } = connectionString;
}
