using System.Data.Common;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Storage.Connections;

namespace Samverkan.Analytics.Storage.Results;

/// <summary>
/// The compute runs over time, read from <c>compute_runs</c> (runs are few: one per import that
/// changed data and one nightly, so the list is read whole and filtered here, which also keeps the
/// timestamp comparison the same on SQLite and PostgreSQL).
/// </summary>
public sealed class SqlComputeRunHistory : IComputeRunHistory
{
    private readonly ISqlConnectionFactory _connections;

    /// <summary>Creates the history over an up-to-date schema.</summary>
    public SqlComputeRunHistory(ISqlConnectionFactory connections)
    {
        ArgumentNullException.ThrowIfNull(connections);
        _connections = connections;
    }

    /// <inheritdoc />
    public async Task<ComputeRun?> LatestRunAtOrBeforeAsync(DateTimeOffset instant, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(null, "SELECT id, computed_at, catalog_version, latest_import_id, row_count FROM compute_runs ORDER BY id;");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        ComputeRun? found = null;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var run = Read(reader);
            if (run.ComputedAt <= instant)
            {
                found = run;
            }
        }

        return found;
    }

    private static ComputeRun Read(DbDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        ComputedAt = reader.GetTimestamp(1),
        CatalogVersion = reader.GetString(2),
        LatestImportId = reader.GetNullableInt64(3),
        RowCount = reader.GetInt32(4),
    };
}
