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
            lines.Add($"{file.FileName}: ytterligare {SwedishFormat.Count(warnings.Count - MaxWarningsShown, "varning", "varningar")} visas inte.");
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
        return $"{file.FileName}: {verb} ({kind}, {file.Format}; {DetectedText.ForPeople(file.Detected)}): {Counts(i)}.";
    }

    /// <summary>
    /// What an import did to the stored values, as people read it: <c>1 tillagt, 2 reviderade,
    /// 1 234 oförändrade, 1 varning</c> (the words agree with the values counted, <c>värde</c>).
    /// </summary>
    public static string Counts(ImportRecord import)
    {
        ArgumentNullException.ThrowIfNull(import);
        return $"{SwedishFormat.Count(import.Added, "tillagt", "tillagda")}, {SwedishFormat.Count(import.Revised, "reviderat", "reviderade")}, " +
            $"{SwedishFormat.Count(import.Unchanged, "oförändrat", "oförändrade")}, {SwedishFormat.Count(import.Warnings, "varning", "varningar")}";
    }
}
