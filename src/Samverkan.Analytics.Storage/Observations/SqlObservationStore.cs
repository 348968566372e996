using System.Data;
using System.Data.Common;
using System.Globalization;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Storage.Connections;
using Samverkan.Analytics.Storage.Mapping;

namespace Samverkan.Analytics.Storage.Observations;

/// <summary>
/// Observations in SQL, with vintages and lineage (docs/storage.md). An import is one transaction
/// holding the writer lock: a file hash seen before stores nothing; otherwise every observation
/// whose key has no current row is added, one equal in value and status to the current row is left
/// (unchanged, and recorded as such), and one that differs supersedes the current row, which is
/// kept as history. A revert undoes one import (<c>SqlObservationStore.History.cs</c>).
/// </summary>
public sealed partial class SqlObservationStore : IObservationStore, IImportHistory
{
    private const string ImportColumns =
        "id, file_name, file_hash, kind, format, imported_at, added, revised, unchanged, warnings, reverted, detected, reverted_at";

    private readonly ISqlConnectionFactory _connections;
    private readonly TimeProvider _time;
    private readonly SqlDialect _dialect;

    /// <summary>Creates the store over an up-to-date schema (run <see cref="Migrations.SchemaMigrator"/> first).</summary>
    public SqlObservationStore(ISqlConnectionFactory connections, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(connections);
        ArgumentNullException.ThrowIfNull(time);
        _connections = connections;
        _time = time;
        _dialect = SqlDialect.For(connections.Provider);
    }

    /// <summary>Test hook (fault injection): called after each observation row written, with the number written so far.</summary>
    internal Action<int>? AfterObservationsWritten { get; set; }

    /// <inheritdoc />
    /// <remarks>
    /// The observations are enumerated once, in order, and written a chunk at a time inside the one
    /// transaction (<c>SqlObservationStore.Streaming.cs</c>), so a file's observations may be computed as
    /// they are enumerated and are never all held by the store.
    /// </remarks>
    /// <exception cref="ArgumentException">
    /// The file is rejected, has no kind, holds one key twice, or a value is NaN. Nothing is stored (the
    /// last two are found while writing, and the transaction is rolled back).
    /// </exception>
    public async Task<ImportOutcome> ImportAsync(ParsedFile file, bool dryRun, CancellationToken cancellationToken) =>
        (await WriteImportAsync(file, null, dryRun, cancellationToken).ConfigureAwait(false))!;

