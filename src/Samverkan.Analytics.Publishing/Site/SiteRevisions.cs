using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Publishing.Site;

/// <summary>
/// The earlier vintages behind a run's revised rows (flag <c>revised</c>): per indicator × area ×
/// period, the stored values it was computed from that replaced an earlier delivery, with the earlier
/// value and its import. A value feeds a row when it is the indicator's (dataset, survey and question,
/// crime categories or measurement key; the total), its period lies in the row's period, and its area
/// is the row's, a district merged into it or a district the crosswalk apportions to it. Values of
/// areas the site's scope does not show are left out (the page then says only that such exist).
/// </summary>
internal sealed class SiteRevisions
{
    private readonly Dictionary<IndicatorResult, List<RevisedValue>> _byRow;

    private SiteRevisions(bool known, Dictionary<IndicatorResult, List<RevisedValue>> byRow)
    {
        IsKnown = known;
        _byRow = byRow;
    }

    /// <summary>No revision history was given: revised rows are marked but not linked.</summary>
    public static SiteRevisions Unknown { get; } = new(false, new Dictionary<IndicatorResult, List<RevisedValue>>(ReferenceEqualityComparer.Instance));

    /// <summary>True when the history was given (then every revised row has its section on the revisions page).</summary>
    public bool IsKnown { get; }

    /// <summary>
    /// Indexes <paramref name="revised"/> (values imported after the run's data vintage are left out)
    /// by the revised rows of <paramref name="results"/> they feed.
    /// </summary>
    public static SiteRevisions Build(Catalog catalog, ComputeRun run, IReadOnlyList<IndicatorResult> results, IReadOnlyList<RevisedValue>? revised)
    {
        if (revised is null)
        {
            return Unknown;
        }

        var inRun = revised.Where(r => run.LatestImportId is not { } latest || r.CurrentImport.Id <= latest).ToList();
        var indicators = catalog.AllIndicators.DistinctBy(i => i.Id, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(i => i.Id, StringComparer.OrdinalIgnoreCase);
        var byRow = new Dictionary<IndicatorResult, List<RevisedValue>>(ReferenceEqualityComparer.Instance);
        var ofIndicator = new Dictionary<string, List<RevisedValue>>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in results.Where(IsRevised))
        {
            if (!indicators.TryGetValue(row.IndicatorId, out var indicator))
            {
                byRow[row] = [];
                continue;
            }

            if (!ofIndicator.TryGetValue(indicator.Id, out var candidates))
            {
                ofIndicator[indicator.Id] = candidates = inRun.Where(r => IsIndicators(indicator, r.Current)).ToList();
            }

            byRow[row] = candidates.Where(r => Feeds(catalog, r.Current, row)).ToList();
        }

        return new SiteRevisions(true, byRow);
    }

    /// <summary>True when the row carries the <c>revised</c> flag.</summary>
    public static bool IsRevised(IndicatorResult row) => row.Flags.Contains("revised");

    /// <summary>The revised rows of an indicator, as given.</summary>
    public IEnumerable<IndicatorResult> RowsOf(string indicatorId) =>
        _byRow.Keys.Where(r => string.Equals(r.IndicatorId, indicatorId, StringComparison.OrdinalIgnoreCase));

    /// <summary>The stored values behind a revised row, with their earlier vintages.</summary>
    public IReadOnlyList<RevisedValue> Of(IndicatorResult row) => _byRow.GetValueOrDefault(row) ?? [];

    /// <summary>The site-relative link to a revised row's section, or null when the row is not revised or the history unknown.</summary>
    public string? Link(IndicatorResult row) =>
        IsKnown && _byRow.ContainsKey(row) ? Page(row.IndicatorId) + "#" + Anchor(row) : null;

    /// <summary>The revisions page of an indicator: <c>revideringar/{indicator}.html</c>.</summary>
    public static string Page(string indicatorId) => $"revideringar/{SitePaths.Segment(indicatorId)}.html";

    /// <summary>The anchor of a row's section: <c>rev-{area}-{period}</c>.</summary>
    public static string Anchor(IndicatorResult row) => $"rev-{SitePaths.Segment(row.AreaId)}-{SitePaths.Segment(row.Period.ToString())}";

    /// <summary>True when the stored value is of the indicator's source: its survey and question, crime categories or measurement (the total).</summary>
    private static bool IsIndicators(IndicatorDefinition indicator, Observation o)
    {
        var source = indicator.Source;
        return o.Dataset == source.Dataset && o.Breakdown == "total" && source.Dataset switch
        {
            Dataset.Survey => string.Equals(o.Source, source.Survey, StringComparison.OrdinalIgnoreCase)
                && string.Equals(o.Subject, source.Question, StringComparison.OrdinalIgnoreCase),
            Dataset.Crime => source.Categories.Contains(o.Subject, StringComparer.OrdinalIgnoreCase),
            Dataset.Measurement => string.Equals(o.Subject, source.MeasurementKey ?? indicator.Id, StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }

    /// <summary>True when the stored value lies in the row's period and area (or a district merged into or apportioned to it).</summary>
    private static bool Feeds(Catalog catalog, Observation o, IndicatorResult row) =>
        (int)o.Period.Kind >= (int)row.Period.Kind && o.Period.RollUpTo(row.Period.Kind) == row.Period
        && FeedsArea(catalog, o.AreaId, row.AreaId);

    private static bool FeedsArea(Catalog catalog, string valueArea, string rowArea) =>
        string.Equals(valueArea, rowArea, StringComparison.OrdinalIgnoreCase)
        || string.Equals(catalog.Areas.Find(valueArea)?.SuccessorId, rowArea, StringComparison.OrdinalIgnoreCase)
        || catalog.Areas.Overlaps.Any(x => string.Equals(x.LocalPoliceAreaId, rowArea, StringComparison.OrdinalIgnoreCase)
            && (string.Equals(x.DistrictId, valueArea, StringComparison.OrdinalIgnoreCase)
                || string.Equals(catalog.Areas.Find(valueArea)?.SuccessorId, x.DistrictId, StringComparison.OrdinalIgnoreCase)));
}
