namespace Samverkan.Analytics.Core.Imports;

/// <summary>What storing (or a dry run of storing) a parsed file did or would do.</summary>
/// <param name="Import">The import record (Id 0 for a dry run).</param>
/// <param name="AlreadyImported">True when the same bytes were imported before; nothing was stored.</param>
public sealed record ImportOutcome(ImportRecord Import, bool AlreadyImported)
{
    /// <summary>True when the stored data changed, so results must be recomputed.</summary>
    public bool ChangedData => !AlreadyImported && (Import.Added > 0 || Import.Revised > 0);
}
