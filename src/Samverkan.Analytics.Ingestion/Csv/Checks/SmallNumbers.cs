using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;

namespace Samverkan.Analytics.Ingestion.Csv.Checks;

using Catalog = Samverkan.Analytics.Core.Catalog.Catalog;

/// <summary>
/// Small numbers at import: one warning per indicator whose suppression threshold the file's values
/// fall below (survey respondents under <c>min_respondents</c>, counts under <c>suppress_below</c>),
/// naming the lines. The values are stored as they are; hiding them is the analysis's job.
/// </summary>
internal static class SmallNumbers
{
    /// <summary>The file with the warnings added (a rejected file is returned as it is).</summary>
    public static ParsedFile Apply(ParsedFile file, Catalog catalog)
    {
        if (file.IsRejected || file.Observations.Count == 0)
        {
            return file;
        }

        // One pass over the observations (they may be computed as they are enumerated), the lines of
        // each indicator's small values collected on the way.
        var checks = catalog.AllIndicators
            .Select(indicator => (Indicator: indicator, Threshold: indicator.Source.Dataset == Dataset.Survey ? indicator.MinRespondents : indicator.SuppressBelow))
            .Where(c => c.Threshold is not null)
            .Select(c => (c.Indicator, Threshold: c.Threshold!.Value, Lines: new List<int>()))
            .ToList();
        if (checks.Count == 0)
        {
            return file;
        }

        foreach (var o in file.Observations)
        {
            var number = Number(o);
            foreach (var (indicator, threshold, lines) in checks)
            {
                if (number < threshold && Feeds(indicator, o))
                {
                    lines.Add(o.Lineage?.FirstRow ?? 0);
                }
            }
        }

        var warnings = new List<RowIssue>();
        foreach (var (indicator, t, lines) in checks.Where(c => c.Lines.Count > 0))
        {
            var what = indicator.Source.Dataset == Dataset.Survey
                ? IngestionMessages.Format("färre än {0} svarande", t)
                : IngestionMessages.Format("ett antal under {0}", t);
            warnings.Add(new RowIssue(
                file.FileName,
                lines[0],
                0,
                IngestionMessages.Format(IngestionMessages.SmallNumbers, lines.Count, what, indicator.Id, RateCheck.Lines(lines)),
                IngestionMessages.SmallNumbersHint,
                IssueSeverity.Warning));
        }

        return warnings.Count == 0
            ? file
            : file with { Issues = file.Issues.Concat(warnings).OrderBy(i => i.Line == 0 ? int.MaxValue : i.Line).ThenBy(i => i.Column).ToList() };
    }

    private static double? Number(Observation o) => o.Dataset == Dataset.Survey ? o.Respondents : o.Value;

    private static bool Feeds(IndicatorDefinition indicator, Observation o)
    {
        var source = indicator.Source;
        if (source.Dataset != o.Dataset)
        {
            return false;
        }

        return o.Dataset switch
        {
            Dataset.Survey => string.Equals(source.Question, o.Subject, StringComparison.OrdinalIgnoreCase)
                && (string.IsNullOrEmpty(source.Survey) || o.Source.Length == 0 || string.Equals(source.Survey, o.Source, StringComparison.OrdinalIgnoreCase)),
            Dataset.Crime => source.Categories.Contains(o.Subject, StringComparer.OrdinalIgnoreCase),
            Dataset.Measurement => string.Equals(source.MeasurementKey ?? indicator.Id, o.Subject, StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }
}
