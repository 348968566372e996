using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Publishing.Dashboards;

namespace Samverkan.Analytics.Publishing.Site;

/// <summary>
/// Where every page, chart and download lives, relative to the site root (<c>/</c> separators);
/// null where the dashboards define no such page. Ids from data become safe path segments.
/// </summary>
internal sealed class SiteLinks(DashboardSet dashboards, SiteData data)
{
    private readonly DashboardPage? _indicatorPage = dashboards.First(PageKind.Indicator);
    private readonly DashboardPage? _priorityPage = dashboards.First(PageKind.PriorityArea);
    private readonly DashboardPage? _profilePage = dashboards.First(PageKind.AreaProfile);

    /// <summary>An overview page: <c>index.html</c> or <c>{id}.html</c>.</summary>
    public static string Overview(DashboardPage page) => page.Id + ".html";

    /// <summary>A template's list page: <c>{id}/index.html</c>.</summary>
    public static string TemplateIndex(DashboardPage page) => page.Id + "/index.html";

    /// <summary>A template page of one entry: <c>{id}/{entry}.html</c>.</summary>
    public static string Entry(DashboardPage page, string entryId) => $"{page.Id}/{SitePaths.Segment(entryId)}.html";

    public string? Indicator(IndicatorDefinition indicator) => _indicatorPage is null ? null : Entry(_indicatorPage, indicator.Id);

    /// <summary>The indicator page's row of an area (the overview's cells link here).</summary>
    public string? IndicatorArea(IndicatorDefinition indicator, string areaId) =>
        Indicator(indicator) is { } page ? page + "#" + AreaAnchor(areaId) : null;

    public string? PriorityArea(string priorityAreaId) => _priorityPage is null ? null : Entry(_priorityPage, priorityAreaId);

    public string? Profile(Area area) =>
        _profilePage is not null && _profilePage.AreaKinds.Contains(area.Kind) && !data.IsCity(area.Id) ? Entry(_profilePage, area.Id) : null;

    /// <summary>The anchor of an area's row on an indicator page.</summary>
    public static string AreaAnchor(string areaId) => "omr-" + SitePaths.Segment(areaId);

    /// <summary>An indicator × area's full chart, without extension.</summary>
    public static string Chart(string indicatorId, string areaId) => SitePaths.Chart(indicatorId, areaId);

    /// <summary>An indicator × area's small chart, without extension.</summary>
    public static string SmallChart(string indicatorId, string areaId) =>
        $"charts/{SitePaths.Segment(indicatorId)}/liten/{SitePaths.Segment(areaId)}";

    /// <summary>An indicator's ranked change chart for a kind of area, without extension.</summary>
    public static string RankedChart(string indicatorId, AreaKind kind) =>
        $"charts/{SitePaths.Segment(indicatorId)}/rangordning-{kind.ToString().ToLowerInvariant()}";

    /// <summary>An indicator's rows as CSV (the results contract's columns).</summary>
    public static string Csv(string indicatorId) => $"data/{SitePaths.Segment(indicatorId)}.csv";

    /// <summary>An indicator's rows as Excel (Swedish headers and number formats).</summary>
    public static string Excel(string indicatorId) => $"data/{SitePaths.Segment(indicatorId)}.xlsx";
}
