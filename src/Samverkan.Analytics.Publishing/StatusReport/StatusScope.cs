using Samverkan.Analytics.Core.Agreements;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Publishing.StatusReport;

/// <summary>
/// What a status report covers: its period, the run it reports and the run it compares with, and
/// which indicator × area pairs are in it. City-wide: the city, its districts and local police
/// areas, the overarching indicators everywhere and each local agreement's own indicators in that
/// agreement's areas. For a local agreement: its areas and its follow-up's indicators only.
/// </summary>
internal sealed class StatusScope
{
    private readonly Dictionary<string, int> _areaOrder;
    private readonly Dictionary<string, int> _indicatorOrder;
    private readonly Dictionary<string, IndicatorDefinition> _indicators;
    private readonly Dictionary<string, HashSet<string>> _localIndicatorAreas;

    public StatusScope(
        Catalog catalog,
        StatusPeriod period,
        LocalAgreement? local,
        (ComputeRun Run, IReadOnlyList<IndicatorResult> Rows) current,
        (ComputeRun Run, IReadOnlyList<IndicatorResult> Rows)? previous)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(period);
        Catalog = catalog;
        Period = period;
        Local = local;
        Current = current;
        Previous = previous;
        var areas = local is not null
            ? LocalAgreementFollowUp.AreaIds(local).Select(catalog.Areas.Find).OfType<Area>().ToList()
            : catalog.Areas.Areas
                .Where(a => a.Id == catalog.CityAreaId
                    || (a.Kind is AreaKind.District or AreaKind.LocalPoliceArea && a.ExistsDuring(period.Start, period.End)))
                .OrderBy(a => a.Id == catalog.CityAreaId ? 0 : a.Kind == AreaKind.District ? 1 : 2)
                .ToList();
        Areas = areas;
        _areaOrder = areas.Select((a, n) => (a.Id, n)).ToDictionary(x => x.Id, x => x.n, StringComparer.OrdinalIgnoreCase);
        var indicators = local is not null
            ? LocalAgreementFollowUp.Indicators(catalog, local)
            : catalog.AllIndicators.DistinctBy(i => i.Id, StringComparer.OrdinalIgnoreCase).ToList();
        _indicators = indicators.ToDictionary(i => i.Id, StringComparer.OrdinalIgnoreCase);
        _indicatorOrder = indicators.Select((i, n) => (i.Id, n)).ToDictionary(x => x.Id, x => x.n, StringComparer.OrdinalIgnoreCase);
        _localIndicatorAreas = catalog.LocalAgreements
            .SelectMany(l => l.Indicators.Select(i => (i.Id, Areas: LocalAgreementFollowUp.AreaIds(l))))
            .GroupBy(x => x.Id, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.SelectMany(x => x.Areas).ToHashSet(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
        LocalAgreementsInForce = local is not null
            ? [local]
            : catalog.LocalAgreements.Where(l => LocalAgreementFollowUp.InForce(l, period.Start, period.End)).ToList();
    }

    public Catalog Catalog { get; }

    public StatusPeriod Period { get; }

    /// <summary>The local agreement the report is for, or null for the city-wide report.</summary>
    public LocalAgreement? Local { get; }

    /// <summary>The run reported.</summary>
    public (ComputeRun Run, IReadOnlyList<IndicatorResult> Rows) Current { get; }

    /// <summary>The run of the previous period (the latest before the period started), or null.</summary>
    public (ComputeRun Run, IReadOnlyList<IndicatorResult> Rows)? Previous { get; }

    /// <summary>The areas in the report, in order.</summary>
    public IReadOnlyList<Area> Areas { get; }

    /// <summary>The local agreements whose deliveries the report follows.</summary>
    public IReadOnlyList<LocalAgreement> LocalAgreementsInForce { get; }

    /// <summary>True when the row's indicator and area are in the report.</summary>
    public bool Contains(IndicatorResult row) =>
        _areaOrder.ContainsKey(row.AreaId)
        && _indicators.ContainsKey(row.IndicatorId)
        && (Local is not null || !_localIndicatorAreas.TryGetValue(row.IndicatorId, out var own) || own.Contains(row.AreaId));

    public IndicatorDefinition Indicator(string id) => _indicators[id];

    public int IndicatorOrder(string id) => _indicatorOrder.GetValueOrDefault(id, int.MaxValue);

    public int AreaOrder(string id) => _areaOrder.GetValueOrDefault(id, int.MaxValue);

    /// <summary>The area's name, with its kind where a district and a police area share it (Farsta): <see cref="Formatting.AreaLabels.Qualified"/>.</summary>
    public string AreaName(string id) => Catalog.Areas.Find(id) is { } area ? Formatting.AreaLabels.Qualified(area, Catalog.Areas) : id;
}
