using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Charts;
using Samverkan.Analytics.Publishing.Dashboards;
using Samverkan.Analytics.Publishing.Maps;

namespace Samverkan.Analytics.Publishing.Site;

/// <summary>
/// Plans every map of the site before any is drawn (like <see cref="SiteCharts"/>), so the pages know
/// paths, summaries and tables and the maps are drawn in the same parallel pool as the charts:
/// per overview map panel one change-verdict map per indicator (today's districts where the analysis
/// gives rows for them, harmonised if need be), per indicator page the latest period on that period's
/// districts and on the local police areas, and a locator map per profiled area. The indicators come
/// from the run's rows, so a new catalogue indicator gets its maps without code changes. Maps that
/// show the same thing (indicator, kind of area, division, period) are drawn once and shared.
/// </summary>
internal sealed class SiteMaps
{
    /// <summary>The size of a results map (it sits beside its table; text stays readable at the page's width).</summary>
    public const int MapSize = 540;

    /// <summary>The size of a profile's locator map.</summary>
    public const int LocatorSize = 420;

    private readonly Dictionary<string, SiteMap> _byPath = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Page, string Indicator, AreaKind Kind), SiteMap> _overview = [];
    private readonly Dictionary<(string Indicator, AreaKind Kind), SiteMap> _indicator = [];
    private readonly Dictionary<string, SiteMap> _locator = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<ChartFile> _files = [];

    private SiteMaps()
    {
    }

    /// <summary>Every map to draw (once each), as chart files for <see cref="ChartRenderer"/>.</summary>
    public IReadOnlyList<ChartFile> Files => _files;

    /// <summary>The maps drawn (distinct images).</summary>
    public IReadOnlyCollection<SiteMap> All => _byPath.Values;

    /// <summary>An overview map panel's map of one indicator, or null when the indicator has no rows for that kind of area.</summary>
    public SiteMap? Overview(DashboardPage page, string indicatorId, AreaKind kind) =>
        _overview.GetValueOrDefault((page.Id, indicatorId.ToLowerInvariant(), kind));

    /// <summary>True when an overview page has any map (and so needs the switcher script).</summary>
    public bool HasOverview(DashboardPage page) => _overview.Keys.Any(k => k.Page == page.Id);

    /// <summary>An indicator page's map for one kind of area, or null.</summary>
    public SiteMap? Indicator(string indicatorId, AreaKind kind) => _indicator.GetValueOrDefault((indicatorId.ToLowerInvariant(), kind));

    /// <summary>An area profile's locator map, or null (areas that cannot be drawn: other municipalities, police areas, …).</summary>
    public SiteMap? Locator(string areaId) => _locator.GetValueOrDefault(areaId);

    /// <summary>Plans the maps the dashboard definitions ask for; none when <paramref name="map"/> is null (no geodata).</summary>
    public static SiteMaps Plan(SiteData data, CityMap? map)
    {
        var maps = new SiteMaps();
        if (map is null)
        {
            return maps;
        }

        // The outlines are unions of the stadsdelar, built on first use: build them side by side (a
        // process that publishes again, like the Host, has them already).
        var policeAreas = false;
        Parallel.Invoke(
            () => map.Outlines(GeographyVersion.Districts2019),
            () => map.Outlines(GeographyVersion.Districts2020),
            () => map.Outlines(GeographyVersion.Districts2023),
            () => _ = map.City,
            () => policeAreas = PoliceAreasDrawable(map, data));

        foreach (var page in data.Dashboards.Pages)
        {
            foreach (var panel in page.Panels)
            {
                switch (panel.Type, page.Kind)
                {
                    case (PanelType.Map, _) when panel.AreaKind == AreaKind.LocalPoliceArea && !policeAreas:
                        break;
                    case (PanelType.Map, PageKind.Overview):
                        foreach (var indicator in data.Indicators)
                        {
                            if (maps.PlanOverview(data, map, page, indicator, panel.AreaKind!.Value) is { } planned)
                            {
                                maps._overview[(page.Id, indicator.Id.ToLowerInvariant(), panel.AreaKind!.Value)] = planned;
                            }
                        }

                        break;
                    case (PanelType.Map, PageKind.Indicator):
                        foreach (var indicator in data.Indicators)
                        {
                            if (maps.PlanIndicator(data, map, indicator, panel.AreaKind!.Value) is { } planned)
                            {
                                maps._indicator[(indicator.Id.ToLowerInvariant(), panel.AreaKind!.Value)] = planned;
                            }
                        }

                        break;
                    case (PanelType.LocatorMap, PageKind.AreaProfile):
                        foreach (var area in page.AreaKinds.SelectMany(data.AreasOfKind))
                        {
                            if ((area.Kind != AreaKind.LocalPoliceArea || policeAreas) && maps.PlanLocator(data, map, area) is { } planned)
                            {
                                maps._locator[area.Id] = planned;
                            }
                        }

                        break;
                }
            }
        }

        return maps;
    }

    /// <summary>False when the catalogue's crosswalk cannot build the local police areas (a small test catalogue): then only districts are drawn.</summary>
    private static bool PoliceAreasDrawable(CityMap map, SiteData data)
    {
        try
        {
            return map.PoliceAreaOutlines(data.Catalog.Areas.Overlaps).Count > 0;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>
    /// The overview's map: the latest period with rows for today's districts (harmonised rows count),
    /// drawn on today's districts; if the indicator has none for today's districts, its latest period
    /// on the division its rows are for. Police areas: their latest period.
    /// </summary>
    private SiteMap? PlanOverview(SiteData data, CityMap map, DashboardPage page, IndicatorDefinition indicator, AreaKind kind)
    {
        var rows = data.Rows(indicator.Id)
            .Where(r => page.Agreement == DashboardLoader.CurrentAgreement || string.Equals(r.AgreementId, page.Agreement, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var shown = rows.Where(r => data.Area(r.AreaId).Kind == kind).ToList();
        if (shown.Count == 0)
        {
            return null;
        }

        GeographyVersion? geography = null;
        var period = shown.Max(r => r.Period);
        if (kind == AreaKind.District)
        {
            var today = map.Outlines(GeographyVersions.Current);
            var onToday = shown.Where(r => today.ContainsKey(r.AreaId)).ToList();
            if (onToday.Count > 0)
            {
                geography = GeographyVersions.Current;
                period = onToday.Max(r => r.Period);
            }
        }

        return Add(data, map, indicator, kind, rows, period, geography);
    }

    /// <summary>The indicator page's map: the latest period, on the division in force then (a 2019 value on 2019's districts).</summary>
    private SiteMap? PlanIndicator(SiteData data, CityMap map, IndicatorDefinition indicator, AreaKind kind)
    {
        var rows = data.Rows(indicator.Id);
        var shown = rows.Where(r => data.Area(r.AreaId).Kind == kind).ToList();
        if (shown.Count == 0)
        {
            return null;
        }

        var period = shown.Max(r => r.Period);
        GeographyVersion? geography = null;
        if (kind == AreaKind.District)
        {
            var inForce = GeographyVersions.For(period);
            var outlines = map.Outlines(inForce);

            // Only harmonised rows for that period (none on the division in force): let the rows choose.
            geography = shown.Any(r => r.Period == period && outlines.ContainsKey(r.AreaId)) ? inForce : null;
        }

        return Add(data, map, indicator, kind, rows, period, geography);
    }

    private SiteMap? PlanLocator(SiteData data, CityMap map, Area area)
    {
        if (area.Kind is not (AreaKind.District or AreaKind.LocalPoliceArea))
        {
            return null;
        }

        if (area.Kind == AreaKind.LocalPoliceArea && !map.PoliceAreaOutlines(data.Catalog.Areas.Overlaps).ContainsKey(area.Id))
        {
            return null;
        }

        if (area.Kind == AreaKind.District && !GeographyVersions.All.Any(v => map.Outlines(v).ContainsKey(area.Id)))
        {
            return null;
        }

        var request = new MapRequest
        {
            Colouring = MapColouring.Highlight,
            Highlight = [area.Id],
            Only = OnlyOf(data),
            AreaKind = area.Kind,
            Width = LocatorSize,
            Height = LocatorSize,
        };
        var model = MapRenderer.Build(map, data.Catalog, request);
        var path = $"maps/lage/{SitePaths.Segment(area.Id)}";
        var alt = $"Karta: var {data.Qualified(area)} ligger i Stockholms stad. Beskrivningen står under bilden.";
        return Register(map, new SiteMap(path, LocatorSize, LocatorSize, model, alt));
    }

    private SiteMap Add(
        SiteData data, CityMap map, IndicatorDefinition indicator, AreaKind kind, IReadOnlyList<IndicatorResult> rows, Period period, GeographyVersion? geography)
    {
        var request = new MapRequest
        {
            Indicator = indicator,
            Rows = rows,
            Period = period,
            Colouring = MapColouring.ChangeVerdict,
            AreaKind = kind,
            Geography = geography,
            Only = OnlyOf(data),
            Width = MapSize,
            Height = MapSize,
        };
        var model = MapRenderer.Build(map, data.Catalog, request);
        var division = kind == AreaKind.LocalPoliceArea ? "lok" : model.Geography switch
        {
            GeographyVersion.Districts2019 => "sdo2019",
            GeographyVersion.Districts2020 => "sdo2020",
            _ => "sdo2023",
        };
        var path = $"maps/{SitePaths.Segment(indicator.Id)}/{division}-{SitePaths.Segment(period.ToString())}";
        var what = kind == AreaKind.LocalPoliceArea ? "lokalpolisområden" : "stadsdelsområden";
        var alt = $"Karta över {what}: {model.Title}. Sammanfattningen och tabellen står bredvid bilden.";
        return Register(map, new SiteMap(path, MapSize, MapSize, model, alt));
    }

    /// <summary>On an area-limited site, the scope's areas: the only ones a map colours, names and lists (the rest are grey).</summary>
    private static string[]? OnlyOf(SiteData data) => data.Scope.IsLimited ? [.. data.Scope.AreaIds] : null;

    private SiteMap Register(CityMap map, SiteMap planned)
    {
        if (_byPath.TryGetValue(planned.Path, out var existing))
        {
            return existing;
        }

        _byPath[planned.Path] = planned;
        var model = planned.Model;
        _files.Add(new ChartFile(planned.Path, planned.Width, planned.Height, () => MapDrawing.CreatePlot(model, map, planned.Width, planned.Height).Plot));
        return planned;
    }
}
