namespace Samverkan.Analytics.Publishing.Dashboards;

/// <summary>A part of a page; the YAML spells these in kebab case. Each page kind allows some (<see cref="DashboardLoader"/>).</summary>
internal enum PanelType
{
    /// <summary><c>matrix</c> (overview): indicators × areas of one kind, coloured by the change verdict.</summary>
    Matrix,

    /// <summary><c>verdict-list</c> (overview): every indicator × area with one verdict, in words.</summary>
    VerdictList,

    /// <summary><c>indicator-summary</c> (priority area): a table of its indicators for the city.</summary>
    IndicatorSummary,

    /// <summary><c>city-charts</c> (priority area): each indicator's city chart with its summary.</summary>
    CityCharts,

    /// <summary><c>trend</c> (indicator): the city's chart with interval, baseline, target path and its table.</summary>
    Trend,

    /// <summary><c>ranked-change</c> (indicator): areas of one kind ranked by change since the baseline, with intervals.</summary>
    RankedChange,

    /// <summary><c>small-multiples</c> (indicator): one small chart per area of one kind, on one scale.</summary>
    SmallMultiples,

    /// <summary><c>table</c> (indicator): every area × period.</summary>
    Table,

    /// <summary><c>definition</c> (indicator): definition, source, method and data vintage.</summary>
    Definition,

    /// <summary><c>downloads</c> (indicator): CSV, Excel and the charts.</summary>
    Downloads,

    /// <summary><c>spine</c> (area profile): every indicator against the city and the spread of the other areas.</summary>
    Spine,

    /// <summary>
    /// <c>map</c> (overview, indicator): a choropleth of the change verdict for districts or local police
    /// areas, with its summary and table. Overview: one map per indicator, chosen from a list (today's
    /// districts); indicator: the latest period on that period's districts.
    /// </summary>
    Map,

    /// <summary><c>locator-map</c> (area profile): a small map of the city with the area highlighted.</summary>
    LocatorMap,
    /// <summary><c>local-indicators</c> (local agreement): each indicator of its follow-up for its areas against the city, with targets.</summary>
    LocalIndicators,
}
