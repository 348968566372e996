using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Samverkan.Analytics.Storage.Connections;

/// <summary>
/// Connections to one SQLite file: pooled, foreign keys on, <c>busy_timeout</c> 5000 ms, and the
/// file put in WAL journal mode on first use (so readers never block the writer). The first factory of the
/// process applies <see cref="SqliteProcessSettings"/> before SQLite initialises.
/// </summary>
public sealed class SqliteConnectionFactory : ISqlConnectionFactory
{
    /// <summary>How long a statement waits for another writer's lock before failing (SQLITE_BUSY).</summary>
    public const int BusyTimeoutMilliseconds = 5000;

    /// <summary>The oldest SQLite the SQL needs (<c>RETURNING</c>, 3.35).</summary>
    internal static readonly Version MinimumVersion = new(3, 35, 0);

    private readonly string _connectionString;
    private volatile bool _initialised;

    /// <summary>Creates a factory for the SQLite file <paramref name="databaseFile"/> (created on first open; its folder must exist).</summary>
    public SqliteConnectionFactory(string databaseFile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databaseFile);
        SqliteProcessSettings.EnsureApplied();
        DatabaseFile = databaseFile;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databaseFile,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
        }.ToString();
    }

    /// <summary>The SQLite file.</summary>
    public string DatabaseFile { get; }

    /// <inheritdoc />
    public SqlProvider Provider => SqlProvider.Sqlite;

    /// <inheritdoc />
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // Straight on the handle (what PRAGMA busy_timeout does), not as a command: every open of a
            // pooled connection sets it, and a command is a statement prepared, run and finalised.
            var db = connection.Handle!;
            SqliteException.ThrowExceptionForRC(raw.sqlite3_busy_timeout(db, BusyTimeoutMilliseconds), db);
            if (!_initialised)
            {
                await InitialiseAsync(connection, cancellationToken).ConfigureAwait(false);
                _initialised = true;
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The version of the native SQLite library that loaded (<c>SELECT sqlite_version()</c>).</summary>
    public async Task<Version> GetSqliteVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadVersionAsync(connection, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes the pooled connections to this file, so it can be moved or deleted.</summary>
    public void Dispose()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Checks the native library's version (without a query) and puts the file in WAL journal mode
    /// (persistent: a no-op once it is; as a command, whose reader waits out another process's lock).
    /// </summary>
    private static async Task InitialiseAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var version = Version.Parse(raw.sqlite3_libversion().utf8_to_string() ?? "0.0");
        if (version < MinimumVersion)
        {
            throw new InvalidOperationException(
                $"The native SQLite library is {version}; Storage needs {MinimumVersion} or newer. Check which SQLitePCLRaw packages were restored.");
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        var mode = Convert.ToString(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"SQLite refused WAL journal mode (got '{mode}'); is the data directory on a network share?");
        }
    }

    private static async Task<Version> ReadVersionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT sqlite_version();";
        var text = Convert.ToString(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        return Version.Parse(text ?? "0.0");
    }
}
