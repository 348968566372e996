using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Storage.Connections;

namespace Samverkan.Analytics.Storage;

/// <summary>
/// The one-line way for Host and Cli to get Storage (DESIGN §4.1):
/// <code>
/// await using var storage = SamverkanStorage.Open(settings.Provider, settings.ConnectionString, dataDirectory, TimeProvider.System);
/// await storage.Migrator.MigrateAsync(ct);
/// IObservationStore observations = storage.Observations;
/// </code>
/// </summary>
public static class SamverkanStorage
{
    /// <summary>The provider used when none is configured.</summary>
    public const SqlProvider DefaultProvider = SqlProvider.Sqlite;

    /// <summary>
    /// Storage on the SQLite file <see cref="DataDirectory.DatabaseFile"/> (<c>samverkan.db</c>;
    /// Hangfire keeps its own <c>hangfire.db</c>). Creates the data directory if it is missing.
    /// </summary>
    public static StorageBundle OpenSqlite(DataDirectory directory, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(time);
        Directory.CreateDirectory(directory.Root);
        return new StorageBundle(new SqliteConnectionFactory(directory.DatabaseFile), time);
    }

    /// <summary>Storage on PostgreSQL (<paramref name="connectionString"/> comes from the environment, never from a committed file).</summary>
    public static StorageBundle OpenPostgreSql(string connectionString, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(time);
        return new StorageBundle(new PostgreSqlConnectionFactory(connectionString), time);
    }

    /// <summary>
    /// Storage as configured by <c>Samverkan:Database:Provider</c> (<c>Sqlite</c>, the default when
    /// empty, or <c>PostgreSql</c>, case-insensitive) and <c>Samverkan:Database:ConnectionString</c>,
    /// which PostgreSQL needs and SQLite must not have (its database is the data directory's file).
    /// </summary>
    /// <exception cref="ArgumentException">An unknown provider, or a connection string that does not fit it.</exception>
    public static StorageBundle Open(string? provider, string? connectionString, DataDirectory directory, TimeProvider time)
    {
        var chosen = ParseProvider(provider);
        return chosen switch
        {
            SqlProvider.PostgreSql when string.IsNullOrWhiteSpace(connectionString) => throw new ArgumentException(
                "Samverkan:Database:Provider is PostgreSql but Samverkan:Database:ConnectionString is empty; set it (for example through the environment).",
                nameof(connectionString)),
            SqlProvider.PostgreSql => OpenPostgreSql(connectionString!, time),
            _ when !string.IsNullOrWhiteSpace(connectionString) => throw new ArgumentException(
                "Samverkan:Database:ConnectionString is set but the provider is Sqlite, whose database is samverkan.db in the data directory; clear the connection string or set the provider to PostgreSql.",
                nameof(connectionString)),
            _ => OpenSqlite(directory, time),
        };
    }

    /// <summary>Parses a provider setting; empty means <see cref="DefaultProvider"/>.</summary>
    /// <exception cref="ArgumentException">Not a provider name.</exception>
    public static SqlProvider ParseProvider(string? provider)
    {
        if (string.IsNullOrWhiteSpace(provider))
        {
            return DefaultProvider;
        }

        var name = provider.Trim();
        return name.All(char.IsAsciiLetter) && Enum.TryParse<SqlProvider>(name, ignoreCase: true, out var parsed)
            ? parsed
            : throw new ArgumentException($"'{provider}' is not a database provider; use Sqlite or PostgreSql.", nameof(provider));
    }
}
