using System.Data.Common;

namespace Samverkan.Analytics.Storage.Connections;

/// <summary>
/// Opens a pooled connection per operation. The stores and the migrator take one of these, so the
/// same code runs on every <see cref="SqlProvider"/>; disposing it releases the pool.
/// </summary>
public interface ISqlConnectionFactory : IAsyncDisposable, IDisposable
{
    /// <summary>The engine behind the connections, which decides the SQL dialect.</summary>
    SqlProvider Provider { get; }

    /// <summary>Opens a connection, set up for Storage (for SQLite: WAL, busy timeout, foreign keys).</summary>
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);
}
