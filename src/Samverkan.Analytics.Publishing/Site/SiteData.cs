using Samverkan.Analytics.Core.Agreements;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Charts;
using Samverkan.Analytics.Publishing.Dashboards;
using Samverkan.Analytics.Publishing.Formatting;

namespace Samverkan.Analytics.Publishing.Site;

/// <summary>
/// A compute run's rows indexed for the pages: by indicator, by indicator × area (period order),
/// areas in catalogue order with the city first. Indicators come from the catalogue, so a new
/// indicator there gets its pages without code changes; rows of indicators the catalogue lacks are
/// only exported.
/// </summary>
internal sealed class SiteData
{
    private readonly Dictionary<string, List<IndicatorResult>> _byIndicator;
    private readonly Dictionary<(string Indicator, string Area), List<IndicatorResult>> _series;
    private readonly Dictionary<string, int> _areaOrder;

    public SiteData(
        Catalog catalog, ComputeRun run, IReadOnlyList<IndicatorResult> results, DashboardSet dashboards, SiteScope? scope = null, IReadOnlyList<RevisedValue>? revised = null)
    {
        Catalog = catalog;
        Run = run;
        Scope = scope ?? SiteScope.Everything;
        Results = Scope.IsLimited ? InScope(catalog, Scope, results) : results;
        Dashboards = dashboards;
        LocalAgreements = catalog.LocalAgreements.Where(l => l.DistrictIds.Concat(l.LocalPoliceAreaIds).All(Shows)).ToList();
        _areaOrder = catalog.Areas.Areas.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.OrdinalIgnoreCase);
        _byIndicator = Results.GroupBy(r => r.IndicatorId, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Period).ToList(), StringComparer.OrdinalIgnoreCase);
        _series = Results.GroupBy(r => (r.IndicatorId.ToLowerInvariant(), r.AreaId.ToLowerInvariant()))
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Period).ToList());
        Indicators = catalog.AllIndicators.DistinctBy(i => i.Id, StringComparer.OrdinalIgnoreCase)
            .Where(i => _byIndicator.ContainsKey(i.Id))
            .ToList();
        var cityArea = catalog.Areas.Find(catalog.CityAreaId);
        City = cityArea ?? new Area { Id = catalog.CityAreaId, Name = "Hela staden", Kind = AreaKind.Municipality };
        PriorityAreas = OrderPriorityAreas(catalog, Indicators);
        Links = new SiteLinks(dashboards, this);
        Revisions = SiteRevisions.Build(catalog, run, Results, revised);
    }

    public Catalog Catalog { get; }

    public ComputeRun Run { get; }

    /// <summary>The run's rows the site shows (those of the <see cref="Scope"/>'s areas and the city when limited).</summary>
    public IReadOnlyList<IndicatorResult> Results { get; }

    /// <summary>Which areas the site shows.</summary>
    public SiteScope Scope { get; }

    public DashboardSet Dashboards { get; }

    /// <summary>The earlier vintages behind the revised rows (<see cref="SiteRevisions.Unknown"/> when the history was not given).</summary>
    public SiteRevisions Revisions { get; }

    public SiteLinks Links { get; }

    /// <summary>The catalogue's indicators that have rows, in catalogue order.</summary>
    public IReadOnlyList<IndicatorDefinition> Indicators { get; }

    /// <summary>The priority areas that have indicators with rows, the latest agreement's order first.</summary>
    public IReadOnlyList<PriorityArea> PriorityAreas { get; }

    /// <summary>The city (<c>kommun-0180</c>).</summary>
    public Area City { get; }

    /// <summary>The date the overview's areas must exist on: the run's day.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Run.ComputedAt.UtcDateTime);

    /// <summary>
    /// The local agreements the site shows: all, or on a limited site those whose every district and
    /// police area is in the scope (their pages, list rows and titles name every area they cover).
    /// </summary>
    public IReadOnlyList<Core.Agreements.LocalAgreement> LocalAgreements { get; }

    /// <summary>True when the site may name or show <paramref name="areaId"/> (always, unless the <see cref="Scope"/> is limited).</summary>
    public bool Shows(string areaId) => Scope.Shows(areaId, Catalog.CityAreaId);

    /// <summary>The area's name, with its kind when an area of another kind shares it (<c>Järva (lokalpolisområde)</c>).</summary>
    public string Qualified(Area area) => AreaLabels.Qualified(area, Catalog.Areas);

    public bool IsCity(string areaId) => string.Equals(areaId, Catalog.CityAreaId, StringComparison.OrdinalIgnoreCase);

    public Area Area(string areaId) =>
        Catalog.Areas.Find(areaId) ?? new Area { Id = areaId, Name = areaId, Kind = AreaKind.Place };

    /// <summary>An indicator's rows, in period order.</summary>
    public IReadOnlyList<IndicatorResult> Rows(string indicatorId) =>
        _byIndicator.TryGetValue(indicatorId, out var rows) ? rows : [];

    /// <summary>An indicator × area's rows, in period order.</summary>
    public IReadOnlyList<IndicatorResult> Series(string indicatorId, string areaId) =>
        _series.TryGetValue((indicatorId.ToLowerInvariant(), areaId.ToLowerInvariant()), out var rows) ? rows : [];

    /// <summary>The city's rows of an indicator.</summary>
    public IReadOnlyList<IndicatorResult> CitySeries(string indicatorId) => Series(indicatorId, City.Id);

    /// <summary>The areas (not the city) with rows of an indicator, of one kind or all, in catalogue order.</summary>
    public IReadOnlyList<Area> AreasWithRows(string indicatorId, AreaKind? kind = null) =>
        Rows(indicatorId).Select(r => r.AreaId).Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(id => !IsCity(id))
            .Select(Area)
            .Where(a => kind is null || a.Kind == kind)
            .OrderBy(a => _areaOrder.GetValueOrDefault(a.Id, int.MaxValue)).ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();

    /// <summary>Every area of one kind with any rows, in catalogue order.</summary>
    public IReadOnlyList<Area> AreasOfKind(AreaKind kind) =>
        Results.Select(r => r.AreaId).Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(id => !IsCity(id))
            .Select(Area)
            .Where(a => a.Kind == kind)
            .OrderBy(a => _areaOrder.GetValueOrDefault(a.Id, int.MaxValue)).ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();

    /// <summary>The indicators of a priority area, in catalogue order.</summary>
    public IReadOnlyList<IndicatorDefinition> IndicatorsOf(PriorityArea priorityArea) =>
        Indicators.Where(i => string.Equals(i.PriorityAreaId, priorityArea.Id, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The priority area of an indicator (a stand-in named by its id when the catalogue lacks it).</summary>
    public PriorityArea PriorityAreaOf(IndicatorDefinition indicator) =>
        PriorityAreas.FirstOrDefault(p => string.Equals(p.Id, indicator.PriorityAreaId, StringComparison.OrdinalIgnoreCase))
        ?? new PriorityArea(indicator.PriorityAreaId, indicator.PriorityAreaId, []);

    /// <summary>
    /// The row an overview cell shows: the latest of the series, among rows that follow
    /// <paramref name="agreementId"/> unless it is <c>current</c>.
    /// </summary>
    public IndicatorResult? Latest(string indicatorId, string areaId, string agreementId)
    {
        var rows = Series(indicatorId, areaId);
        return agreementId == DashboardLoader.CurrentAgreement
            ? rows.LastOrDefault()
            : rows.LastOrDefault(r => string.Equals(r.AgreementId, agreementId, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The day an overview's areas must exist on: today for the current agreement, else the agreement's last day.</summary>
    public DateOnly DayOf(string agreementId)
    {
        if (agreementId == DashboardLoader.CurrentAgreement || Catalog.FindAgreement(agreementId) is not { } agreement)
        {
            return Today;
        }

        var next = Catalog.Agreements.FirstOrDefault(a => a.Signed > agreement.Signed);
        var end = agreement.Ends ?? next?.Signed.AddDays(-1) ?? Today;
        return end < Today ? end : Today;
    }

    /// <summary>The latest shown row of a series, or null.</summary>
    public static IndicatorResult? LatestShown(IReadOnlyList<IndicatorResult> rows) => rows.LastOrDefault(ChartSummary.IsShown);

    /// <summary>
    /// The rows a limited site shows: those of its areas and the city, and not those of indicators
    /// that belong to a local agreement of other areas (their titles name those areas).
    /// </summary>
    private static List<IndicatorResult> InScope(Catalog catalog, SiteScope scope, IReadOnlyList<IndicatorResult> results)
    {
        var otherLocal = catalog.AllIndicators
            .Where(i => i.LocalAgreementId is { } local && !catalog.LocalAgreements.Any(l =>
                string.Equals(l.Id, local, StringComparison.OrdinalIgnoreCase)
                && l.DistrictIds.Concat(l.LocalPoliceAreaIds).Any(a => scope.AreaIds.Contains(a))))
            .Select(i => i.Id)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return results.Where(r => scope.Shows(r.AreaId, catalog.CityAreaId) && !otherLocal.Contains(r.IndicatorId)).ToList();
    }

    private static List<PriorityArea> OrderPriorityAreas(Catalog catalog, IReadOnlyList<IndicatorDefinition> indicators)
    {
        var used = indicators.Select(i => i.PriorityAreaId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var ordered = new List<PriorityArea>();
        var known = catalog.Agreements.Reverse().SelectMany(a => a.PriorityAreas)
            .Concat(catalog.LocalAgreements.SelectMany(l => l.LocalPriorityAreas));
        foreach (var pa in known)
        {
            if (used.Contains(pa.Id) && !ordered.Any(o => string.Equals(o.Id, pa.Id, StringComparison.OrdinalIgnoreCase)))
            {
                ordered.Add(pa);
            }
        }

        foreach (var id in indicators.Select(i => i.PriorityAreaId).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (!ordered.Any(o => string.Equals(o.Id, id, StringComparison.OrdinalIgnoreCase)))
            {
                ordered.Add(new PriorityArea(id, id, []));
            }
        }

        return ordered;
    }
}
