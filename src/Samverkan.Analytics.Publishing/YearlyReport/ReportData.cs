using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Reports;
using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Publishing.YearlyReport;

/// <summary>
/// The results a report may use: the rows of one compute run whose period ends on or before the
/// scope's cutoff, indexed by indicator and area, with the catalogue's names.
/// </summary>
internal sealed class ReportData
{
    private readonly Dictionary<(string Indicator, string Area), List<IndicatorResult>> _series;

    public ReportData(Catalog catalog, ComputeRun run, IReadOnlyList<IndicatorResult> results, ReportScope scope)
    {
        Catalog = catalog;
        Run = run;
        Scope = scope;
        var comparer = StringTupleComparer.Instance;
        _series = results
            .Where(r => r.Period.End <= scope.Cutoff)
            .GroupBy(r => (r.IndicatorId, r.AreaId), comparer)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Period).ToList(), comparer);
        LatestPeriodEnd = _series.Values.SelectMany(s => s)
            .Where(r => r.Status is not (ResultStatus.Missing or ResultStatus.Suppressed))
            .Select(r => (DateOnly?)r.Period.End)
            .Max();
    }

    public Catalog Catalog { get; }

    public ComputeRun Run { get; }

    public ReportScope Scope { get; }

    /// <summary>The end of the latest period with a value in the report: the data vintage (<c>data t.o.m.</c>).</summary>
    public DateOnly? LatestPeriodEnd { get; }

    /// <summary>Every row up to the cutoff.</summary>
    public IEnumerable<IndicatorResult> Rows => _series.Values.SelectMany(s => s);

    /// <summary>The indicator × area's rows up to the cutoff, by period (empty when none).</summary>
    public IReadOnlyList<IndicatorResult> Series(string indicatorId, string areaId) =>
        _series.TryGetValue((indicatorId, areaId), out var rows) ? rows : [];

    /// <summary>The latest row up to the cutoff that is not <c>missing</c>, or null.</summary>
    public IndicatorResult? Latest(string indicatorId, string areaId) =>
        Series(indicatorId, areaId).LastOrDefault(r => r.Status != ResultStatus.Missing);

    /// <summary>True when the indicator has any row for the area.</summary>
    public bool Has(string indicatorId, string areaId) => _series.ContainsKey((indicatorId, areaId));

    /// <summary>The area, or a stand-in named by its id when the catalogue lacks it.</summary>
    public Area Area(string areaId) =>
        Catalog.Areas.Find(areaId) ?? new Area { Id = areaId, Name = areaId, Kind = AreaKind.Place };

    /// <summary>True for the city (<c>kommun-0180</c>).</summary>
    public bool IsCity(string areaId) => string.Equals(areaId, Catalog.CityAreaId, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The area's name in a table: <c>Hela staden</c> for the city, and the kind after names that
    /// several kinds share (<c>Järva (lokalpolisområde)</c>).
    /// </summary>
    public string AreaName(string areaId) => IsCity(areaId) ? ReportWords.City : Qualified(Area(areaId));

    /// <summary>The area's name inside a sentence (<c>hela staden</c> for the city), qualified like <see cref="AreaName"/>.</summary>
    public string AreaNameInSentence(string areaId) => IsCity(areaId) ? ReportWords.CityInSentence : Qualified(Area(areaId));

    /// <summary>The name, with the kind when another kind of area has the same name.</summary>
    public string Qualified(Area area) => Formatting.AreaLabels.Qualified(area, Catalog.Areas);

    /// <summary>The kind of area in Swedish, singular indefinite.</summary>
    public static string KindWord(AreaKind kind) => Formatting.AreaLabels.Kind(kind);

    /// <summary>The indicator with this id (overarching or local), or null.</summary>
    public IndicatorDefinition? Indicator(string indicatorId) =>
        Catalog.AllIndicators.FirstOrDefault(i => string.Equals(i.Id, indicatorId, StringComparison.OrdinalIgnoreCase));

    /// <summary>Areas of <paramref name="kind"/> that exist during the report period, in catalogue order.</summary>
    public IReadOnlyList<Area> AreasInPeriod(AreaKind kind) =>
        Catalog.Areas.OfKind(kind, Scope.Period.Start, Scope.Cutoff).ToList();

    /// <summary>Compares (indicator, area) keys case-insensitively, as catalogue ids are.</summary>
    private sealed class StringTupleComparer : IEqualityComparer<(string, string)>
    {
        public static readonly StringTupleComparer Instance = new();

        public bool Equals((string, string) x, (string, string) y) =>
            StringComparer.OrdinalIgnoreCase.Equals(x.Item1, y.Item1) && StringComparer.OrdinalIgnoreCase.Equals(x.Item2, y.Item2);

        public int GetHashCode((string, string) obj) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Item1), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Item2));
    }
}
