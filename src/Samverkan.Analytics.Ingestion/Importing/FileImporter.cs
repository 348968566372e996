using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Ingestion.Csv;
using Samverkan.Analytics.Ingestion.Csv.Checks;

namespace Samverkan.Analytics.Ingestion.Importing;

using Catalog = Samverkan.Analytics.Core.Catalog.Catalog;

/// <summary>
/// Reads a file and, unless it is rejected, hands it to the store as one import (the Cli's
/// <c>validate</c> and <c>ingest</c>, the Host's inbox job and uploads). A rejected file never
/// reaches the store; bad input is a result, not an exception. Failures of the store propagate.
/// Before reading, it gives the reader today's date (periods that have not begun are refused) and
/// the stored populations (a publisher's rate column is checked against them).
/// </summary>
/// <param name="store">The observation store.</param>
/// <param name="reader">The file reader.</param>
/// <param name="catalog">The catalogue areas and categories are resolved in.</param>
/// <param name="time">The clock for today's date (the system clock when null).</param>
public sealed class FileImporter(IObservationStore store, CsvFileReader reader, Catalog catalog, TimeProvider? time = null)
{
    /// <summary>Reads the file at <paramref name="path"/> and imports it (or, with <paramref name="dryRun"/>, says what an import would do).</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The kind and area kind, when the caller knows them.</param>
    /// <param name="dryRun">True to write nothing.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    /// <returns>The parsed file and the store's outcome, or the rejection.</returns>
    public async Task<FileImportResult> ImportAsync(string path, ReadOptions? options, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var complete = await CompleteAsync(options, cancellationToken).ConfigureAwait(false);
        var reading = reader.StartReadFile(path, catalog, complete);
        if (reading.Early is { IsRejected: false } early
            && await StoreEarlyAsync(reading, early, dryRun, cancellationToken).ConfigureAwait(false) is { } outcome)
        {
            return new FileImportResult(reading.Settle(), outcome);
        }

        return await StoreAsync(reading.Settle(), dryRun, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Stores a large file's rows while its hash pass still runs: the store writes them and commits
    /// only when the pass confirms the read. Null when it does not (nothing is stored; the file is then
    /// settled and stored, or rejected, the ordinary way). A failure of the store counts only if the
    /// read holds: a file the pass rejects is reported as rejected, whatever its rows did to the store.
    /// </summary>
    private async Task<ImportOutcome?> StoreEarlyAsync(FileReading reading, ParsedFile early, bool dryRun, CancellationToken cancellationToken)
    {
        try
        {
            return await store.ImportAsync(early, reading.ConfirmHashAsync, dryRun, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            if (await reading.ConfirmHashAsync(CancellationToken.None).ConfigureAwait(false) is not null)
            {
                throw;
            }

            return null;
        }
    }

    /// <summary>Imports a file's bytes (an upload); <paramref name="fileName"/> names it in messages and the import record.</summary>
    /// <param name="fileName">The file name as the user knows it.</param>
    /// <param name="bytes">The content.</param>
    /// <param name="options">The kind and area kind, when the caller knows them.</param>
    /// <param name="dryRun">True to write nothing.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    /// <returns>The parsed file and the store's outcome, or the rejection.</returns>
    public async Task<FileImportResult> ImportAsync(string fileName, byte[] bytes, ReadOptions? options, bool dryRun, CancellationToken cancellationToken)
    {
        var complete = await CompleteAsync(options, cancellationToken).ConfigureAwait(false);
        var parsed = reader.Read(fileName, bytes, catalog, complete);
        return await StoreAsync(parsed, dryRun, cancellationToken).ConfigureAwait(false);
    }

    private async Task<FileImportResult> StoreAsync(ParsedFile parsed, bool dryRun, CancellationToken cancellationToken)
    {
        if (parsed.IsRejected)
        {
            return new FileImportResult(parsed, null);
        }

        var outcome = await store.ImportAsync(parsed, dryRun, cancellationToken).ConfigureAwait(false);
        return new FileImportResult(parsed, outcome);
    }

    /// <summary>The caller's options with today and the stored populations filled in where the caller left them out.</summary>
    private async Task<ReadOptions> CompleteAsync(ReadOptions? options, CancellationToken cancellationToken)
    {
        options ??= ReadOptions.Default;
        var today = options.Today ?? DateOnly.FromDateTime((time ?? TimeProvider.System).GetUtcNow().UtcDateTime);
        var populations = options.Populations
            ?? PopulationTable.From(await store.GetCurrentObservationsAsync(Dataset.Population, cancellationToken).ConfigureAwait(false));
        return options with { Today = today, Populations = populations };
    }
}
