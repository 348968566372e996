namespace Samverkan.Analytics.Core.Imports;

/// <summary>
/// The history of imports (implemented by Storage beside <see cref="IObservationStore"/>): what one
/// import added, revised and left, and undoing an import. Kept apart from the store port so that
/// fakes of <see cref="IObservationStore"/> need not implement it.
/// </summary>
public interface IImportHistory
{
    /// <summary>What import <paramref name="importId"/> stored: its record, values added, revised (old → new) and left unchanged; null when there is no such import.</summary>
    Task<ImportDetails?> GetImportDetailsAsync(long importId, CancellationToken cancellationToken);

    /// <summary>
    /// Undoes import <paramref name="importId"/> in one transaction: the values it added stop being
    /// current, and the vintages it replaced become current again (where a later import revised the
    /// value again, the later value stays current). The import and its values stay as history; the
    /// same file can be imported again later. Null when there is no such import.
    /// </summary>
    Task<RevertOutcome?> RevertAsync(long importId, CancellationToken cancellationToken);
}
