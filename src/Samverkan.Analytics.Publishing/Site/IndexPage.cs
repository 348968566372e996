using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Formatting;

namespace Samverkan.Analytics.Publishing.Site;

/// <summary>
/// The site's <c>index.html</c>: Swedish, one table per indicator (areas × periods, value and
/// interval, the latest change since the baseline and its verdict in words), chart links and the
/// downloads. Every string that comes from data is HTML-encoded.
/// </summary>
internal static class IndexPage
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The page's HTML.</summary>
    public static string Render(Catalog catalog, ComputeRun run, IReadOnlyList<IndicatorSection> sections)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(run);
        var html = new StringBuilder(64 * 1024);
        html.Append("""
            <!DOCTYPE html>
            <html lang="sv">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Uppföljning av samverkansöverenskommelsen – indikatorer</title>
            <link rel="stylesheet" href="style.css">
            </head>
            <body>
            <a class="skip" href="#innehall">Hoppa till innehållet</a>
            <header>
            <h1>Uppföljning av samverkansöverenskommelsen</h1>
            <p>Trygghet och brottslighet i Stockholms stad: indikatorer per område, med konfidensintervall och förändring sedan utgångsläget.</p>
            """).Append('\n');
        AppendMeta(html, catalog, run);
        html.Append("</header>\n");

        if (sections.Count > 0)
        {
            html.Append("<nav aria-label=\"Indikatorer\">\n<h2 class=\"visually-hidden\">Indikatorer</h2>\n<ul>\n");
            foreach (var section in sections)
            {
                html.Append("<li><a href=\"#").Append(Anchor(section.Indicator)).Append("\">")
                    .Append(E(section.Indicator.Title)).Append("</a></li>\n");
            }

            html.Append("</ul>\n</nav>\n");
        }

        html.Append("<main id=\"innehall\">\n");
        AppendDownloads(html);
        if (sections.Count == 0)
        {
            html.Append("<p>Det finns inga resultat att visa ännu.</p>\n");
        }

        foreach (var section in sections)
        {
            AppendSection(html, catalog, section);
        }

        html.Append("</main>\n<footer>\n<p>Tal i svensk form: decimalkomma, konfidensintervall inom parentes. ")
            .Append("<q>dold</q> betyder att uppgiften inte visas för att underlaget är för litet för att skydda enskilda; ")
            .Append("<q>saknas</q> att uppgift inte finns; <abbr title=\"preliminärt\">prel.</abbr> att värdet kan ändras.</p>\n")
            .Append("</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendMeta(StringBuilder html, Catalog catalog, ComputeRun run)
    {
        html.Append("<dl class=\"meta\">\n")
            .Append("<dt>Katalogversion</dt><dd>").Append(E(run.CatalogVersion)).Append("</dd>\n");
        if (!string.Equals(run.CatalogVersion, catalog.Version, StringComparison.Ordinal))
        {
            html.Append("<dt>Katalog vid publicering</dt><dd>").Append(E(catalog.Version)).Append("</dd>\n");
        }

        html.Append("<dt>Beräknad</dt><dd><time datetime=\"")
            .Append(E(run.ComputedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture))).Append("\">")
            .Append(E(StockholmTime(run.ComputedAt))).Append("</time>")
            .Append(run.Id > 0 ? " (körning " + run.Id.ToString(CultureInfo.InvariantCulture) + ")" : string.Empty)
            .Append("</dd>\n")
            .Append("<dt>Dataårgång</dt><dd>")
            .Append(run.LatestImportId is { } import
                ? "data till och med import nr " + import.ToString(CultureInfo.InvariantCulture)
                : "ingen import registrerad")
            .Append("</dd>\n</dl>\n");
    }

    private static void AppendDownloads(StringBuilder html) => html.Append(
        "<p>Ladda ner alla resultat: <a href=\"results.csv\" download>results.csv</a> (CSV, UTF-8, kommaseparerad) ")
        .Append("eller <a href=\"results.json\" download>results.json</a> (JSON).</p>\n");

    private static void AppendSection(StringBuilder html, Catalog catalog, IndicatorSection section)
    {
        var indicator = section.Indicator;
        var unit = SwedishFormat.Unit(indicator);
        html.Append("<section aria-labelledby=\"").Append(Anchor(indicator)).Append("-rubrik\" id=\"").Append(Anchor(indicator)).Append("\">\n")
            .Append("<h2 id=\"").Append(Anchor(indicator)).Append("-rubrik\">").Append(E(indicator.Title)).Append("</h2>\n");
        if (catalog.FindPriorityArea(indicator.PriorityAreaId) is { } priority)
        {
            html.Append("<p class=\"muted\">Prioriterat område: ").Append(E(priority.Title)).Append("</p>\n");
        }

        if (!string.IsNullOrWhiteSpace(indicator.Description))
        {
            html.Append("<p>").Append(E(indicator.Description)).Append("</p>\n");
        }

        if (indicator.Measure == Measure.Rate)
        {
            html.Append("<p class=\"note\">Antal per invånare: där många vistas men få bor, som i innerstaden, blir talen höga.</p>\n");
        }

        var periods = section.Areas.SelectMany(a => a.Rows).Select(r => r.Period).Distinct().Order().ToList();
        html.Append("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-labelledby=\"").Append(Anchor(indicator)).Append("-tabell\">\n")
            .Append("<table>\n<caption id=\"").Append(Anchor(indicator)).Append("-tabell\">").Append(E(indicator.Title))
            .Append(unit.Length > 0 ? " (" + E(unit) + ")" : string.Empty)
            .Append(": värde med ").Append(E(SwedishFormat.Confidence(indicator.Confidence))).Append(" konfidensintervall per område och period</caption>\n")
            .Append("<thead>\n<tr><th scope=\"col\">Område</th>");
        foreach (var period in periods)
        {
            html.Append("<th scope=\"col\">").Append(E(period.ToString())).Append("</th>");
        }

        html.Append("<th scope=\"col\">Förändring sedan utgångsläget</th><th scope=\"col\">Bedömning</th></tr>\n</thead>\n<tbody>\n");
        foreach (var area in section.Areas)
        {
            var byPeriod = area.Rows.GroupBy(r => r.Period).ToDictionary(g => g.Key, g => g.Last());
            html.Append("<tr><th scope=\"row\">").Append(E(area.Area.Name)).Append("</th>");
            foreach (var period in periods)
            {
                html.Append("<td class=\"num\">").Append(Cell(byPeriod.GetValueOrDefault(period), indicator)).Append("</td>");
            }

            var (change, verdict) = LatestChange(area.Rows, indicator);
            html.Append("<td class=\"num\">").Append(change).Append("</td>")
                .Append("<td class=\"verdict-").Append(verdict.ToWord()).Append("\">").Append(E(SwedishFormat.VerdictWords(verdict))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n");
        AppendCharts(html, section);
        html.Append("</section>\n");
    }

    private static void AppendCharts(StringBuilder html, IndicatorSection section)
    {
        html.Append("<h3>Diagram</h3>\n<ul class=\"charts\">\n");
        foreach (var area in section.Areas)
        {
            var png = E(Href(area.ChartPath + ".png"));
            var svg = E(Href(area.ChartPath + ".svg"));
            html.Append("<li><figure>\n<a href=\"").Append(png).Append("\"><img src=\"").Append(png)
                .Append("\" width=\"450\" height=\"250\" loading=\"lazy\" alt=\"").Append(E(area.ChartDescription)).Append("\"></a>\n")
                .Append("<figcaption>").Append(E(area.Area.Name)).Append(" – <a href=\"").Append(png).Append("\">PNG</a>, <a href=\"")
                .Append(svg).Append("\">SVG</a></figcaption>\n</figure></li>\n");
        }

        html.Append("</ul>\n");
    }

    private static string Cell(IndicatorResult? row, IndicatorDefinition indicator)
    {
        if (row is null)
        {
            return "<span aria-hidden=\"true\">–</span><span class=\"visually-hidden\">ingen uppgift</span>";
        }

        switch (row.Status)
        {
            case ResultStatus.Suppressed:
                return "dold";
            case ResultStatus.Missing:
                return "saknas";
        }

        if (row.Value is not { } value || !double.IsFinite(value))
        {
            return "saknas";
        }

        var text = E(SwedishFormat.ValueWithInterval(value, row.CiLow, row.CiHigh, indicator));
        if (row.Status == ResultStatus.Preliminary || row.Flags.Contains("preliminary"))
        {
            text += " <abbr title=\"preliminärt\">prel.</abbr>";
        }

        if (row.Status == ResultStatus.Estimate || row.Flags.Contains("estimate"))
        {
            text += " <abbr title=\"skattat från andra områden\">skattn.</abbr>";
        }

        return text;
    }

    /// <summary>The latest period's change since the baseline, formatted, and its verdict.</summary>
    private static (string Html, Verdict Verdict) LatestChange(IReadOnlyList<IndicatorResult> rows, IndicatorDefinition indicator)
    {
        var latest = rows.Where(r => r.Status is not (ResultStatus.Suppressed or ResultStatus.Missing) && r.Change is { } c && double.IsFinite(c))
            .OrderBy(r => r.Period)
            .LastOrDefault();
        if (latest is null)
        {
            return ("<span aria-hidden=\"true\">–</span><span class=\"visually-hidden\">ingen uppgift</span>", Verdict.NotAssessed);
        }

        var span = latest.BaselinePeriod is { } b ? $"{b}–{latest.Period}: " : $"{latest.Period}: ";
        var text = span + SwedishFormat.Change(latest.Change!.Value, latest.ChangeCiLow, latest.ChangeCiHigh, indicator);
        return (E(text), latest.ChangeVerdict);
    }

    private static string StockholmTime(DateTimeOffset time)
    {
        try
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");
            return TimeZoneInfo.ConvertTime(time, zone).ToString("d MMMM yyyy 'kl.' HH:mm", SwedishFormat.Culture);
        }
        catch (TimeZoneNotFoundException)
        {
            return time.ToString("d MMMM yyyy 'kl.' HH:mm (zzz)", SwedishFormat.Culture);
        }
    }

    private static string Anchor(IndicatorDefinition indicator) => "ind-" + SitePaths.Segment(indicator.Id);

    private static string Href(string relativePath) =>
        string.Join('/', relativePath.Split('/').Select(Uri.EscapeDataString));

    private static string E(string text) => Encoder.Encode(text);
}
