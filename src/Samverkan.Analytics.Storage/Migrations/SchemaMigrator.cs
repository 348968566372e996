using System.Data;
using System.Data.Common;
using Samverkan.Analytics.Storage.Connections;
using Samverkan.Analytics.Storage.Mapping;

namespace Samverkan.Analytics.Storage.Migrations;

/// <summary>
/// Brings the database schema up to date: the numbered scripts embedded under <c>Migrations/</c>
/// that the <c>schema_version</c> table does not list yet are applied in order, each in its own
/// transaction together with its <c>schema_version</c> row. Running it again applies nothing, and
/// hosts starting at once on one PostgreSQL database take turns (writer lock).
/// </summary>
public sealed class SchemaMigrator
{
    /// <summary>A script holding this marker runs on SQLite with foreign keys off (checked before the commit).</summary>
    internal const string SqliteForeignKeysOff = "-- {{sqlite-foreign-keys-off}}";

    private const string CreateVersionTable =
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at {{timestamp}} NOT NULL);";

    private readonly ISqlConnectionFactory _connections;
    private readonly TimeProvider _time;
    private readonly SqlDialect _dialect;
    private readonly IReadOnlyList<MigrationScript> _scripts;

    /// <summary>Creates a migrator for the database behind <paramref name="connections"/>.</summary>
    public SchemaMigrator(ISqlConnectionFactory connections, TimeProvider time)
        : this(connections, time, MigrationScripts.All)
    {
    }

    internal SchemaMigrator(ISqlConnectionFactory connections, TimeProvider time, IReadOnlyList<MigrationScript> scripts)
    {
        ArgumentNullException.ThrowIfNull(connections);
        ArgumentNullException.ThrowIfNull(time);
        _connections = connections;
        _time = time;
        _dialect = SqlDialect.For(connections.Provider);
        _scripts = MigrationScripts.Check(scripts);
    }

    /// <summary>Every migration this build knows, in order; the last one's version is the schema it expects.</summary>
    public IReadOnlyList<SchemaMigration> Migrations => _scripts.Select(s => s.ToMigration()).ToList();

    /// <summary>
    /// Applies the migrations the database lacks and returns them (empty when it was up to date).
    /// A failing script is rolled back whole and throws; the ones before it stay applied.
    /// </summary>
    /// <exception cref="InvalidOperationException">The database has a newer schema than this build knows.</exception>
    public async Task<IReadOnlyList<SchemaMigration>> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false))
        {
            await using var create = connection.Command(transaction, _dialect.Expand(CreateVersionTable));
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        var applied = await ReadAppliedAsync(connection, null, cancellationToken).ConfigureAwait(false);
        var newest = applied.Count == 0 ? 0 : applied.Max();
        var known = _scripts.Count == 0 ? 0 : _scripts[^1].Version;
        if (newest > known)
        {
            throw new InvalidOperationException(
                $"The database schema is version {newest}, newer than this program knows ({known}). Run a newer build, or restore a backup.");
        }

        var done = new List<SchemaMigration>();
        foreach (var script in _scripts.Where(s => !applied.Contains(s.Version)))
        {
            if (await ApplyAsync(connection, script, cancellationToken).ConfigureAwait(false))
            {
                done.Add(script.ToMigration());
            }
        }

        return done;
    }

    private async Task<bool> ApplyAsync(DbConnection connection, MigrationScript script, CancellationToken cancellationToken)
    {
        // SQLite's table rebuild needs foreign keys off, which only works outside a transaction; they
        // are checked before the commit and switched back on whatever happens.
        var foreignKeysOff = _dialect.Provider == SqlProvider.Sqlite && script.Sql.Contains(SqliteForeignKeysOff, StringComparison.Ordinal);
        if (!foreignKeysOff)
        {
            return await ApplyInTransactionAsync(connection, script, checkForeignKeys: false, cancellationToken).ConfigureAwait(false);
        }

        await SetForeignKeysAsync(connection, on: false, cancellationToken).ConfigureAwait(false);
        try
        {
            return await ApplyInTransactionAsync(connection, script, checkForeignKeys: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await SetForeignKeysAsync(connection, on: true, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static async Task SetForeignKeysAsync(DbConnection connection, bool on, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(null, on ? "PRAGMA foreign_keys = ON;" : "PRAGMA foreign_keys = OFF;");
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> ApplyInTransactionAsync(DbConnection connection, MigrationScript script, bool checkForeignKeys, CancellationToken cancellationToken)
    {
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);

        // Another host may have applied it while we waited for the lock.
        if ((await ReadAppliedAsync(connection, transaction, cancellationToken).ConfigureAwait(false)).Contains(script.Version))
        {
            return false;
        }

        await using (var run = connection.Command(transaction, _dialect.Expand(script.Sql)))
        {
            await run.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        if (checkForeignKeys)
        {
            await using var check = connection.Command(transaction, "PRAGMA foreign_key_check;");
            await using var reader = await check.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                throw new InvalidOperationException(
                    $"Migration {script.Version:0000}_{script.Name} would leave a broken reference (table {reader.GetString(0)}, row {reader.GetValue(1)}, parent {reader.GetString(2)}); nothing was changed.");
            }
        }

        await using (var record = connection.Command(transaction, "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @applied_at);"))
        {
            record.Add("@version", DbType.Int32, script.Version);
            record.Add("@name", DbType.String, script.Name);
            record.Add("@applied_at", DbType.DateTimeOffset, StoredTime.Normalise(_time.GetUtcNow()));
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static async Task<HashSet<int>> ReadAppliedAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction, "SELECT version FROM schema_version;");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var versions = new HashSet<int>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }
}
