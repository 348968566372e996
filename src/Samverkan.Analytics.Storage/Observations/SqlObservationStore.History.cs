using System.Data;
using System.Data.Common;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Storage.Connections;
using Samverkan.Analytics.Storage.Mapping;

namespace Samverkan.Analytics.Storage.Observations;

/// <summary>The import history: what one import did (<c>imports show</c>) and undoing it (<c>revert</c>).</summary>
public sealed partial class SqlObservationStore
{
    /// <inheritdoc />
    public async Task<ImportDetails?> GetImportDetailsAsync(long importId, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        ImportDetails details;
        await using (var command = connection.Command(null, $"SELECT {ImportColumns} FROM imports WHERE id = @id;"))
        {
            command.Add("@id", DbType.Int64, importId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            details = ReadDetails(reader);
        }

        // The import's own rows (a row it confirmed and later took over in a revert is listed as unchanged).
        var added = new List<Observation>();
        var revised = new List<ObservationRevision>();
        await using (var command = connection.Command(
            null,
            $"""
            SELECT {ObservationColumns.Selected("n", "ni")}, {ObservationColumns.Selected("p", "pi")}
            FROM observations n JOIN imports ni ON ni.id = n.import_id
              LEFT JOIN observations p ON p.id = n.replaces_id
              LEFT JOIN imports pi ON pi.id = p.import_id
            WHERE n.import_id = @id
              AND NOT EXISTS (SELECT 1 FROM import_unchanged u WHERE u.import_id = @id AND u.observation_id = n.id)
            ORDER BY n.id;
            """))
        {
            command.Add("@id", DbType.Int64, importId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var value = ObservationColumns.Read(reader, 0);
                if (reader.IsDBNull(20))
                {
                    added.Add(value);
                }
                else
                {
                    revised.Add(new ObservationRevision(ObservationColumns.Read(reader, 20), value));
                }
            }
        }

        var unchanged = new List<Observation>();
        await using (var command = connection.Command(
            null,
            $"""
            SELECT {ObservationColumns.Selected("o", "i")}
            FROM import_unchanged u JOIN observations o ON o.id = u.observation_id JOIN imports i ON i.id = o.import_id
            WHERE u.import_id = @id
            ORDER BY u.observation_id;
            """))
        {
            command.Add("@id", DbType.Int64, importId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                unchanged.Add(ObservationColumns.Read(reader, 0));
            }
        }

        return details with { Added = added, Revised = revised, Unchanged = unchanged };
    }

    /// <inheritdoc />
    public async Task<RevertOutcome?> RevertAsync(long importId, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);

        ImportRecord import;
        await using (var command = connection.Command(transaction, $"SELECT {ImportColumns} FROM imports WHERE id = @id;"))
        {
            command.Add("@id", DbType.Int64, importId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            import = ReadImport(reader);
        }

        if (import.Reverted)
        {
            return new RevertOutcome(import, AlreadyReverted: true, 0, 0, 0);
        }

        var own = await LoadOwnRowsAsync(connection, transaction, importId, cancellationToken).ConfigureAwait(false);
        var confirmations = await LoadLaterConfirmationsAsync(connection, transaction, importId, cancellationToken).ConfigureAwait(false);
        var predecessors = await LoadPredecessorsAsync(connection, transaction, importId, cancellationToken).ConfigureAwait(false);

        int removed = 0, restored = 0, keptLater = 0;
        foreach (var row in own)
        {
            long? before = predecessors.TryGetValue(row.Key, out var id) ? id : null;
            if (row.IsCurrent && confirmations.TryGetValue(row.Id, out var later))
            {
                // A later import holds the same value: the value stays, now with that import's lineage (its
                // file hash is that import's).
                await ExecuteAsync(
                    connection,
                    transaction,
                    "UPDATE observations SET import_id = @import_id, first_row = @first_row, last_row = @last_row WHERE id = @id;",
                    cancellationToken,
                    ("@import_id", DbType.Int64, later.ImportId),
                    ("@first_row", DbType.Int32, later.FirstRow),
                    ("@last_row", DbType.Int32, later.LastRow),
                    ("@id", DbType.Int64, row.Id)).ConfigureAwait(false);
                await RelinkAsync(connection, transaction, importId, row.Key, later.ImportId, cancellationToken).ConfigureAwait(false);
                keptLater++;
            }
            else if (row.IsCurrent)
            {
                await ExecuteAsync(connection, transaction, "UPDATE observations SET is_current = 0 WHERE id = @id;", cancellationToken, ("@id", DbType.Int64, row.Id)).ConfigureAwait(false);
                if (before is { } previous)
                {
                    await ExecuteAsync(
                        connection,
                        transaction,
                        "UPDATE observations SET is_current = 1, superseded_by_import = NULL WHERE id = @id;",
                        cancellationToken,
                        ("@id", DbType.Int64, previous)).ConfigureAwait(false);
                    restored++;
                }
                else
                {
                    removed++;
                }
            }
            else
            {
                // A later import revised it again: its value stays current; what this import replaced
                // is now what the later one replaced.
                await RelinkAsync(connection, transaction, importId, row.Key, row.SupersededBy!.Value, cancellationToken).ConfigureAwait(false);
                keptLater++;
            }
        }

        var revertedAt = StoredTime.Normalise(_time.GetUtcNow());
        await ExecuteAsync(
            connection,
            transaction,
            "UPDATE imports SET reverted = 1, reverted_at = @reverted_at WHERE id = @id;",
            cancellationToken,
            ("@reverted_at", DbType.DateTimeOffset, revertedAt),
            ("@id", DbType.Int64, importId)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new RevertOutcome(import with { Reverted = true }, AlreadyReverted: false, removed, restored, keptLater);
    }

    private static async Task<List<OwnRow>> LoadOwnRowsAsync(DbConnection connection, DbTransaction transaction, long importId, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            transaction,
            $"SELECT id, {ObservationColumns.KeyColumns}, is_current, superseded_by_import FROM observations WHERE import_id = @id ORDER BY id;");
        command.Add("@id", DbType.Int64, importId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<OwnRow>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new OwnRow(reader.GetInt64(0), ReadKey(reader, 1), reader.GetInt32(7) != 0, reader.GetNullableInt64(8)));
        }

        return rows;
    }

