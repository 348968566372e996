using System.Globalization;
using System.Text;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Charts;
using Samverkan.Analytics.Publishing.Dashboards;
using Samverkan.Analytics.Publishing.Formatting;

namespace Samverkan.Analytics.Publishing.Site;

/// <summary>
/// An indicator's page: the city's chart (interval, baseline, target path) with its table, ranked
/// change charts and small multiples per kind of area, the table of every area × period (each
/// area's row is the overview's link target), the definition, and the downloads.
/// </summary>
internal static class IndicatorPage
{
    private const string Root = "../";

    public static string Render(SiteData data, SiteCharts charts, SiteMaps maps, DashboardPage page, IndicatorDefinition indicator)
    {
        var html = new StringBuilder(96 * 1024);
        var priority = data.PriorityAreaOf(indicator);
        PageFrame.Begin(html, data, indicator.Title, Root, page,
        [
            ("Översikt", "index.html"),
            (page.Title, SiteLinks.TemplateIndex(page)),
        ],
        [TableFilters.Script]);
        html.Append("<p class=\"muted\">Prioriterat område: ").Append(Html.LinkOrText(Root, data.Links.PriorityArea(priority.Id), priority.Title)).Append("</p>\n");
        PageFrame.Audience(html, page);
        if (!string.IsNullOrWhiteSpace(indicator.Description))
        {
            html.Append("<p class=\"lead\">").Append(Html.E(indicator.Description)).Append("</p>\n");
        }

        if (indicator.Measure == Measure.Rate)
        {
            html.Append("<p class=\"note\">Antal per invånare: där många vistas men få bor, som i innerstaden, blir talen höga.</p>\n");
        }

        foreach (var panel in page.Panels)
        {
            switch (panel.Type)
            {
                case PanelType.Trend:
                    Trend(html, data, charts, indicator);
                    break;
                case PanelType.Map:
                    Map(html, data, maps, indicator, panel.AreaKind!.Value);
                    break;
                case PanelType.RankedChange:
                    Ranked(html, data, charts, indicator, panel.AreaKind!.Value);
                    break;
                case PanelType.SmallMultiples:
                    SmallMultiples(html, data, charts, indicator, panel.AreaKind!.Value);
                    break;
                case PanelType.Table:
                    Table(html, data, indicator);
                    break;
                case PanelType.Definition:
                    Definition(html, data, indicator);
                    break;
                case PanelType.Downloads:
                    Downloads(html, indicator);
                    break;
            }
        }

        PageFrame.End(html, data, Root);
        return html.ToString();
    }

    private static void Map(StringBuilder html, SiteData data, SiteMaps maps, IndicatorDefinition indicator, AreaKind kind)
    {
        if (maps.Indicator(indicator.Id, kind) is not { } map)
        {
            return;
        }

        var id = "karta-" + SitePaths.Segment(kind.ToWord());
        html.Append("<h2 id=\"").Append(id).Append("\">Karta: ").Append(Html.E(AreaKindWords.Plural(kind)));
        if (map.Model.Period is { } period)
        {
            html.Append(' ').Append(Html.E(period.ToString()));
        }

        html.Append("</h2>\n");
        MapFigures.MapWithTable(html, data, Root, map);
    }

    private static void Trend(StringBuilder html, SiteData data, SiteCharts charts, IndicatorDefinition indicator)
    {
        html.Append("<h2 id=\"utveckling\">Utveckling i hela staden</h2>\n");
        if (charts.Area(indicator.Id, data.City.Id) is not { } chart)
        {
            html.Append("<p>Det finns inga värden för hela staden; se områdena nedan.</p>\n");
            return;
        }

        Figures.ChartWithTable(html, Root, chart.Path, IndicatorChart.Width, IndicatorChart.Height, chart.Alt, chart.Summary,
            Figures.SeriesTable(indicator, ChartModelBuilder.CityLabel, data.CitySeries(indicator.Id), data.Revisions));
        html.Append("<p class=\"note\">Blå linje: värdet med ").Append(Html.E(SwedishFormat.Confidence(indicator.Confidence)))
            .Append(" konfidensintervall (lodräta streck). Svart streckad linje: utgångsläget.")
            .Append(chart.Model.TargetLabel is null ? string.Empty : " Orange romb: målet; prickad linje: målbanan från utgångsläget.")
            .Append("</p>\n");
    }

