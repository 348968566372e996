using System.Data;
using System.Data.Common;
using System.Globalization;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Storage.Connections;
using Samverkan.Analytics.Storage.Mapping;

namespace Samverkan.Analytics.Storage.Results;

/// <summary>
/// Compute runs and their result rows in SQL. A run is saved whole in one transaction and never
/// changed afterwards; the latest run is the one saved last (highest id).
/// </summary>
public sealed class SqlResultStore : IResultStore
{
    private readonly ISqlConnectionFactory _connections;

    /// <summary>Creates the store over an up-to-date schema (run <see cref="Migrations.SchemaMigrator"/> first).</summary>
    public SqlResultStore(ISqlConnectionFactory connections)
    {
        ArgumentNullException.ThrowIfNull(connections);
        _connections = connections;
    }

    /// <inheritdoc />
    /// <remarks>
    /// The returned run has its id, <see cref="ComputeRun.RowCount"/> set to the number of rows and
    /// <see cref="ComputeRun.ComputedAt"/> as stored (UTC, whole microseconds).
    /// </remarks>
    /// <exception cref="ArgumentException">A row holds NaN (an absent value is null) or a flag with <c>|</c>. Nothing is stored.</exception>
    public async Task<ComputeRun> SaveRunAsync(ComputeRun run, IReadOnlyList<IndicatorResult> results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(results);
        var stored = run with { ComputedAt = StoredTime.Normalise(run.ComputedAt), RowCount = results.Count };

        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        long runId;
        await using (var command = connection.Command(
            transaction,
            """
            INSERT INTO compute_runs (computed_at, catalog_version, latest_import_id, row_count)
            VALUES (@computed_at, @catalog_version, @latest_import_id, @row_count)
            RETURNING id;
            """))
        {
            command.Add("@computed_at", DbType.DateTimeOffset, stored.ComputedAt);
            command.Add("@catalog_version", DbType.String, stored.CatalogVersion);
            command.Add("@latest_import_id", DbType.Int64, stored.LatestImportId);
            command.Add("@row_count", DbType.Int32, stored.RowCount);
            runId = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        var rows = new List<ResultRowColumns.Row>(results.Count);
        for (var i = 0; i < results.Count; i++)
        {
            rows.Add(new ResultRowColumns.Row(runId, i, results[i] ?? throw new ArgumentException($"Result row {i + 1} is null.", nameof(results))));
        }

        var inserter = new BatchInserter<ResultRowColumns.Row>(connection, transaction, "results", ResultRowColumns.Insert);
        await inserter.InsertAsync(rows, null, cancellationToken).ConfigureAwait(false);

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return stored with { Id = runId };
    }

    /// <inheritdoc />
    public async Task<(ComputeRun Run, IReadOnlyList<IndicatorResult> Results)?> GetRunAsync(long? runId, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var run = await ReadRunAsync(connection, runId, cancellationToken).ConfigureAwait(false);
        if (run is null)
        {
            return null;
        }

        var columns = string.Join(", ", ResultRowColumns.Stored.Select(c => c.Name));
        await using var command = connection.Command(null, $"SELECT {columns} FROM results WHERE run_id = @run_id ORDER BY ordinal;");
        command.Add("@run_id", DbType.Int64, run.Id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var results = new List<IndicatorResult>(run.RowCount);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            results.Add(ResultRowColumns.Read(reader));
        }

        return (run, results);
    }

    /// <summary>
    /// The id of the latest run (the highest), or null when there is none: one indexed read, for
    /// caches that keep the latest run's rows and must notice a run stored by another server.
    /// </summary>
    public async Task<long?> LatestRunIdAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(null, "SELECT MAX(id) FROM compute_runs;");
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? null : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }

    private static async Task<ComputeRun?> ReadRunAsync(DbConnection connection, long? runId, CancellationToken cancellationToken)
    {
        await using var command = runId is null
            ? connection.Command(null, $"SELECT {ComputeRunColumns.Names} FROM compute_runs ORDER BY id DESC LIMIT 1;")
            : connection.Command(null, $"SELECT {ComputeRunColumns.Names} FROM compute_runs WHERE id = @id;");
        if (runId is not null)
        {
            command.Add("@id", DbType.Int64, runId.Value);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ComputeRunColumns.Read(reader) : null;
    }
}
