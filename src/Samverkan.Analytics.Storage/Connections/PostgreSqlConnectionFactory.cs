using System.Data.Common;
using Npgsql;

namespace Samverkan.Analytics.Storage.Connections;

/// <summary>Connections to a PostgreSQL database through one pooled <see cref="NpgsqlDataSource"/>.</summary>
public sealed class PostgreSqlConnectionFactory : ISqlConnectionFactory
{
    private readonly NpgsqlDataSource _dataSource;

    /// <summary>Creates a factory for <paramref name="connectionString"/> (an Npgsql connection string; it is never logged).</summary>
    public PostgreSqlConnectionFactory(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    /// <inheritdoc />
    public SqlProvider Provider => SqlProvider.PostgreSql;

    /// <inheritdoc />
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public void Dispose() => _dataSource.Dispose();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