    private static void Ranked(StringBuilder html, SiteData data, SiteCharts charts, IndicatorDefinition indicator, AreaKind kind)
    {
        if (charts.Ranked(indicator.Id, kind) is not { } ranked)
        {
            return;
        }

        var id = "forandring-" + SitePaths.Segment(kind.ToWord());
        html.Append("<h2 id=\"").Append(id).Append("\">Förändring sedan utgångsläget: ").Append(Html.E(AreaKindWords.Plural(kind))).Append("</h2>\n");
        var table = new StringBuilder();
        table.Append(Figures.ScrollBox(ranked.Title)).Append("<table>\n<caption>").Append(Html.E(ranked.Title)).Append("</caption>\n")
            .Append("<thead><tr><th scope=\"col\">Område</th><th scope=\"col\">Förändring, ").Append(Html.E(SwedishFormat.ChangeUnit(indicator))).Append(" (KI)</th><th scope=\"col\">Bedömning</th></tr></thead>\n<tbody>\n");
        foreach (var (area, row) in ranked.Rows)
        {
            var name = data.IsCity(area.Id) ? ChartModelBuilder.CityLabel : area.Name;
            table.Append(data.IsCity(area.Id) ? "<tr class=\"city\">" : "<tr>").Append("<th scope=\"row\">")
                .Append(Html.LinkOrText(Root, data.Links.Profile(area), name)).Append("</th><td class=\"num change\">")
                .Append(ValueCells.Change(row, indicator, withSpan: false, unitInHeader: true)).Append("</td><td>").Append(ValueCells.Verdict(row.ChangeVerdict)).Append("</td></tr>\n");
        }

        table.Append("</tbody>\n</table>\n</div>\n");
        var alt = $"Rangordnat diagram: förändring sedan utgångsläget för {AreaKindWords.Plural(kind)}. Beskrivningen står under bilden.";
        Figures.ChartWithTable(html, Root, ranked.Path, RankedChangeChart.Width, ranked.Height, alt, ranked.Summary, table.ToString());
    }

    private static void SmallMultiples(StringBuilder html, SiteData data, SiteCharts charts, IndicatorDefinition indicator, AreaKind kind)
    {
        var areas = data.AreasWithRows(indicator.Id, kind).Select(a => charts.Area(indicator.Id, a.Id)).OfType<AreaChart>().Where(c => c.SmallPath is not null).ToList();
        if (areas.Count == 0)
        {
            return;
        }

        var id = "alla-" + SitePaths.Segment(kind.ToWord());
        html.Append("<h2 id=\"").Append(id).Append("\">Alla ").Append(Html.E(AreaKindWords.Plural(kind))).Append("</h2>\n")
            .Append("<p class=\"note\">Samma skala i alla diagram. Blå: området med konfidensintervall; grå: hela staden. ")
            .Append("Ofylld punkt: preliminärt; fyrkant: skattat. Välj ett diagram för en större bild; siffrorna finns i <a href=\"#tabell\">tabellen</a>.</p>\n")
            .Append("<ul class=\"multiples\">\n");
        foreach (var chart in areas)
        {
            var rows = data.Series(indicator.Id, chart.Area.Id);
            var latest = SiteData.LatestShown(rows);
            var caption = new StringBuilder().Append(chart.Area.Name).Append(": ");
            if (latest is null)
            {
                caption.Append(rows.Any(r => r.Status == ResultStatus.Suppressed) ? ValueWords.TooFew(indicator) : "inga värden");
            }
            else
            {
                caption.Append(SwedishFormat.WithUnit(latest.Value!.Value, indicator)).Append(' ').Append(latest.Period);
                if (ChartSummary.IsPreliminary(latest))
                {
                    caption.Append(" (prel.)");
                }

                if (ChartSummary.IsEstimate(latest))
                {
                    caption.Append(" (skattat)");
                }

                if (latest.Change is null || latest.ChangeVerdict == Verdict.NotAssessed)
                {
                    caption.Append(", förändringen ej bedömd");
                }
                else if (latest.BaselinePeriod is { } b)
                {
                    caption.Append(", ").Append(VerdictText.Short(latest.ChangeVerdict).ToLower(SwedishFormat.Culture)).Append(" sedan ").Append(b);
                }
            }

            if (chart.Area.Validity.To is { } to)
            {
                caption.Append(". Fanns till ").Append(to.ToString("d MMMM yyyy", SwedishFormat.Culture));
            }

            html.Append("<li><figure>\n<a href=\"").Append(Html.Href(Root, chart.Path + ".png")).Append("\"><img src=\"")
                .Append(Html.Href(Root, chart.SmallPath + ".svg")).Append("\" width=\"").Append(SmallMultipleChart.Width.ToString(CultureInfo.InvariantCulture))
                .Append("\" height=\"").Append(SmallMultipleChart.Height.ToString(CultureInfo.InvariantCulture)).Append("\" loading=\"lazy\" alt=\"")
                .Append(Html.E($"Diagram för {chart.Area.Name}, öppna större bild")).Append("\"></a>\n<figcaption>").Append(Html.E(caption.ToString())).Append('.');
            if (data.Links.Profile(chart.Area) is { } profile)
            {
                html.Append(" <a href=\"").Append(Html.Href(Root, profile)).Append("\">Områdesprofil<span class=\"visually-hidden\"> för ")
                    .Append(Html.E(chart.Area.Name)).Append("</span></a>");
            }

            html.Append("</figcaption>\n</figure></li>\n");
        }

        html.Append("</ul>\n");
    }

