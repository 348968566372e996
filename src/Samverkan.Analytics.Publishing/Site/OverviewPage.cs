using System.Text;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Dashboards;
using Samverkan.Analytics.Publishing.Formatting;

namespace Samverkan.Analytics.Publishing.Site;

/// <summary>
/// An overview page: for each matrix panel a real table of indicators (rows, grouped by priority
/// area) × the city and the areas of one kind (columns), each cell the verdict since the baseline
/// as a word on its colour and a link to the indicator page's row; verdict lists in words.
/// </summary>
internal static class OverviewPage
{
    private static readonly Verdict[] LegendOrder = [Verdict.Better, Verdict.Similar, Verdict.Worse, Verdict.Higher, Verdict.Lower, Verdict.NotAssessed];

    public static string Render(SiteData data, SiteMaps maps, DashboardPage page)
    {
        const string Root = "";
        var html = new StringBuilder(128 * 1024);
        PageFrame.Begin(html, data, page.Title, Root, page, [], maps.HasOverview(page) ? [MapSwitcher.Script, TableFilters.Script] : [TableFilters.Script]);
        PageFrame.Audience(html, page);
        LocalAgreements.RevisionBanner.Append(html, data);
        if (page.Intro is { } intro)
        {
            html.Append("<p class=\"lead\">").Append(Html.E(intro)).Append("</p>\n");
        }

        html.Append("<p>").Append(Html.E(AgreementLine(data, page))).Append("</p>\n");
        if (data.Indicators.Count == 0)
        {
            html.Append("<p>Det finns inga resultat att visa ännu.</p>\n");
        }

        var matrixNumber = 0;
        foreach (var panel in page.Panels)
        {
            switch (panel.Type)
            {
                case PanelType.Matrix:
                    Matrix(html, data, page, panel.AreaKind!.Value, ++matrixNumber == 1);
                    break;
                case PanelType.VerdictList:
                    VerdictList(html, data, page, panel.Verdict!.Value);
                    break;
                case PanelType.Map:
                    MapSwitcher.Render(html, data, maps, page, panel.AreaKind!.Value);
                    break;
            }
        }

        PageFrame.End(html, data, Root);
        return html.ToString();
    }

    private static string AgreementLine(SiteData data, DashboardPage page)
    {
        if (page.Agreement != DashboardLoader.CurrentAgreement && data.Catalog.FindAgreement(page.Agreement) is { } agreement)
        {
            return $"Utgångsläget är det som gällde för {agreement.Title.TrimEnd('.')} (undertecknad {agreement.Signed.ToString("d MMMM yyyy", SwedishFormat.Culture)}); " +
                "varje ruta visar den senaste perioden som följdes upp mot den överenskommelsen.";
        }

        return "Varje ruta visar den senaste perioden jämförd med utgångsläget i den överenskommelse som gällde då (se indikatorns sida för år och värden).";
    }

    /// <summary>The areas (columns) of a matrix: those of the kind that exist on the agreement's day and have rows.</summary>
    private static List<Area> Columns(SiteData data, string agreement, AreaKind kind)
    {
        var day = data.DayOf(agreement);
        return data.AreasOfKind(kind).Where(a => a.Validity.Contains(day)).ToList();
    }

