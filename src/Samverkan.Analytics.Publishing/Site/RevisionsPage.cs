using System.Text;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Charts;
using Samverkan.Analytics.Publishing.Dashboards;
using Samverkan.Analytics.Publishing.Formatting;
using Samverkan.Analytics.Publishing.YearlyReport;

namespace Samverkan.Analytics.Publishing.Site;

/// <summary>
/// An indicator's revised values (<c>revideringar/{indicator}.html</c>): per revised row a section
/// (the <c>rev.</c> mark in the tables links to it) with the stored values it was computed from that
/// replaced an earlier delivery: the earlier value and its file and import day, and the current one.
/// </summary>
internal static class RevisionsPage
{
    private const string Root = "../";

    public static string Render(SiteData data, DashboardPage? indicatorPage, IndicatorDefinition indicator, IReadOnlyList<IndicatorResult> rows)
    {
        var html = new StringBuilder(16 * 1024);
        List<(string, string?)> crumbs = [("Översikt", "index.html")];
        if (indicatorPage is not null)
        {
            crumbs.Add((indicatorPage.Title, SiteLinks.TemplateIndex(indicatorPage)));
            crumbs.Add((indicator.Title, data.Links.Indicator(indicator)));
        }

        PageFrame.Begin(html, data, "Reviderade värden: " + indicator.Title, Root, indicatorPage, crumbs);
        html.Append("<p class=\"lead\">Värden som ändrats sedan en tidigare leverans. För varje reviderat värde visas ")
            .Append("uppgifterna det bygger på: det tidigare värdet med filen och dagen det importerades, och det nuvarande.</p>\n");
        foreach (var row in rows)
        {
            var area = data.Area(row.AreaId);
            var name = data.IsCity(row.AreaId) ? area.Name + " (hela staden)" : data.Qualified(area);
            html.Append("<section id=\"").Append(SiteRevisions.Anchor(row)).Append("\" aria-labelledby=\"").Append(SiteRevisions.Anchor(row)).Append("-rubrik\">\n")
                .Append("<h2 id=\"").Append(SiteRevisions.Anchor(row)).Append("-rubrik\">").Append(Html.E(name)).Append(", ").Append(Html.E(row.Period.ToString())).Append("</h2>\n")
                .Append("<p>Värdet som visas nu").Append(Figures.UnitSuffix(indicator)).Append(": ")
                .Append(row.Value is { } value && ChartSummary.IsShown(row)
                    ? Html.E(SwedishFormat.ValueWithInterval(value, row.CiLow, row.CiHigh, indicator))
                    : ValueCells.Value(row, indicator)).Append(". ")
                .Append(Html.LinkOrText(Root, data.Links.IndicatorArea(indicator, row.AreaId), "Till raden i indikatorns tabell")).Append(".</p>\n");
            var values = data.Revisions.Of(row);
            var shown = values.Where(v => data.Shows(v.Current.AreaId)).ToList();
            if (shown.Count > 0)
            {
                Table(html, data, indicator, name + ", " + row.Period, shown);
            }

            if (shown.Count < values.Count)
            {
                html.Append("<p>Värdet bygger också på reviderade uppgifter för områden som inte visas här.</p>\n");
            }
            else if (values.Count == 0)
            {
                html.Append("<p>De tidigare leveranserna finns inte längre kvar i databasen (de har återkallats).</p>\n");
            }

            html.Append("</section>\n");
        }

        PageFrame.End(html, data, Root);
        return html.ToString();
    }

    private static void Table(StringBuilder html, SiteData data, IndicatorDefinition indicator, string label, List<RevisedValue> values)
    {
        html.Append(Figures.ScrollBox("reviderade uppgifter, " + label)).Append("<table>\n<caption>Reviderade uppgifter: ").Append(Html.E(label)).Append("</caption>\n")
            .Append("<thead><tr><th scope=\"col\">Uppgift</th><th scope=\"col\">Tidigare värde</th><th scope=\"col\">Tidigare leverans</th>")
            .Append("<th scope=\"col\">Nuvarande värde</th><th scope=\"col\">Nuvarande leverans</th></tr></thead>\n<tbody>\n");
        foreach (var v in values)
        {
            html.Append("<tr><th scope=\"row\">").Append(Html.E(What(data, indicator, v.Current))).Append("</th><td class=\"num\">")
                .Append(Html.E(ValueText(indicator, v.Earlier))).Append("</td><td>").Append(Html.E(Delivery(v.EarlierImport))).Append("</td><td class=\"num\">")
                .Append(Html.E(ValueText(indicator, v.Current))).Append("</td><td>").Append(Html.E(Delivery(v.CurrentImport))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n");
    }

    /// <summary>What the stored value is: its subject (crime category, question, measurement), area and period.</summary>
    private static string What(SiteData data, IndicatorDefinition indicator, Observation o)
    {
        var subject = o.Dataset == Dataset.Crime
            ? data.Catalog.CrimeCategories.FirstOrDefault(c => string.Equals(c.Id, o.Subject, StringComparison.OrdinalIgnoreCase))?.Title ?? o.Subject
            : indicator.Title;
        return $"{subject}, {data.Qualified(data.Area(o.AreaId))}, {o.Period}";
    }

    /// <summary>A stored value as people read it: a share in percent with its respondents, a count, or a value; with its status.</summary>
    internal static string ValueText(IndicatorDefinition indicator, Observation o)
    {
        var text = o.Dataset switch
        {
            Dataset.Survey when o.Share is { } share => SwedishFormat.Number(share * 100, 1) + "\u00A0%"
                + (o.Respondents is { } n ? " (" + SwedishFormat.Number(n, 0) + " svarande)" : string.Empty),
            Dataset.Survey when o.Positive is { } p && o.Respondents is { } n => SwedishFormat.Number(p, 0) + " av " + SwedishFormat.Number(n, 0) + " svarande",
            Dataset.Crime when o.Value is { } count => SwedishFormat.Number(count, 0),
            _ when o.Value is { } value => SwedishFormat.Number(value, SwedishFormat.Decimals(indicator)),
            _ => "uppgift saknas",
        };
        return o.Status switch
        {
            ObservationStatus.Preliminary => text + ", preliminärt",
            ObservationStatus.Estimate => text + ", skattat",
            _ => text,
        };
    }

    /// <summary>The file and the day it was imported: <c>brott-2024.csv, importerad 3 mars 2025</c>.</summary>
    private static string Delivery(ImportRecord import) => $"{import.FileName}, importerad {ReportWords.Day(import.ImportedAt)}";
}
