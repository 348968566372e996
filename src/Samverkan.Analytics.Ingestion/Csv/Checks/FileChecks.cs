using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Periods;

namespace Samverkan.Analytics.Ingestion.Csv.Checks;

/// <summary>
/// Checks on a whole parsed file, whatever its format, so that no reader can let them through: a key
/// given twice, and one series given in two granularities for overlapping periods (a year and a month
/// of it), which would be counted twice when months are summed.
/// </summary>
internal static class FileChecks
{
    /// <summary>The file with any problem found added as an error.</summary>
    public static ParsedFile Apply(ParsedFile file)
    {
        if (file.Observations is ComputedObservations)
        {
            // One cell per key and one granularity by construction; holding every key here would cost
            // more than the reader's whole tally (ComputedObservations).
            return file;
        }

        var issues = new List<RowIssue>();
        var seen = new Dictionary<ObservationKey, int>();
        foreach (var o in file.Observations)
        {
            var line = o.Lineage?.FirstRow ?? 0;
            if (!seen.TryAdd(o.Key, line))
            {
                issues.Add(new RowIssue(file.FileName, line, 0, IngestionMessages.Format(IngestionMessages.DuplicateRow, line, seen[o.Key], KeyTracker.Describe(o.Key)), IngestionMessages.DuplicateRowHint));
            }
        }

        foreach (var series in file.Observations.GroupBy(o => (o.Dataset, o.AreaId, o.Subject, o.Source, o.Breakdown)))
        {
            if (series.Select(o => o.Period.Kind).Distinct().Count() > 1 && FindOverlap(series.ToList()) is { } overlap)
            {
                var (fine, coarse) = overlap;
                issues.Add(new RowIssue(
                    file.FileName,
                    fine.Lineage?.FirstRow ?? 0,
                    0,
                    IngestionMessages.Format(
                        IngestionMessages.MixedGranularity,
                        fine.Lineage?.FirstRow ?? 0,
                        $"{series.Key.AreaId}, {series.Key.Subject}",
                        KindWord(fine.Period.Kind),
                        fine.Period,
                        KindWord(coarse.Period.Kind),
                        coarse.Period,
                        coarse.Lineage?.FirstRow ?? 0),
                    IngestionMessages.MixedGranularityHint));
            }
        }

        return issues.Count == 0
            ? file
            : file with { Issues = file.Issues.Concat(issues).OrderBy(i => i.Line == 0 ? int.MaxValue : i.Line).ThenBy(i => i.Column).ToList() };
    }

    private static (Observation Fine, Observation Coarse)? FindOverlap(List<Observation> series)
    {
        foreach (var coarse in series.Where(o => o.Period.Kind != PeriodKind.Month).OrderBy(o => o.Lineage?.FirstRow ?? 0))
        {
            var fine = series
                .Where(o => o.Period.Kind > coarse.Period.Kind && o.Period.Start >= coarse.Period.Start && o.Period.End <= coarse.Period.End)
                .OrderBy(o => o.Lineage?.FirstRow ?? 0)
                .FirstOrDefault();
            if (fine is not null)
            {
                return (fine, coarse);
            }
        }

        return null;
    }

    private static string KindWord(PeriodKind kind) => kind switch
    {
        PeriodKind.Year => "året",
        PeriodKind.Quarter => "kvartalet",
        _ => "månaden",
    };
}
