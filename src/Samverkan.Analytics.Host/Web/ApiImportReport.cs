using System.Text.Json.Serialization;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Ingestion.Importing;

namespace Samverkan.Analytics.Host.Web;

/// <summary>
/// What <c>POST /api/imports</c> did with a file: the same report <c>samverkan ingest</c> prints
/// (<c>report</c>, one line each), and the same facts as fields. <c>outcome</c> is <c>imported</c>,
/// <c>already-imported</c>, <c>would-import</c> (dry run) or <c>rejected</c>.
/// </summary>
public sealed record ApiImportReport(
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("file_name")] string FileName,
    [property: JsonPropertyName("file_hash")] string FileHash,
    [property: JsonPropertyName("kind")] string? Kind,
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("detected")] string Detected,
    [property: JsonPropertyName("rows")] int Rows,
    [property: JsonPropertyName("import")] ApiImport? Import,
    [property: JsonPropertyName("changed_data")] bool ChangedData,
    [property: JsonPropertyName("issues")] IReadOnlyList<ApiIssue> Issues,
    [property: JsonPropertyName("report")] IReadOnlyList<string> Report)
{
    /// <summary>The report of one import (or dry run).</summary>
    public static ApiImportReport From(FileImportResult result, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(result);
        var file = result.File;
        var outcome = result.Outcome switch
        {
            null => "rejected",
            { AlreadyImported: true } => "already-imported",
            _ when dryRun => "would-import",
            _ => "imported",
        };
        var import = result.Outcome is { } o && !dryRun ? ApiImport.From(o.Import) : null;
        return new ApiImportReport(outcome, file.FileName, file.FileHash, file.Kind?.ToName(), file.Format, DetectedText.ForPeople(file.Detected), file.RowCount,
            import, !dryRun && result.Outcome?.ChangedData == true, file.Issues.Select(ApiIssue.From).ToList(), ImportSummary.Lines(result, dryRun));
    }
}