    private static void Matrix(StringBuilder html, SiteData data, DashboardPage page, AreaKind kind, bool withLegend)
    {
        var areas = Columns(data, page.Agreement, kind);
        var indicators = data.Indicators
            .Where(i => areas.Any(a => data.Series(i.Id, a.Id).Count > 0))
            .ToList();
        var heading = AreaKindWords.PluralTitle(kind);
        var id = "matris-" + SitePaths.Segment(kind.ToWord());
        html.Append("<section aria-labelledby=\"").Append(id).Append("\">\n<h2 id=\"").Append(id).Append("\">")
            .Append(Html.E(AreaKindWords.PluralTitle(kind))).Append(": förändring sedan utgångsläget</h2>\n");
        if (areas.Count == 0 || indicators.Count == 0)
        {
            html.Append("<p>Inga resultat för ").Append(Html.E(AreaKindWords.Plural(kind))).Append(".</p>\n</section>\n");
            return;
        }

        if (withLegend)
        {
            Legend(html);
        }
        else
        {
            html.Append("<p class=\"note\">Orden betyder detsamma som i tabellen ovan.</p>\n");
        }

        html.Append("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"").Append(id).Append("-caption\">\n")
            .Append("<table class=\"matrix\"").Append(TableFilters.Filterable).Append(" data-period-label=\"Senaste period\">\n<caption id=\"").Append(id).Append("-caption\">").Append(Html.E(heading))
            .Append(": bedömning av förändringen sedan utgångsläget per indikator (rader) och område (kolumner)</caption>\n<thead>\n<tr><th scope=\"col\">Indikator</th>")
            .Append("<th scope=\"col\" class=\"area city\" data-col-area=\"Hela staden\" data-filter-keep><span class=\"vertical\">Hela staden</span></th>");
        foreach (var area in areas)
        {
            html.Append("<th scope=\"col\" class=\"area\" data-col-area=\"").Append(Html.E(area.Name)).Append("\"><span class=\"vertical\">").Append(Html.E(area.Name)).Append("</span></th>");
        }

        html.Append("</tr>\n</thead>\n");
        var columns = areas.Count + 2;
        foreach (var group in indicators.GroupBy(i => data.PriorityAreaOf(i).Id, StringComparer.OrdinalIgnoreCase))
        {
            var priority = data.PriorityAreaOf(group.First());
            html.Append("<tbody>\n<tr><th scope=\"rowgroup\" colspan=\"").Append(columns).Append("\" class=\"group\">")
                .Append(Html.LinkOrText(string.Empty, data.Links.PriorityArea(priority.Id), priority.Title)).Append("</th></tr>\n");
            foreach (var indicator in group)
            {
                var city = data.Latest(indicator.Id, data.City.Id, page.Agreement);
                var latest = LatestOf(data, indicator, page.Agreement);
                html.Append("<tr data-period=\"").Append(Html.E(latest?.Period.ToString())).Append("\"><th scope=\"row\">")
                    .Append(Html.LinkOrText(string.Empty, data.Links.Indicator(indicator), indicator.Title))
                    .Append("<span class=\"muted\">").Append(Html.E(SpanText(data, indicator, page.Agreement))).Append("</span></th>");
                Cell(html, data, indicator, data.City, city);
                foreach (var area in areas)
                {
                    Cell(html, data, indicator, area, data.Latest(indicator.Id, area.Id, page.Agreement));
                }

                html.Append("</tr>\n");
            }

            html.Append("</tbody>\n");
        }

        html.Append("</table>\n</div>\n</section>\n");
    }

    /// <summary>"utgångsläge 2017, senast 2023" for the row header, from the city's row (or any).</summary>
    private static string SpanText(SiteData data, IndicatorDefinition indicator, string agreement)
    {
        var row = LatestOf(data, indicator, agreement);
        if (row is null)
        {
            return string.Empty;
        }

        return row.BaselinePeriod is { } b ? $"utgångsläge {b}, senast {row.Period}" : $"senast {row.Period}, inget utgångsläge";
    }

    /// <summary>The row a matrix row's span and period filter go by: the city's latest, or any area's.</summary>
    private static IndicatorResult? LatestOf(SiteData data, IndicatorDefinition indicator, string agreement) =>
        data.Latest(indicator.Id, data.City.Id, agreement)
        ?? data.Rows(indicator.Id).LastOrDefault(r => agreement == DashboardLoader.CurrentAgreement || string.Equals(r.AgreementId, agreement, StringComparison.OrdinalIgnoreCase));

    private static void Cell(StringBuilder html, SiteData data, IndicatorDefinition indicator, Area area, IndicatorResult? row)
    {
        var column = data.IsCity(area.Id) ? " data-col-area=\"Hela staden\" data-filter-keep" : $" data-col-area=\"{Html.E(area.Name)}\"";
        if (row is null)
        {
            html.Append("<td class=\"v v-not-assessed\"").Append(column).Append('>').Append(Html.NoValue).Append("</td>");
            return;
        }

        var verdict = Shown(row) ? row.ChangeVerdict : Verdict.NotAssessed;
        var isCity = data.IsCity(area.Id);
        var name = isCity ? "hela staden" : area.Name;
        // The text alternative and the tooltip: Core's sentences (change, comparison with the city at
        // both levels, target), the same words as the report and the digests. They name the indicator
        // and the area themselves (so do the row and column headers): no "indicator, area:" before them.
        var sentences = YearlyReport.Explanations.Describe(indicator, name, row, isCity);
        var level = isCity || indicator.Measure == Measure.Count ? 0 : VerdictText.CityLevel(row);
        html.Append("<td class=\"v v-").Append(verdict.ToWord()).Append('"').Append(column).Append('>');
        var link = data.Links.IndicatorArea(indicator, area.Id);
        var inner = new StringBuilder(Html.E(VerdictText.Short(verdict)));
        if (level > 0)
        {
            inner.Append(CityMark(VerdictText.VersusCity(ComparatorLevels.Of(row).Verdict), level));
        }

        // Said once: the sentences are part of the cell's text (so a screen reader reads them once, as
        // part of the link), hidden until the cell is hovered or focused, when style.css shows the same
        // element as a tooltip (Escape hides it: filters.js). No title attribute: it would be read again
        // as the link's description, and it doubled the page's largest part.
        inner.Append("<span class=\"tip\"><span class=\"tip-sep\"> – </span>").Append(Html.E(sentences)).Append("</span>");
        if (link is null)
        {
            html.Append("<span class=\"cell\" tabindex=\"0\">").Append(inner).Append("</span>");
        }
        else
        {
            html.Append("<a href=\"").Append(Html.Href(string.Empty, link)).Append("\">").Append(inner).Append("</a>");
        }

        html.Append("</td>");
    }

