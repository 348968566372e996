using System.Globalization;
using Samverkan.Analytics.Core.Explanations;
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
            lines.Add(string.Create(SwedishFormat.Culture, $"{file.FileName}: ytterligare {warnings.Count - MaxWarningsShown:N0} varningar visas inte."));
        }

        lines.Add(Summary(result, dryRun));
        return lines;
    }

    /// <summary>The one-line outcome: rejected, already imported, or what was (or would be) added, revised and left.</summary>
    public static string Summary(FileImportResult result, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(result);
        var file = result.File;
        var kind = file.Kind is { } k ? k.ToName() : "okänd sort";
        if (result.Outcome is not { } outcome)
        {
            return string.Create(SwedishFormat.Culture,
                $"{file.FileName}: avvisad ({file.Errors.Count():N0} fel); inget sparades. Rätta raderna ovan och kör igen.");
        }

        if (outcome.AlreadyImported)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"{file.FileName}: redan inläst som import {outcome.Import.Id} (samma innehåll); inget {(dryRun ? "skulle sparas" : "sparades")}.");
        }

        var i = outcome.Import;
        var verb = dryRun ? "skulle läsas in" : string.Create(CultureInfo.InvariantCulture, $"inläst som import {i.Id}");
        return string.Create(SwedishFormat.Culture,
            $"{file.FileName}: {verb} ({kind}, {file.Format}; {file.Detected}): {i.Added:N0} tillagda, {i.Revised:N0} reviderade, {i.Unchanged:N0} oförändrade, {i.Warnings:N0} {(i.Warnings == 1 ? "varning" : "varningar")}.");
    }
}
