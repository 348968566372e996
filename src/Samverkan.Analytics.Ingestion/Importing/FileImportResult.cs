using Samverkan.Analytics.Core.Imports;

namespace Samverkan.Analytics.Ingestion.Importing;

/// <summary>What importing one file did: the parsed file, and the store's outcome unless the file was rejected.</summary>
/// <param name="File">The parsed file with every issue (errors and warnings).</param>
/// <param name="Outcome">What the store did or, for a dry run, would do; null when the file was rejected.</param>
public sealed record FileImportResult(ParsedFile File, ImportOutcome? Outcome)
{
    /// <summary>True when the file had errors, so nothing of it was stored.</summary>
    public bool IsRejected => Outcome is null;
}
