namespace Samverkan.Analytics.Ingestion.Importing;

/// <summary>What became of one inbox file.</summary>
public enum InboxFileOutcome
{
    /// <summary>Imported and moved to <c>archive/</c>.</summary>
    Imported,

    /// <summary>The same bytes were imported before; moved to <c>archive/</c>.</summary>
    AlreadyImported,

    /// <summary>Rejected; moved to <c>quarantine/</c> with its error report beside it.</summary>
    Rejected,

    /// <summary>Could not be read (still being written, locked); left in the inbox for the next run.</summary>
    Skipped,
}
