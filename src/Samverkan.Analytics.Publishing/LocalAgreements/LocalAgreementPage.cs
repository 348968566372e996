using System.Text;
using Samverkan.Analytics.Core.Agreements;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Dashboards;
using Samverkan.Analytics.Publishing.Formatting;
using Samverkan.Analytics.Publishing.Site;
using Samverkan.Analytics.Publishing.YearlyReport;

namespace Samverkan.Analytics.Publishing.LocalAgreements;

/// <summary>
/// The pages of a <c>local-agreement</c> dashboard page (docs/local-agreements.md): one per local
/// agreement (what it covers, its priority areas, and per indicator of its follow-up a table of its
/// districts and local police areas against the city: latest value, change since the baseline,
/// comparison with the city, target), and the list of all local agreements.
/// </summary>
internal static class LocalAgreementPage
{
    private const string Root = "../";

    public static string Render(SiteData data, DashboardPage page, LocalAgreement local)
    {
        var html = new StringBuilder(64 * 1024);
        PageFrame.Begin(html, data, local.Title, Root, page, [("Översikt", "index.html"), (page.Title, SiteLinks.TemplateIndex(page))]);
        PageFrame.Audience(html, page);
        if (page.Intro is { } intro)
        {
            html.Append("<p class=\"lead\">").Append(Html.E(intro)).Append("</p>\n");
        }

        Facts(html, data, local);
        if (page.Panels.Any(p => p.Type == PanelType.LocalIndicators))
        {
            Indicators(html, data, local);
        }

        PageFrame.End(html, data, Root);
        return html.ToString();
    }

