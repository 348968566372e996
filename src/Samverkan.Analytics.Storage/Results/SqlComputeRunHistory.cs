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
        await using var command = connection.Command(null, $"SELECT {ComputeRunColumns.Names} FROM compute_runs ORDER BY id;");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        ComputeRun? found = null;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var run = ComputeRunColumns.Read(reader);
            if (run.ComputedAt <= instant)
            {
                found = run;
            }
        }

        return found;
    }
}
