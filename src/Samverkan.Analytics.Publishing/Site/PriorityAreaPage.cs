using System.Text;
using Samverkan.Analytics.Core.Agreements;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Charts;
using Samverkan.Analytics.Publishing.Dashboards;

namespace Samverkan.Analytics.Publishing.Site;

/// <summary>A priority area's page: its sub-goals, a summary table of its indicators for the city, and each city chart with its table.</summary>
internal static class PriorityAreaPage
{
    private const string Root = "../";

    public static string Render(SiteData data, SiteCharts charts, DashboardPage page, PriorityArea priority)
    {
        var html = new StringBuilder(48 * 1024);
        PageFrame.Begin(html, data, priority.Title, Root, page, [("Översikt", "index.html"), (page.Title, SiteLinks.TemplateIndex(page))]);
        PageFrame.Audience(html, page);
        if (priority.SubGoals.Count > 0)
        {
            html.Append("<h2 id=\"delmal\">Delmål</h2>\n<ul>\n");
            foreach (var goal in priority.SubGoals)
            {
                html.Append("<li>").Append(Html.E(goal.Title)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        if (priority.IsExample)
        {
            html.Append("<p class=\"note\">Exempel på ett lokalt prioriterat område (inte hämtat ur en verklig överenskommelse).</p>\n");
        }

        var indicators = data.IndicatorsOf(priority);
        foreach (var panel in page.Panels)
        {
            if (panel.Type == PanelType.IndicatorSummary)
            {
                Summary(html, data, indicators);
            }
            else if (panel.Type == PanelType.CityCharts)
            {
                foreach (var indicator in indicators)
                {
                    html.Append("<h2>").Append(Html.LinkOrText(Root, data.Links.Indicator(indicator), indicator.Title)).Append("</h2>\n");
                    if (charts.Area(indicator.Id, data.City.Id) is { } chart)
                    {
                        Figures.ChartWithTable(html, Root, chart.Path, IndicatorChart.Width, IndicatorChart.Height, chart.Alt, chart.Summary,
                            Figures.SeriesTable(indicator, ChartModelBuilder.CityLabel, data.CitySeries(indicator.Id), data.Revisions));
                    }
                    else
                    {
                        html.Append("<p>Inga värden för hela staden; se indikatorns sida för områdena.</p>\n");
                    }
                }
            }
        }

        PageFrame.End(html, data, Root);
        return html.ToString();
    }

    private static void Summary(StringBuilder html, SiteData data, IReadOnlyList<Core.Indicators.IndicatorDefinition> indicators)
    {
        html.Append("<h2 id=\"sammanfattning\">Indikatorerna i korthet</h2>\n")
            .Append(Figures.ScrollBox("indikatorerna i korthet")).Append("<table>\n<caption>Hela staden: senaste värde och förändring sedan utgångsläget, och hur många områden som blivit bättre eller sämre</caption>\n")
            .Append("<thead><tr><th scope=\"col\">Indikator</th><th scope=\"col\">Senaste värde, hela staden</th><th scope=\"col\">Sedan utgångsläget</th>")
            .Append("<th scope=\"col\">Bedömning</th><th scope=\"col\">Områden bättre</th><th scope=\"col\">Områden sämre</th></tr></thead>\n<tbody>\n");
        foreach (var indicator in indicators)
        {
            var city = SiteData.LatestShown(data.CitySeries(indicator.Id));
            var latestByArea = data.AreasWithRows(indicator.Id)
                .Where(a => a.Validity.Contains(data.Today) && a.Kind is AreaKind.District or AreaKind.LocalPoliceArea)
                .Select(a => data.Series(indicator.Id, a.Id).LastOrDefault())
                .Where(r => r is not null && ChartSummary.IsShown(r))
                .ToList();
            html.Append("<tr><th scope=\"row\">").Append(Html.LinkOrText(Root, data.Links.Indicator(indicator), indicator.Title)).Append("</th><td class=\"num\">")
                .Append(city is null ? Html.NoValue : ValueCells.Value(city, indicator, data.Revisions) + " " + Html.E(city.Period.ToString()))
                .Append("</td><td class=\"num change\">").Append(ValueCells.Change(city, indicator)).Append("</td><td>")
                .Append(city?.Change is null ? Html.NoValue : ValueCells.Verdict(city.ChangeVerdict)).Append("</td><td class=\"num\">")
                .Append(latestByArea.Count(r => r!.ChangeVerdict == Verdict.Better)).Append("</td><td class=\"num\">")
                .Append(latestByArea.Count(r => r!.ChangeVerdict == Verdict.Worse)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n");
    }
}
