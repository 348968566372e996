using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Storage.Connections;
using Samverkan.Analytics.Storage.Mapping;

namespace Samverkan.Analytics.Storage.Observations;

/// <summary>The earlier vintages of current values: what a revised value on the pages links to.</summary>
public sealed partial class SqlObservationStore : IRevisionHistory
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<RevisedValue>> GetRevisedValuesAsync(CancellationToken cancellationToken)
    {
        var imports = (await ListImportsAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(i => i.Id);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        // The same rule as the Revised flag of GetCurrentObservationsAsync: an older vintage of the key,
        // of an import that is not reverted, was replaced (the join meets ux_observations_current on one side and
        // ix_observations_history, the key of the rows that are not current, on the other).
        await using var command = connection.Command(
            null,
            $"""
            SELECT {ObservationColumns.Selected("c", "ci")}, {ObservationColumns.Selected("h", "hi")}
            FROM observations c
            JOIN imports ci ON ci.id = c.import_id
            JOIN observations h ON h.dataset = c.dataset AND h.area_id = c.area_id AND h.period = c.period
                 AND h.subject = c.subject AND h.source = c.source AND h.breakdown = c.breakdown
                 AND h.is_current = 0 AND h.superseded_by_import IS NOT NULL
            JOIN imports hi ON hi.id = h.import_id
            WHERE c.is_current = 1 AND ci.reverted = 0 AND hi.reverted = 0
            ORDER BY c.id, h.id;
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var values = new List<RevisedValue>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var current = ObservationColumns.Read(reader, 0) with { Revised = true };
            var earlier = ObservationColumns.Read(reader, 20);
            values.Add(new RevisedValue(earlier, imports[earlier.Lineage!.ImportId], current, imports[current.Lineage!.ImportId]));
        }

        return values;
    }
}
