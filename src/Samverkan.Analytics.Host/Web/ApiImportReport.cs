using System.Globalization;
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
    private const int MaxWarningsShown = 20;

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
        return new ApiImportReport(outcome, file.FileName, file.FileHash, file.Kind?.ToName(), file.Format, file.Detected, file.RowCount,
            import, !dryRun && result.Outcome?.ChangedData == true, file.Issues.Select(ApiIssue.From).ToList(), Lines(result, dryRun));
    }

    /// <summary>The lines <c>samverkan ingest</c> (or <c>validate</c>) prints for the file.</summary>
    private static List<string> Lines(FileImportResult result, bool dryRun)
    {
        var file = result.File;
        var lines = file.Errors.Select(e => e.ToString()).ToList();
        var warnings = file.Warnings.ToList();
        lines.AddRange(warnings.Take(MaxWarningsShown).Select(w => w.ToString()));
        if (warnings.Count > MaxWarningsShown)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{file.FileName}: {warnings.Count - MaxWarningsShown} more warnings not shown."));
        }

        lines.Add(Summary(result, dryRun));
        return lines;
    }

    private static string Summary(FileImportResult result, bool dryRun)
    {
        var file = result.File;
        var kind = file.Kind is { } k ? k.ToName() : "unknown kind";
        if (result.Outcome is not { } outcome)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"{file.FileName}: rejected ({file.Errors.Count()} errors); nothing stored. Fix the lines above and run again.");
        }

        if (outcome.AlreadyImported)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"{file.FileName}: already imported as import {outcome.Import.Id} (same content); nothing {(dryRun ? "would be" : "was")} stored.");
        }

        var i = outcome.Import;
        var verb = dryRun ? "would import" : $"imported as import {i.Id}";
        return string.Create(CultureInfo.InvariantCulture,
            $"{file.FileName}: {verb} ({kind}, {file.Format}; {file.Detected}): {i.Added} added, {i.Revised} revised, {i.Unchanged} unchanged, {i.Warnings} rows left out.");
    }
}