    /// <summary>The cell's second line: the comparison with the city, one star at 95 %, two when it holds at 99.8 % too (words in the hidden text).</summary>
    private static string CityMark(string words, int level) =>
        "<span class=\"cmp cmp-" + level.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\" aria-hidden=\"true\">" + Html.E(words) + (level == 998 ? "**" : "*") + "</span>";

    private static bool Shown(IndicatorResult row) => Charts.ChartSummary.IsShown(row);

    private static void Legend(StringBuilder html)
    {
        html.Append("<h3 id=\"teckenforklaring\">Så läser du tabellen</h3>\n<ul class=\"legend\" aria-labelledby=\"teckenforklaring\">\n");
        foreach (var verdict in LegendOrder)
        {
            html.Append("<li><span class=\"swatch v v-").Append(verdict.ToWord()).Append("\">").Append(Html.E(VerdictText.Short(verdict)))
                .Append("</span> ").Append(Html.E(VerdictText.Legend(verdict))).Append("</li>\n");
        }

        html.Append("</ul>\n<p class=\"note\">Bedömningen bygger på konfidensintervallet för förändringen, aldrig på p-värdet ensamt. ")
            .Append("Där det är bättre med lägre värden (otrygghet, brott) betyder en minskning <q>Bättre</q>. Välj en ruta för att se siffrorna.</p>\n")
            .Append("<p>Rutans andra rad jämför området med hela staden samma period (Fingertips två nivåer): ")
            .Append(CityMark("sämre än staden", 95)).Append(" <span class=\"visually-hidden\">sämre än staden med en stjärna</span> betyder att skillnaden mot staden är statistiskt säkerställd på 95\u00A0%-nivån men inte på 99,8\u00A0%-nivån; ")
            .Append(CityMark("sämre än staden", 998)).Append(" <span class=\"visually-hidden\">sämre än staden med två stjärnor</span> att området ")
            .Append(Html.E(VerdictText.AlsoAt998)).Append(", alltså med större säkerhet. Ingen andra rad: ingen säker skillnad mot staden, eller ingen jämförelse. ")
            .Append("Håll pekaren över en ruta eller gå till den med tabbtangenten (eller läs den med skärmläsare) för hela förklaringen i ord; Esc döljer den.</p>\n");
    }

    private static void VerdictList(StringBuilder html, SiteData data, DashboardPage page, Verdict verdict)
    {
        var id = "lista-" + verdict.ToWord();
        var title = verdict switch
        {
            Verdict.Worse => "Statistiskt säkerställt sämre sedan utgångsläget",
            Verdict.Better => "Statistiskt säkerställt bättre sedan utgångsläget",
            Verdict.Higher => "Statistiskt säkerställt högre sedan utgångsläget",
            _ => "Statistiskt säkerställt lägre sedan utgångsläget",
        };
        html.Append("<section aria-labelledby=\"").Append(id).Append("\">\n<h2 id=\"").Append(id).Append("\">").Append(Html.E(title)).Append("</h2>\n");
        var day = data.DayOf(page.Agreement);
        var any = false;
        var list = new StringBuilder();
        foreach (var indicator in data.Indicators)
        {
            var areas = new List<Area> { data.City };
            areas.AddRange(data.AreasWithRows(indicator.Id).Where(a => data.Links.Profile(a) is not null && a.Validity.Contains(day)));
            var hits = areas
                .Select(a => (Area: a, Row: data.Latest(indicator.Id, a.Id, page.Agreement)))
                .Where(h => h.Row is not null && Charts.ChartSummary.IsShown(h.Row) && h.Row.ChangeVerdict == verdict)
                .ToList();
            if (hits.Count == 0)
            {
                continue;
            }

            any = true;
            list.Append("<li>").Append(Html.LinkOrText(string.Empty, data.Links.Indicator(indicator), indicator.Title)).Append(": ");
            list.Append(string.Join("; ", hits.Select(h =>
            {
                var name = data.IsCity(h.Area.Id) ? "hela staden" : h.Area.Name;
                var change = ValueCells.Change(h.Row, indicator);
                return $"{Html.LinkOrText(string.Empty, data.Links.IndicatorArea(indicator, h.Area.Id), name)} ({change})";
            })));
            list.Append("</li>\n");
        }

        if (any)
        {
            html.Append("<ul class=\"verdicts\">\n").Append(list).Append("</ul>\n");
        }
        else
        {
            html.Append("<p>Inga indikatorer i något område.</p>\n");
        }

        html.Append("</section>\n");
    }
}