    /// <summary>For each current row of the import that a later, not reverted import found unchanged: the earliest such import.</summary>
    private static async Task<Dictionary<long, Confirmation>> LoadLaterConfirmationsAsync(DbConnection connection, DbTransaction transaction, long importId, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            transaction,
            """
            SELECT u.observation_id, u.import_id, u.first_row, u.last_row
            FROM import_unchanged u
              JOIN observations o ON o.id = u.observation_id
              JOIN imports i ON i.id = u.import_id
            WHERE o.import_id = @id AND o.is_current = 1 AND i.reverted = 0 AND u.import_id <> @id
            ORDER BY u.import_id;
            """);
        command.Add("@id", DbType.Int64, importId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var confirmations = new Dictionary<long, Confirmation>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            confirmations.TryAdd(reader.GetInt64(0), new Confirmation(reader.GetInt64(1), reader.GetInt32(2), reader.GetInt32(3)));
        }

        return confirmations;
    }

    /// <summary>Per key, the newest row of a not reverted import that the import superseded: the vintage a revert restores.</summary>
    private static async Task<Dictionary<StoredKey, long>> LoadPredecessorsAsync(DbConnection connection, DbTransaction transaction, long importId, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            transaction,
            $"""
            SELECT p.id, {Prefixed("p", ObservationColumns.KeyColumns)}
            FROM observations p JOIN imports i ON i.id = p.import_id
            WHERE p.superseded_by_import = @id AND i.reverted = 0
            ORDER BY p.id;
            """);
        command.Add("@id", DbType.Int64, importId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var predecessors = new Dictionary<StoredKey, long>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            predecessors[ReadKey(reader, 1)] = reader.GetInt64(0);
        }

        return predecessors;
    }

    /// <summary>Rows of <paramref name="key"/> that <paramref name="importId"/> superseded are now superseded by <paramref name="laterImportId"/>.</summary>
    private static Task RelinkAsync(DbConnection connection, DbTransaction transaction, long importId, StoredKey key, long laterImportId, CancellationToken cancellationToken) =>
        ExecuteAsync(
            connection,
            transaction,
            """
            UPDATE observations SET superseded_by_import = @later
            WHERE superseded_by_import = @id AND dataset = @dataset AND area_id = @area_id AND period = @period
              AND subject = @subject AND source = @source AND breakdown = @breakdown;
            """,
            cancellationToken,
            ("@later", DbType.Int64, laterImportId),
            ("@id", DbType.Int64, importId),
            ("@dataset", DbType.String, key.Dataset),
            ("@area_id", DbType.String, key.AreaId),
            ("@period", DbType.String, key.Period),
            ("@subject", DbType.String, key.Subject),
            ("@source", DbType.String, key.Source),
            ("@breakdown", DbType.String, key.Breakdown));

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, DbType Type, object? Value)[] parameters)
    {
        await using var command = connection.Command(transaction, sql);
        foreach (var (name, type, value) in parameters)
        {
            command.Add(name, type, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static StoredKey ReadKey(DbDataReader reader, int offset) => new(
        reader.GetString(offset),
        reader.GetString(offset + 1),
        reader.GetString(offset + 2),
        reader.GetString(offset + 3),
        reader.GetString(offset + 4),
        reader.GetString(offset + 5));

    /// <summary>A row the reverted import stored.</summary>
    private sealed record OwnRow(long Id, StoredKey Key, bool IsCurrent, long? SupersededBy);

    /// <summary>A later import that found the value unchanged, with the file rows that held it.</summary>
    private sealed record Confirmation(long ImportId, int FirstRow, int LastRow);
}