    /// <inheritdoc />
    /// <remarks>
    /// The observations are written first and the hash is awaited only before the commit, so a large
    /// file's hashing pass ends while its rows are stored. The import row holds a placeholder hash until
    /// then (unique, and never seen outside the transaction). A file imported before is found then: its
    /// rows are rolled back, as a file without the pass's confirmation is.
    /// </remarks>
    public Task<ImportOutcome?> ImportAsync(ParsedFile file, Func<CancellationToken, Task<string?>> fileHash, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fileHash);
        return WriteImportAsync(file, fileHash, dryRun, cancellationToken);
    }

    /// <summary>The one import transaction; <paramref name="laterHash"/> non-null when the file's hash comes last (null only then).</summary>
    private async Task<ImportOutcome?> WriteImportAsync(ParsedFile file, Func<CancellationToken, Task<string?>>? laterHash, bool dryRun, CancellationToken cancellationToken)
    {
        var kind = Validate(file, hashKnown: laterHash is null);
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);

        if (laterHash is null && await FindImportAsync(connection, transaction, file.FileHash, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return new ImportOutcome(existing, AlreadyImported: true);
        }

        var record = new ImportRecord
        {
            Id = 0,
            FileName = file.FileName,
            FileHash = laterHash is null ? file.FileHash : "pending-" + Guid.NewGuid().ToString("N"),
            Kind = kind,
            Format = file.Format,
            ImportedAt = StoredTime.Normalise(_time.GetUtcNow()),
            Warnings = file.Warnings.Count(),
        };

        var importId = await InsertImportAsync(connection, transaction, record, file.Detected, cancellationToken).ConfigureAwait(false);
        var (added, revised, unchanged) = await WriteObservationsAsync(connection, transaction, file, importId, cancellationToken).ConfigureAwait(false);
        record = record with { Added = added, Revised = revised, Unchanged = unchanged };
        if (laterHash is not null)
        {
            if (await laterHash(cancellationToken).ConfigureAwait(false) is not { } hash)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                return null;
            }

            if (await FindImportAsync(connection, transaction, hash, cancellationToken).ConfigureAwait(false) is { } earlier)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                return new ImportOutcome(earlier, AlreadyImported: true);
            }

            record = record with { FileHash = hash };
        }

        await UpdateCountsAsync(connection, transaction, importId, record, cancellationToken).ConfigureAwait(false);

        if (dryRun)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return new ImportOutcome(record, AlreadyImported: false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new ImportOutcome(record with { Id = importId }, AlreadyImported: false);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Observation>> GetCurrentObservationsAsync(CancellationToken cancellationToken) =>
        GetCurrentAsync(null, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Observation>> GetCurrentObservationsAsync(Dataset dataset, CancellationToken cancellationToken) =>
        GetCurrentAsync(dataset, cancellationToken);

    private async Task<IReadOnlyList<Observation>> GetCurrentAsync(Dataset? dataset, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        // Revised: an older vintage of the key, of an import that is not reverted, was replaced.
        await using var command = connection.Command(
            null,
            $"""
            SELECT {ObservationColumns.Selected("o", "i")},
                   CASE WHEN EXISTS (
                       SELECT 1 FROM observations h JOIN imports hi ON hi.id = h.import_id
                       WHERE h.dataset = o.dataset AND h.area_id = o.area_id AND h.period = o.period
                         AND h.subject = o.subject AND h.source = o.source AND h.breakdown = o.breakdown
                         AND h.is_current = 0 AND h.superseded_by_import IS NOT NULL AND hi.reverted = 0)
                   THEN 1 ELSE 0 END
            FROM observations o JOIN imports i ON i.id = o.import_id
            WHERE o.is_current = 1 AND i.reverted = 0{(dataset is null ? "" : " AND o.dataset = @dataset")}
            ORDER BY o.id;
            """);
        if (dataset is { } only)
        {
            command.Add("@dataset", DbType.String, EnumWords<Dataset>.ToWord(only));
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var observations = new List<Observation>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            observations.Add(ObservationColumns.Read(reader, 0) with { Revised = reader.GetInt32(20) != 0 });
        }

        return observations;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ImportRecord>> ListImportsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(null, $"SELECT {ImportColumns} FROM imports ORDER BY id DESC;");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var imports = new List<ImportRecord>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            imports.Add(ReadImport(reader));
        }

        return imports;
    }

    private static InputKind Validate(ParsedFile file, bool hashKnown)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.IsRejected)
        {
            throw new ArgumentException($"{file.FileName} was rejected ({file.Errors.Count()} errors); a rejected file is never stored.", nameof(file));
        }

        if (hashKnown)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(file.FileHash, nameof(file));
        }

        if (file.Kind is not { } kind)
        {
            throw new ArgumentException($"{file.FileName} has no input kind; an import records one.", nameof(file));
        }

        return kind;
    }

    private static string Where(Observation observation) =>
        observation.Lineage is { } l ? $"rad {l.FirstRow}" : "ingen rad";

    private static string Prefixed(string alias, string columns) => ObservationColumns.Prefixed(alias, columns);

    private static async Task<ImportRecord?> FindImportAsync(DbConnection connection, DbTransaction transaction, string fileHash, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction, $"SELECT {ImportColumns} FROM imports WHERE file_hash = @file_hash AND reverted = 0;");
        command.Add("@file_hash", DbType.String, fileHash);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadImport(reader) : null;
    }

    private static ImportRecord ReadImport(DbDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        FileName = reader.GetString(1),
        FileHash = reader.GetString(2),
        Kind = InputKinds.TryParse(reader.GetString(3), out var kind)
            ? kind
            : throw new FormatException($"Column imports.kind holds '{reader.GetString(3)}', which is not an input kind."),
        Format = reader.GetString(4),
        ImportedAt = reader.GetTimestamp(5),
        Added = reader.GetInt32(6),
        Revised = reader.GetInt32(7),
        Unchanged = reader.GetInt32(8),
        Warnings = reader.GetInt32(9),
        Reverted = reader.GetInt32(10) != 0,
    };

    private static ImportDetails ReadDetails(DbDataReader reader) => new()
    {
        Import = ReadImport(reader),
        Detected = reader.GetString(11),
        RevertedAt = reader.IsDBNull(12) ? null : reader.GetTimestamp(12),
    };

    private static async Task<long> InsertImportAsync(DbConnection connection, DbTransaction transaction, ImportRecord record, string detected, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            transaction,
            """
            INSERT INTO imports (file_name, file_hash, kind, format, imported_at, added, revised, unchanged, warnings, reverted, detected)
            VALUES (@file_name, @file_hash, @kind, @format, @imported_at, @added, @revised, @unchanged, @warnings, 0, @detected)
            RETURNING id;
            """);
        command.Add("@detected", DbType.String, detected ?? "");
        command.Add("@file_name", DbType.String, record.FileName);
        command.Add("@file_hash", DbType.String, record.FileHash);
        command.Add("@kind", DbType.String, record.Kind.ToName());
        command.Add("@format", DbType.String, record.Format);
        command.Add("@imported_at", DbType.DateTimeOffset, record.ImportedAt);
        command.Add("@added", DbType.Int32, record.Added);
        command.Add("@revised", DbType.Int32, record.Revised);
        command.Add("@unchanged", DbType.Int32, record.Unchanged);
        command.Add("@warnings", DbType.Int32, record.Warnings);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    private static async Task UpdateCountsAsync(DbConnection connection, DbTransaction transaction, long importId, ImportRecord record, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            transaction, "UPDATE imports SET file_hash = @file_hash, added = @added, revised = @revised, unchanged = @unchanged WHERE id = @id;");
        command.Add("@file_hash", DbType.String, record.FileHash);
        command.Add("@added", DbType.Int32, record.Added);
        command.Add("@revised", DbType.Int32, record.Revised);
        command.Add("@unchanged", DbType.Int32, record.Unchanged);
        command.Add("@id", DbType.Int64, importId);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task SupersedeAsync(DbConnection connection, DbTransaction transaction, List<long> rowIds, long importId, CancellationToken cancellationToken)
    {
        if (rowIds.Count == 0)
        {
            return;
        }

        await using var command = connection.Command(
            transaction, "UPDATE observations SET is_current = 0, superseded_by_import = @import_id WHERE id = @id AND is_current = 1;");
        command.Add("@import_id", DbType.Int64, importId);
        var id = command.Add("@id", DbType.Int64, 0L);
        await command.PrepareAsync(cancellationToken).ConfigureAwait(false);
        foreach (var rowId in rowIds)
        {
            id.Value = rowId;
            if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
            {
                throw new InvalidOperationException($"Observation row {rowId} was no longer current while import {importId} revised it.");
            }
        }
    }
}
