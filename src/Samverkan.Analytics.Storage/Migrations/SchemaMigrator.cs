using System.Data;
using System.Data.Common;
using Samverkan.Analytics.Storage.Connections;
using Samverkan.Analytics.Storage.Mapping;

namespace Samverkan.Analytics.Storage.Migrations;

/// <summary>
/// Brings the database schema up to date: the numbered scripts embedded under <c>Migrations/</c>
/// that the <c>schema_version</c> table does not list yet are applied in order, all of them in ONE
/// transaction together with their <c>schema_version</c> rows: a crash or a failing script leaves the
/// schema as it was, never half upgraded, and a fresh database costs one commit (one fsync) instead of
/// one per script. An up-to-date database is only read (no write lock, no commit). Running it again
/// applies nothing, and hosts starting at once on one database take turns (writer lock) and re-check
/// under it. A new SQLite database (nothing in <c>sqlite_master</c> under the lock) is created from
/// <see cref="SchemaSnapshot"/> when it stands for the scripts up to its version, which are then only
/// recorded; later scripts run on top in the same transaction.
/// </summary>
public sealed class SchemaMigrator
{
    /// <summary>
    /// A script holding this marker needs SQLite's foreign keys off (a table rebuild); a batch holding
    /// such a script runs with them off as a whole and is checked (<c>PRAGMA foreign_key_check</c>)
    /// before the commit. So a script must not rely on <c>ON DELETE</c>/<c>ON UPDATE</c> actions.
    /// </summary>
    internal const string SqliteForeignKeysOff = "-- {{sqlite-foreign-keys-off}}";