    private static void Table(StringBuilder html, SiteData data, IndicatorDefinition indicator)
    {
        var rows = data.Rows(indicator.Id);
        var periods = rows.Select(r => r.Period).Distinct().Order().ToList();
        html.Append("<h2 id=\"tabell\">Tabell: alla områden och perioder</h2>\n")
            .Append("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"tabell-caption\">\n<table").Append(TableFilters.Filterable).Append(">\n<caption id=\"tabell-caption\">")
            .Append(Html.E(indicator.Title)).Append(Figures.UnitSuffix(indicator)).Append(": värde med ")
            .Append(Html.E(SwedishFormat.Confidence(indicator.Confidence))).Append(" konfidensintervall per område och period, och senaste bedömning</caption>\n")
            .Append("<thead>\n<tr><th scope=\"col\">Område</th>");
        foreach (var period in periods)
        {
            html.Append("<th scope=\"col\" data-col-period=\"").Append(Html.E(period.ToString())).Append("\">").Append(Html.E(period.ToString())).Append("</th>");
        }

        html.Append("<th scope=\"col\">Förändring sedan utgångsläget</th><th scope=\"col\">Bedömning</th><th scope=\"col\">Jämfört med staden</th></tr>\n</thead>\n");
        var groups = new List<(string Title, List<Area> Areas)>();
        if (data.CitySeries(indicator.Id).Count > 0)
        {
            groups.Add((ChartModelBuilder.CityLabel, [data.City]));
        }

        foreach (var group in data.AreasWithRows(indicator.Id).GroupBy(a => a.Kind))
        {
            groups.Add((AreaKindWords.PluralTitle(group.Key), group.ToList()));
        }

        var columns = periods.Count + 4;
        var sentences = new StringBuilder();
        foreach (var (title, areas) in groups)
        {
            html.Append("<tbody>\n<tr><th scope=\"rowgroup\" colspan=\"").Append(columns.ToString(CultureInfo.InvariantCulture)).Append("\" class=\"group\">")
                .Append(Html.E(title)).Append("</th></tr>\n");
            foreach (var area in areas)
            {
                var series = data.Series(indicator.Id, area.Id);
                var byPeriod = series.GroupBy(r => r.Period).ToDictionary(g => g.Key, g => g.Last());
                var isCity = data.IsCity(area.Id);
                html.Append(isCity
                        ? "<tr class=\"city\" data-area=\"Hela staden\" data-filter-keep>"
                        : $"<tr data-area=\"{Html.E(area.Name)}\" data-area-kind=\"{Html.E(AreaKindWords.PluralTitle(area.Kind))}\">").Append("<th scope=\"row\" id=\"").Append(SiteLinks.AreaAnchor(area.Id)).Append("\">")
                    .Append(Html.LinkOrText(Root, data.Links.Profile(area), isCity ? area.Name + " (hela staden)" : area.Name)).Append("</th>");
                foreach (var period in periods)
                {
                    html.Append("<td class=\"num\" data-col-period=\"").Append(Html.E(period.ToString())).Append("\">")
                        .Append(ValueCells.Value(byPeriod.GetValueOrDefault(period), indicator, data.Revisions)).Append("</td>");
                }

                var latest = series.LastOrDefault(r => ChartSummary.IsShown(r) && r.Change is not null) ;
                var last = SiteData.LatestShown(series);
                html.Append("<td class=\"num change\">").Append(ValueCells.Change(latest, indicator)).Append("</td><td>")
                    .Append(latest is null ? Html.NoValue : ValueCells.Verdict(latest.ChangeVerdict)).Append("</td><td>")
                    .Append(isCity || last is null || !ComparatorLevels.IsMeaningful(indicator) || ComparatorLevels.Of(last).Verdict == Verdict.NotAssessed
                        ? Html.NoValue
                        : CityCell(last)).Append("</td></tr>\n");
                if (last is not null)
                {
                    sentences.Append("<li><a href=\"#").Append(SiteLinks.AreaAnchor(area.Id)).Append("\">").Append(Html.E(isCity ? "Hela staden" : area.Name)).Append("</a>: ")
                        .Append(Html.E(YearlyReport.Explanations.Describe(indicator, isCity ? "hela staden" : area.Name, last, isCity))).Append("</li>\n");
                }
            }

            html.Append("</tbody>\n");
        }

        html.Append("</table>\n</div>\n")
            .Append("<p class=\"note\">Jämfört med staden: skillnaden prövas på två nivåer, som i Fingertips. <q>på 95\u00A0%-nivån</q> betyder att den är statistiskt ")
            .Append("säkerställd med 95\u00A0% konfidens men inte med 99,8\u00A0%; <strong>fetstil</strong> med <q>").Append(Html.E(VerdictText.AlsoAt998))
            .Append("</q> att den håller även på den strängare nivån.</p>\n");
        if (sentences.Length > 0)
        {
            html.Append("<h3 id=\"tabell-i-ord\">Senaste värdet i ord</h3>\n<ul class=\"sentences\">\n").Append(sentences).Append("</ul>\n");
        }
    }

