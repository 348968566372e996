namespace Samverkan.Analytics.Ingestion.Importing;

/// <summary>One inbox file after processing.</summary>
/// <param name="FileName">The file's name in the inbox.</param>
/// <param name="Outcome">What became of it.</param>
/// <param name="MovedTo">Its new path (archive or quarantine), or null when it stayed in the inbox.</param>
/// <param name="Import">The import result, or null when the file could not be read.</param>
public sealed record InboxFileResult(string FileName, InboxFileOutcome Outcome, string? MovedTo, FileImportResult? Import);
