namespace Samverkan.Analytics.Core.Imports;

/// <summary>What reverting an import did.</summary>
/// <param name="Import">The import, now marked reverted.</param>
/// <param name="AlreadyReverted">True when it was reverted before; nothing changed.</param>
/// <param name="Removed">Values the import had added that are no longer current (their keys have no value now).</param>
/// <param name="Restored">Older vintages that are current again.</param>
/// <param name="KeptLater">Values a later import had revised again: the later value stays current.</param>
public sealed record RevertOutcome(ImportRecord Import, bool AlreadyReverted, int Removed, int Restored, int KeptLater)
{
    /// <summary>True when current values changed, so results must be recomputed.</summary>
    public bool ChangedData => !AlreadyReverted && (Removed > 0 || Restored > 0);
}