    /// <summary>The list of local agreements on the template's index page.</summary>
    public static void List(StringBuilder html, SiteData data, DashboardPage page)
    {
        html.Append(Figures.ScrollBox("lokala samverkansöverenskommelser")).Append("<table>\n<caption>Lokala samverkansöverenskommelser mellan stadsdelsförvaltningarna och lokalpolisområdena</caption>\n")
            .Append("<thead><tr><th scope=\"col\">Överenskommelse</th><th scope=\"col\">Stadsdelsområden</th><th scope=\"col\">Lokalpolisområden</th><th scope=\"col\">Gäller</th><th scope=\"col\">Egna indikatorer</th></tr></thead>\n<tbody>\n");
        foreach (var local in data.LocalAgreements)
        {
            html.Append("<tr><th scope=\"row\">").Append(Html.LinkOrText(Root, SiteLinks.Entry(page, local.Id), local.Title)).Append("</th><td>")
                .Append(Html.E(Names(data, local.DistrictIds))).Append("</td><td>")
                .Append(Html.E(Names(data, local.LocalPoliceAreaIds))).Append("</td><td>")
                .Append(Html.E(Period(local))).Append("</td><td>")
                .Append(local.Indicators.Count).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n");
    }

    private static void Facts(StringBuilder html, SiteData data, LocalAgreement local)
    {
        html.Append("<dl class=\"facts\">\n<dt>Stadsdelsområden</dt><dd>").Append(AreaLinks(data, local.DistrictIds)).Append("</dd>\n")
            .Append("<dt>Lokalpolisområden</dt><dd>").Append(AreaLinks(data, local.LocalPoliceAreaIds)).Append("</dd>\n")
            .Append("<dt>Gäller</dt><dd>").Append(Html.E(Period(local))).Append("</dd>\n");
        var taken = local.PriorityAreaIds.Select(id => data.Catalog.FindPriorityArea(id) is { } p
            ? Html.LinkOrText(Root, data.Links.PriorityArea(p.Id), p.Title)
            : Html.E(id)).ToList();
        if (taken.Count > 0)
        {
            html.Append("<dt>Prioriterade samverkansområden</dt><dd>").Append(string.Join("; ", taken)).Append("</dd>\n");
        }

        foreach (var priority in local.LocalPriorityAreas)
        {
            html.Append("<dt>Lokal prioritering</dt><dd>").Append(Html.E(priority.Title))
                .Append(priority.IsExample ? " <span class=\"note\">(exempel, inte hämtat ur en verklig överenskommelse)</span>" : string.Empty);
            foreach (var goal in priority.SubGoals)
            {
                html.Append("<br>Delmål: ").Append(Html.E(goal.Title));
            }

            html.Append("</dd>\n");
        }

        html.Append("</dl>\n");
        var split = local.DistrictIds.Where(d => data.Catalog.Areas.Overlaps.Count(o => string.Equals(o.DistrictId, d, StringComparison.OrdinalIgnoreCase)) > 1).ToList();
        if (split.Count > 0)
        {
            html.Append("<p class=\"note\">").Append(Html.E(Names(data, split)))
                .Append(split.Count == 1 ? " är delat" : " är delade")
                .Append(" mellan två lokalpolisområden. Stadens trygghetsmätning och brottsstatistiken redovisas per stadsdelsområde, polisens trygghetsmätning per lokalpolisområde; ")
                .Append("värden för lokalpolisområden som bygger på stadsdelsområden är skattade med befolkningsandelar (markerade <q>skattat</q>).</p>\n");
        }
    }

    private static void Indicators(StringBuilder html, SiteData data, LocalAgreement local)
    {
        var areas = LocalAgreementFollowUp.AreaIds(local).Select(data.Area).Append(data.City).ToList();
        var indicators = LocalAgreementFollowUp.Indicators(data.Catalog, local);
        html.Append("<h2>Indikatorer och mål</h2>\n<p>Överenskommelsens egna indikatorer och den övergripande överenskommelsens indikatorer för målet och de samverkansområden den tar upp, ")
            .Append("för dess områden jämfört med hela staden. Bedömningarna avgörs av konfidensintervallen.</p>\n");
        var shown = 0;
        foreach (var indicator in indicators)
        {
            var rows = areas.Select(a => (Area: a, Row: data.Series(indicator.Id, a.Id).LastOrDefault())).Where(x => x.Row is not null).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            shown++;
            var own = local.Indicators.Contains(indicator);
            html.Append(Figures.ScrollBox(indicator.Title)).Append("<table>\n<caption>").Append(Html.LinkOrText(Root, data.Links.Indicator(indicator), indicator.Title))
                .Append(own ? " <span class=\"note\">(lokal indikator)</span>" : string.Empty).Append("</caption>\n")
                .Append("<thead><tr><th scope=\"col\">Område</th><th scope=\"col\">Senaste värde</th><th scope=\"col\">Förändring sedan utgångsläget</th>")
                .Append("<th scope=\"col\">Bedömning</th><th scope=\"col\">Jämfört med staden</th><th scope=\"col\">Mål</th></tr></thead>\n<tbody>\n");
            foreach (var (area, row) in rows)
            {
                html.Append("<tr><th scope=\"row\">").Append(Html.E(AreaName(data, area))).Append("</th><td>")
                    .Append(row!.Period).Append(": ").Append(ValueCells.Value(row, indicator, data.Revisions)).Append("</td><td>")
                    .Append(ValueCells.Change(row, indicator, withSpan: false)).Append("</td><td>")
                    .Append(ValueCells.Verdict(row.ChangeVerdict)).Append("</td><td>")
                    .Append(data.IsCity(area.Id) || !ComparatorLevels.IsMeaningful(indicator) ? Html.NoValue : ValueCells.Verdict(row.ComparatorVerdict)).Append("</td><td>")
                    .Append(Html.E(Target(row, indicator))).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n</div>\n");
        }

        if (shown == 0)
        {
            html.Append("<p>Det finns inga resultat för överenskommelsens områden ännu.</p>\n");
        }
    }

    private static string Target(IndicatorResult row, IndicatorDefinition indicator) =>
        row.TargetValue is { } value && row.TargetYear is { } year
            ? $"{ReportWords.Target(row.TargetStatus)} (mål {SwedishFormat.WithUnit(value, indicator)} till {year})"
            : indicator.Target is null ? "inget mål" : "ej bedömt";

    private static string AreaLinks(SiteData data, IEnumerable<string> ids) =>
        string.Join(", ", ids.Select(data.Area).Select(a => Html.LinkOrText(Root, data.Links.Profile(a), a.Name)));

    private static string Names(SiteData data, IEnumerable<string> ids) => string.Join(", ", ids.Select(id => data.Area(id).Name));

    private static string AreaName(SiteData data, Area area) =>
        area.Kind == AreaKind.LocalPoliceArea && data.Catalog.Areas.Areas.Any(a => a.Kind == AreaKind.District && string.Equals(a.Name, area.Name, StringComparison.OrdinalIgnoreCase))
            ? $"{area.Name} (lokalpolisområde)"
            : data.IsCity(area.Id) ? "Hela staden" : area.Name;

    private static string Period(LocalAgreement local) => (local.From, local.To) switch
    {
        ({ } from, { } to) => $"{ReportWords.Day(from)}–{ReportWords.Day(to)}",
        ({ } from, null) => $"från {ReportWords.Day(from)}",
        (null, { } to) => $"till {ReportWords.Day(to)}",
        _ => "tills vidare",
    };
}