    /// <summary>The comparison with the city at both levels, in bold when it holds at 99.8 % too.</summary>
    private static string CityCell(IndicatorResult last)
    {
        var text = Html.E(VerdictText.VersusCityLevels(last) + " " + last.Period);
        return VerdictText.CityLevel(last) == 998 ? "<strong>" + text + "</strong>" : text;
    }

    private static void Definition(StringBuilder html, SiteData data, IndicatorDefinition indicator)
    {
        html.Append("<h2 id=\"definition\">Definition, källa och metod</h2>\n<dl class=\"definition\">\n");
        foreach (var (field, value) in IndicatorFacts.For(data, indicator))
        {
            html.Append("<dt>").Append(Html.E(field)).Append("</dt><dd>").Append(Html.E(value)).Append("</dd>\n");
        }

        html.Append("</dl>\n");
    }

    private static void Downloads(StringBuilder html, IndicatorDefinition indicator)
    {
        html.Append("<h2 id=\"ladda-ner\">Ladda ner</h2>\n<ul>\n")
            .Append("<li><a href=\"").Append(Html.Href(Root, SiteLinks.Excel(indicator.Id))).Append("\" download>")
            .Append(Html.E(indicator.Title)).Append(" som Excel</a> (svenska rubriker och talformat, en flik om indikatorn)</li>\n")
            .Append("<li><a href=\"").Append(Html.Href(Root, SiteLinks.Csv(indicator.Id))).Append("\" download>")
            .Append(Html.E(indicator.Title)).Append(" som CSV</a> (maskinläsbar: kommaseparerad, decimalpunkt, samma kolumner som API:t)</li>\n")
            .Append("</ul>\n");
    }
}