    private const string CreateVersionTable =
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at {{timestamp}} NOT NULL);";

    private readonly ISqlConnectionFactory _connections;
    private readonly TimeProvider _time;
    private readonly SqlDialect _dialect;
    private readonly IReadOnlyList<MigrationScript> _scripts;
    private readonly SchemaSnapshot? _snapshot;

    /// <summary>Creates a migrator for the database behind <paramref name="connections"/>.</summary>
    public SchemaMigrator(ISqlConnectionFactory connections, TimeProvider time)
        : this(connections, time, MigrationScripts.All, connections?.Provider == SqlProvider.Sqlite ? SchemaSnapshot.Sqlite : null)
    {
    }

    /// <summary>A migrator of <paramref name="scripts"/>; a new SQLite database starts from <paramref name="snapshot"/> when it covers them.</summary>
    internal SchemaMigrator(ISqlConnectionFactory connections, TimeProvider time, IReadOnlyList<MigrationScript> scripts, SchemaSnapshot? snapshot = null)
    {
        ArgumentNullException.ThrowIfNull(connections);
        ArgumentNullException.ThrowIfNull(time);
        _connections = connections;
        _time = time;
        _dialect = SqlDialect.For(connections.Provider);
        _scripts = MigrationScripts.Check(scripts);
        _snapshot = _dialect.Provider == SqlProvider.Sqlite && snapshot is not null && snapshot.Covers(_scripts) ? snapshot : null;
    }

    /// <summary>Test hook: whether the last <see cref="MigrateAsync"/> created the schema from the snapshot.</summary>
    internal bool UsedSnapshot { get; private set; }

    /// <summary>Every migration this build knows, in order; the last one's version is the schema it expects.</summary>
    public IReadOnlyList<SchemaMigration> Migrations => _scripts.Select(s => s.ToMigration()).ToList();

    /// <summary>
    /// Applies the migrations the database lacks and returns them (empty when it was up to date).
    /// They are applied together or not at all: a failing script rolls back the whole batch and throws.
    /// </summary>
    /// <exception cref="InvalidOperationException">The database has a newer schema than this build knows.</exception>
    public async Task<IReadOnlyList<SchemaMigration>> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);

        // Without a lock first: an up-to-date database (every command's case) needs nothing more.
        var seen = await VersionTableExistsAsync(connection, cancellationToken).ConfigureAwait(false)
            ? await ReadAppliedAsync(connection, null, cancellationToken).ConfigureAwait(false)
            : [];
        CheckNotNewer(seen);
        if (_scripts.All(s => seen.Contains(s.Version)))
        {
            return [];
        }

        // SQLite switches foreign keys only outside a transaction; what was pending before the lock is
        // a superset of what is pending under it, so this decides safely.
        var foreignKeysOff = _dialect.Provider == SqlProvider.Sqlite
            && _scripts.Any(s => !seen.Contains(s.Version) && s.Sql.Contains(SqliteForeignKeysOff, StringComparison.Ordinal));
        if (!foreignKeysOff)
        {
            return await ApplyInTransactionAsync(connection, checkForeignKeys: false, cancellationToken).ConfigureAwait(false);
        }

        await SetForeignKeysAsync(connection, on: false, cancellationToken).ConfigureAwait(false);
        try
        {
            return await ApplyInTransactionAsync(connection, checkForeignKeys: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await SetForeignKeysAsync(connection, on: true, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private void CheckNotNewer(HashSet<int> applied)
    {
        var newest = applied.Count == 0 ? 0 : applied.Max();
        var known = _scripts.Count == 0 ? 0 : _scripts[^1].Version;
        if (newest > known)
        {
            throw new InvalidOperationException(
                $"The database schema is version {newest}, newer than this program knows ({known}). Run a newer build, or restore a backup.");
        }
    }

    private async Task<bool> VersionTableExistsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(null, _dialect.Provider == SqlProvider.Sqlite
            ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version';"
            : "SELECT CASE WHEN to_regclass('schema_version') IS NULL THEN 0 ELSE 1 END;");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private static async Task SetForeignKeysAsync(DbConnection connection, bool on, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(null, on ? "PRAGMA foreign_keys = ON;" : "PRAGMA foreign_keys = OFF;");
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<SchemaMigration>> ApplyInTransactionAsync(DbConnection connection, bool checkForeignKeys, CancellationToken cancellationToken)
    {
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);

        // A database with nothing in it yet (checked under the lock) starts from the snapshot: the schema
        // of the scripts it stands for in one batch, which are then only recorded below.
        var fromSnapshot = _snapshot is not null && await IsEmptyAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        await using (var create = connection.Command(transaction, fromSnapshot ? _snapshot!.Sql : _dialect.Expand(CreateVersionTable)))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // Another host may have applied some while we waited for the lock.
        var applied = fromSnapshot ? new HashSet<int>() : await ReadAppliedAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        CheckNotNewer(applied);
        var pending = _scripts.Where(s => !applied.Contains(s.Version)).ToList();
        if (pending.Count == 0)
        {
            return [];
        }

        await using var record = connection.Command(transaction, "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @applied_at);");
        var version = record.Add("@version", DbType.Int32, 0);
        var name = record.Add("@name", DbType.String, "");
        record.Add("@applied_at", DbType.DateTimeOffset, StoredTime.Normalise(_time.GetUtcNow()));
        foreach (var script in pending)
        {
            if (!(fromSnapshot && script.Version <= _snapshot!.Version))
            {
                await using var run = connection.Command(transaction, _dialect.Expand(script.Sql));
                await run.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            version.Value = script.Version;
            name.Value = script.Name;
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        if (checkForeignKeys)
        {
            await using var check = connection.Command(transaction, "PRAGMA foreign_key_check;");
            await using var reader = await check.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var names = string.Join(", ", pending.Select(s => $"{s.Version:0000}_{s.Name}"));
                throw new InvalidOperationException(
                    $"{(pending.Count == 1 ? "Migration" : "Migrations")} {names} would leave a broken reference (table {reader.GetString(0)}, row {reader.GetValue(1)}, parent {reader.GetString(2)}); nothing was changed.");
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        UsedSnapshot = fromSnapshot;
        return pending.Select(s => s.ToMigration()).ToList();
    }

    /// <summary>True when the SQLite database has no table, index or view yet (a new file).</summary>
    private static async Task<bool> IsEmptyAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction, "SELECT count(*) FROM sqlite_master;");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) == 0;
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
