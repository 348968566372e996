using System.Text;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Charts;
using Samverkan.Analytics.Publishing.Dashboards;
using Samverkan.Analytics.Publishing.Formatting;

namespace Samverkan.Analytics.Publishing.Site;

/// <summary>
/// An area's profile: every indicator's latest value against the city and the spread of the other
/// areas of the same kind (a spine chart row), grouped by priority area, with the comparison and the
/// change since the baseline in words.
/// </summary>
internal static class AreaProfilePage
{
    private const string Root = "../";

    public static string Render(SiteData data, SiteCharts charts, SiteMaps maps, DashboardPage page, Area area)
    {
        var html = new StringBuilder(48 * 1024);
        PageFrame.Begin(html, data, data.Qualified(area), Root, page, [("Översikt", "index.html"), (page.Title, SiteLinks.TemplateIndex(page))]);
        PageFrame.Audience(html, page);
        Facts(html, data, area);
        if (page.Panels.Any(p => p.Type == PanelType.LocatorMap) && maps.Locator(area.Id) is { } locator)
        {
            html.Append("<h2 id=\"karta\">Var området ligger</h2>\n");
            MapFigures.MapWithTable(html, data, Root, locator);
        }

        Legend(html);

        var indicators = data.Indicators.Where(i => data.Series(i.Id, area.Id).Count > 0).ToList();
        if (indicators.Count == 0)
        {
            html.Append("<p>Det finns inga resultat för området.</p>\n");
            PageFrame.End(html, data, Root);
            return html.ToString();
        }

        html.Append("<h2 id=\"profil\">Alla indikatorer jämförda med staden</h2>\n")
            .Append("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"profil-caption\">\n<table>\n<caption id=\"profil-caption\">")
            .Append(Html.E(area.Name)).Append(": senaste värde per indikator jämfört med hela staden och med andra ")
            .Append(Html.E(AreaKindWords.Plural(area.Kind))).Append("</caption>\n<thead>\n<tr>")
            .Append("<th scope=\"col\">Indikator</th><th scope=\"col\">Period</th><th scope=\"col\">").Append(Html.E(area.Name)).Append(" (KI)</th>")
            .Append("<th scope=\"col\">Hela staden</th><th scope=\"col\">Jämfört med staden</th><th scope=\"col\">Sedan utgångsläget</th>")
            .Append("<th scope=\"col\">Spridning: sämst ← staden → bäst</th></tr>\n</thead>\n");
        foreach (var group in indicators.GroupBy(i => data.PriorityAreaOf(i).Id, StringComparer.OrdinalIgnoreCase))
        {
            var priority = data.PriorityAreaOf(group.First());
            html.Append("<tbody>\n<tr><th scope=\"rowgroup\" colspan=\"7\" class=\"group\">")
                .Append(Html.LinkOrText(Root, data.Links.PriorityArea(priority.Id), priority.Title)).Append("</th></tr>\n");
            foreach (var indicator in group)
            {
                var rows = data.Series(indicator.Id, area.Id);
                var latest = SiteData.LatestShown(rows) ?? rows[^1];
                var city = data.CitySeries(indicator.Id).FirstOrDefault(r => r.Period == latest.Period);
                var shown = ChartSummary.IsShown(latest);
                html.Append("<tr><th scope=\"row\">").Append(Html.LinkOrText(Root, data.Links.IndicatorArea(indicator, area.Id), indicator.Title));
                if (charts.Area(indicator.Id, area.Id) is { } chart)
                {
                    html.Append(" <a class=\"note\" href=\"").Append(Html.Href(Root, chart.Path + ".png")).Append("\">diagram<span class=\"visually-hidden\">: ")
                        .Append(Html.E(indicator.Title)).Append("</span></a>");
                }

                html.Append("</th><td>").Append(Html.E(latest.Period.ToString())).Append("</td><td class=\"num\">")
                    .Append(ValueCells.Value(latest, indicator, data.Revisions)).Append("</td><td class=\"num\">")
                    .Append(city is not null && ChartSummary.IsShown(city) ? Html.E(SwedishFormat.Value(city.Value!.Value, indicator)) : Html.NoValue)
                    .Append("</td><td>").Append(shown && ComparatorLevels.IsMeaningful(indicator) && ComparatorLevels.Of(latest).Verdict != Verdict.NotAssessed ? Html.E(VerdictText.VersusCityLevels(latest)) : Html.NoValue)
                    .Append("</td><td>").Append(shown && latest.Change is not null ? ValueCells.Verdict(latest.ChangeVerdict) + " " + ValueCells.Change(latest, indicator) : Html.NoValue)
                    .Append("</td><td class=\"spine\">");
                if (shown && city is not null && ChartSummary.IsShown(city) && ComparatorLevels.IsMeaningful(indicator))
                {
                    var peers = data.AreasWithRows(indicator.Id, area.Kind)
                        .Select(a => data.Series(indicator.Id, a.Id).FirstOrDefault(r => r.Period == latest.Period))
                        .Where(r => r is not null && ChartSummary.IsShown(r))
                        .Select(r => r!.Value!.Value)
                        .ToList();
                    var (versusCity, alsoAt998) = ComparatorLevels.Of(latest);
                    html.Append(SpineSvg.Render(peers, city.Value!.Value, latest.Value!.Value, versusCity, alsoAt998, indicator.Polarity));
                }

                html.Append("</td></tr>\n");
            }

            html.Append("</tbody>\n");
        }

        html.Append("</table>\n</div>\n");
        Sentences(html, data, area, indicators);
        PageFrame.End(html, data, Root);
        return html.ToString();
    }

