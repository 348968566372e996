using System.Data.Common;
using Microsoft.Data.Sqlite;
using Samverkan.Analytics.Storage.Connections;
using SQLitePCL;

namespace Samverkan.Analytics.Storage.Tests.Support;

/// <summary>
/// SQLite connections of another factory that record every statement they run, with its parameters
/// written in (SQLite's legacy trace hook): what a store really asks, for the query plan tests.
/// </summary>
public sealed class TracingConnections(ISqlConnectionFactory inner) : ISqlConnectionFactory
{
    private readonly List<string> _statements = [];

    public SqlProvider Provider => inner.Provider;

    /// <summary>Every statement run so far, in order.</summary>
    public IReadOnlyList<string> Statements
    {
        get
        {
            lock (_statements)
            {
                return [.. _statements];
            }
        }
    }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await inner.OpenAsync(cancellationToken);
        var handle = ((SqliteConnection)connection).Handle!;
        raw.sqlite3_trace(handle, (_, statement) => Record(statement.utf8_to_string()), null);
        return connection;
    }

    // The inner factory belongs to the test database, which disposes it.
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public void Dispose()
    {
    }

    private void Record(string statement)
    {
        lock (_statements)
        {
            _statements.Add(statement);
        }
    }
}
