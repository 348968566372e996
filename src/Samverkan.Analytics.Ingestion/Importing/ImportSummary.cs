using System.Globalization;
using Samverkan.Analytics.Core.Imports;

namespace Samverkan.Analytics.Ingestion.Importing;

/// <summary>
/// The lines a person reads about one import or dry run: every error, the first warnings, and one
/// summary line. <c>samverkan validate|ingest</c> prints them and <c>POST /api/imports</c> returns
/// them, so both say exactly the same.
/// </summary>
public static class ImportSummary
{
    /// <summary>Warnings beyond this many are counted, not listed.</summary>
    public const int MaxWarningsShown = 20;

    /// <summary>The report lines, in order.</summary>
    public static IReadOnlyList<string> Lines(FileImportResult result, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(result);
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

    /// <summary>The one-line outcome: rejected, already imported, or what was (or would be) added, revised and left.</summary>
    public static string Summary(FileImportResult result, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(result);
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
            $"{file.FileName}: {verb} ({kind}, {file.Format}; {file.Detected}): {i.Added} added, {i.Revised} revised, {i.Unchanged} unchanged, {i.Warnings} warnings.");
    }
}