    /// <summary>The profile in words: Core's sentences on each indicator's latest value (change, comparison with the city at both levels, target).</summary>
    private static void Sentences(StringBuilder html, SiteData data, Area area, List<Core.Indicators.IndicatorDefinition> indicators)
    {
        html.Append("<h2 id=\"i-ord\">Profilen i ord</h2>\n<ul class=\"sentences\">\n");
        foreach (var indicator in indicators)
        {
            var rows = data.Series(indicator.Id, area.Id);
            var latest = SiteData.LatestShown(rows) ?? rows[^1];
            html.Append("<li><strong>").Append(Html.E(indicator.Title)).Append(".</strong> ")
                .Append(Html.E(YearlyReport.Explanations.Describe(indicator, area.Name, latest, data.IsCity(area.Id)))).Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static void Facts(StringBuilder html, SiteData data, Area area)
    {
        html.Append("<dl class=\"meta\">\n<dt>Typ</dt><dd>").Append(Html.E(Capital(AreaKindWords.Singular(area.Kind)))).Append("</dd>\n");
        // A limited site names no area outside its scope: not the parent, successor or overlapping areas.
        if (area.ParentId is { } parent && data.Shows(parent) && data.Catalog.Areas.Find(parent) is { } parentArea)
        {
            html.Append("<dt>Ingår i</dt><dd>").Append(Html.E(parentArea.Name)).Append("</dd>\n");
        }

        if (area.Validity.From is not null || area.Validity.To is not null)
        {
            html.Append("<dt>Giltigt</dt><dd>")
                .Append(area.Validity.From is { } from ? "från " + from.ToString("d MMMM yyyy", SwedishFormat.Culture) : string.Empty)
                .Append(area.Validity.From is not null && area.Validity.To is not null ? " " : string.Empty)
                .Append(area.Validity.To is { } to ? "till " + to.ToString("d MMMM yyyy", SwedishFormat.Culture) : string.Empty)
                .Append("</dd>\n");
        }

        if (area.SuccessorId is { } successor && data.Shows(successor) && data.Catalog.Areas.Find(successor) is { } next)
        {
            html.Append("<dt>Ersatt av</dt><dd>").Append(Html.LinkOrText(Root, data.Links.Profile(next), next.Name)).Append("</dd>\n");
        }

        var overlaps = data.Catalog.Areas.Overlaps
            .Where(o => string.Equals(o.DistrictId, area.Id, StringComparison.OrdinalIgnoreCase) || string.Equals(o.LocalPoliceAreaId, area.Id, StringComparison.OrdinalIgnoreCase))
            .Select(o => string.Equals(o.DistrictId, area.Id, StringComparison.OrdinalIgnoreCase) ? o.LocalPoliceAreaId : o.DistrictId)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(data.Shows)
            .Select(data.Area)
            .ToList();
        if (overlaps.Count > 0)
        {
            html.Append("<dt>Överlappar</dt><dd>").Append(string.Join(", ", overlaps.Select(o => Html.LinkOrText(Root, data.Links.Profile(o), o.Name)))).Append("</dd>\n");
        }

        var locals = data.LocalAgreements
            .Where(l => l.DistrictIds.Concat(l.LocalPoliceAreaIds).Contains(area.Id, StringComparer.OrdinalIgnoreCase))
            .ToList();
        if (locals.Count > 0)
        {
            html.Append("<dt>Lokal överenskommelse</dt><dd>").Append(Html.E(string.Join("; ", locals.Select(l => l.Title)))).Append("</dd>\n");
        }

        html.Append("</dl>\n");
    }

    private static void Legend(StringBuilder html)
    {
        html.Append("<h2 id=\"las-profilen\">Så läser du profilen</h2>\n<p>Varje rad visar indikatorns senaste värde i området och i hela staden. ")
            .Append("Spridningsstapeln visar alla områden av samma slag: ljusgrå från det sämsta till det bästa, mörkgrå den mittersta hälften, ")
            .Append("den svarta linjen är staden. Sämre värden ligger till vänster och bättre till höger (för indikatorer utan riktning: lägre till vänster). ")
            .Append("Antal (till exempel genomförda trygghetsvandringar) får ingen stapel: områden av olika storlek jämförs inte på antal. ")
            .Append("Jämförelsen med staden har två nivåer, som i Fingertips: en färgad symbol betyder att skillnaden är statistiskt säkerställd på 95\u00A0%-nivån, ")
            .Append("en svart ring runt den att den håller även på 99,8\u00A0%-nivån. Under tabellen står varje rad i ord.</p>\n")
            .Append("<ul class=\"legend spine-legend\">\n");
        foreach (var verdict in new[] { Verdict.Better, Verdict.Similar, Verdict.Worse, Verdict.Higher, Verdict.NotAssessed })
        {
            var words = ComparatorLevels.IsDifferent(verdict) ? VerdictText.VersusCity(verdict) + " " + VerdictText.OnlyAt95 : VerdictText.VersusCity(verdict);
            html.Append("<li>").Append(SpineSvg.Symbol(verdict)).Append(' ').Append(Html.E(Capital(words))).Append("</li>\n");
            if (ComparatorLevels.IsDifferent(verdict))
            {
                html.Append("<li>").Append(SpineSvg.Symbol(verdict, alsoAt998: true)).Append(' ')
                    .Append(Html.E(Capital(VerdictText.VersusCity(verdict) + ", " + VerdictText.AlsoAt998 + " (svart ring)"))).Append("</li>\n");
            }
        }

        html.Append("</ul>\n");
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpper(text[0], SwedishFormat.Culture) + text[1..];
}
