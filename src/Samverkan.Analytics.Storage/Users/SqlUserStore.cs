using System.Data;
using System.Data.Common;
using Samverkan.Analytics.Core.Users;
using Samverkan.Analytics.Storage.Connections;
using Samverkan.Analytics.Storage.Mapping;

namespace Samverkan.Analytics.Storage.Users;

/// <summary>
/// Local accounts in the <c>users</c> and <c>user_areas</c> tables (migration 0003). Create it over
/// a bundle's connections after the schema is migrated: <c>new SqlUserStore(storage.Connections)</c>.
/// </summary>
public sealed class SqlUserStore : IUserStore
{
    private const string Columns = "name, role, password_hash, failed_logins, locked_until, security_stamp, created_at";

    private readonly ISqlConnectionFactory _connections;
    private readonly SqlDialect _dialect;

    /// <summary>Creates the store over an up-to-date schema (run <see cref="Migrations.SchemaMigrator"/> first).</summary>
    public SqlUserStore(ISqlConnectionFactory connections)
    {
        ArgumentNullException.ThrowIfNull(connections);
        _connections = connections;
        _dialect = SqlDialect.For(connections.Provider);
    }

    /// <inheritdoc />
    public async Task<bool> AnyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(null, "SELECT 1 FROM users LIMIT 1;");
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null and not DBNull;
    }

    /// <inheritdoc />
    public async Task<UserAccount?> FindAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var found = await ReadAsync(connection, name, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadAsync(connection, null, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The name is not normalised, or an area id is blank.</exception>
    public async Task<bool> AddAsync(UserAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (UserNames.Normalise(account.Name) != account.Name)
        {
            throw new ArgumentException($"'{account.Name}' är inget normaliserat användarnamn.", nameof(account));
        }

        if (account.AreaIds.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Ett områdes-id är tomt.", nameof(account));
        }

        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await using (var insert = connection.Command(
            transaction,
            """
            INSERT INTO users (name, role, password_hash, failed_logins, locked_until, security_stamp, created_at)
            VALUES (@name, @role, @password_hash, 0, NULL, @security_stamp, @created_at)
            ON CONFLICT (name) DO NOTHING;
            """))
        {
            insert.Add("@name", DbType.String, account.Name);
            insert.Add("@role", DbType.String, account.Role.ToName());
            insert.Add("@password_hash", DbType.String, account.PasswordHash);
            insert.Add("@security_stamp", DbType.String, account.SecurityStamp);
            insert.Add("@created_at", DbType.DateTimeOffset, StoredTime.Normalise(account.CreatedAt));
            if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                return false;
            }
        }

        foreach (var area in account.AreaIds.Distinct(StringComparer.Ordinal))
        {
            await using var add = connection.Command(transaction, "INSERT INTO user_areas (user_name, area_id) VALUES (@name, @area);");
            add.Add("@name", DbType.String, account.Name);
            add.Add("@area", DbType.String, area);
            await add.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <inheritdoc />
    public async Task<bool> RemoveAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        int removed;
        await using (var areas = connection.Command(transaction, "DELETE FROM user_areas WHERE user_name = @name;"))
        {
            areas.Add("@name", DbType.String, name);
            await areas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var user = connection.Command(transaction, "DELETE FROM users WHERE name = @name;"))
        {
            user.Add("@name", DbType.String, name);
            removed = await user.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return removed > 0;
    }

    /// <inheritdoc />
    public async Task<UserAccount?> RecordFailedLoginAsync(string name, DateTimeOffset now, int maxFailures, TimeSpan lockout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFailures, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(lockout, TimeSpan.Zero);

        // One statement, so two hosts counting at once never lose a failure: the right-hand sides
        // read the row as it was before this update.
        await using (var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false))
        await using (var command = connection.Command(
            null,
            """
            UPDATE users SET
                failed_logins = CASE WHEN failed_logins + 1 >= @max THEN 0 ELSE failed_logins + 1 END,
                locked_until = CASE WHEN failed_logins + 1 >= @max THEN @until ELSE locked_until END
            WHERE name = @name;
            """))
        {
            command.Add("@max", DbType.Int32, maxFailures);
            command.Add("@until", DbType.DateTimeOffset, StoredTime.Normalise(now + lockout));
            command.Add("@name", DbType.String, name);
            if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                return null;
            }
        }

        return await FindAsync(name, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task ResetFailedLoginsAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            null,
            "UPDATE users SET failed_logins = 0, locked_until = NULL WHERE name = @name AND (failed_logins <> 0 OR locked_until IS NOT NULL);");
        command.Add("@name", DbType.String, name);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task UpdatePasswordHashAsync(string name, string passwordHash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(null, "UPDATE users SET password_hash = @hash WHERE name = @name;");
        command.Add("@hash", DbType.String, passwordHash);
        command.Add("@name", DbType.String, name);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<UserAccount>> ReadAsync(DbConnection connection, string? name, CancellationToken cancellationToken)
    {
        var where = name is null ? "" : " WHERE name = @name";
        var accounts = new List<UserAccount>();
        await using (var command = connection.Command(null, $"SELECT {Columns} FROM users{where} ORDER BY name;"))
        {
            if (name is not null)
            {
                command.Add("@name", DbType.String, name);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var roleWord = reader.GetString(1);
                accounts.Add(new UserAccount
                {
                    Name = reader.GetString(0),
                    Role = UserRoles.TryParse(roleWord, out var role) ? role : throw new InvalidOperationException($"User {reader.GetString(0)} has the unknown role '{roleWord}'."),
                    PasswordHash = reader.GetString(2),
                    FailedLogins = reader.GetInt32(3),
                    LockedUntil = reader.IsDBNull(4) ? null : reader.GetTimestamp(4),
                    SecurityStamp = reader.GetString(5),
                    CreatedAt = reader.GetTimestamp(6),
                });
            }
        }

        if (accounts.Count == 0)
        {
            return accounts;
        }

        var areas = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using (var command = connection.Command(null, $"SELECT user_name, area_id FROM user_areas{(name is null ? "" : " WHERE user_name = @name")} ORDER BY user_name, area_id;"))
        {
            if (name is not null)
            {
                command.Add("@name", DbType.String, name);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var user = reader.GetString(0);
                if (!areas.TryGetValue(user, out var list))
                {
                    areas[user] = list = [];
                }

                list.Add(reader.GetString(1));
            }
        }

        return accounts.Select(a => areas.TryGetValue(a.Name, out var list) ? a with { AreaIds = list } : a).ToList();
    }
}
