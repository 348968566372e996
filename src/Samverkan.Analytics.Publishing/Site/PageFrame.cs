using System.Globalization;
using System.Text;
using Samverkan.Analytics.Publishing.Dashboards;
using Samverkan.Analytics.Publishing.Formatting;

namespace Samverkan.Analytics.Publishing.Site;

/// <summary>
/// What every page shares: <c>lang="sv"</c>, the skip link, the header, the main navigation (from
/// the dashboard definitions, the current page marked), breadcrumbs, and the footer with the
/// catalogue version, data vintage and downloads. No script, except a page's optional progressive enhancements (the overview's map switcher, the table filters).
/// </summary>
internal static class PageFrame
{
    /// <summary>Writes everything up to and including <c>&lt;main&gt;</c> and the page's <c>h1</c>.</summary>
    public static void Begin(
        StringBuilder html,
        SiteData data,
        string title,
        string root,
        DashboardPage? section,
        IReadOnlyList<(string Text, string? Path)> crumbs,
        IReadOnlyList<string>? scripts = null)
    {
        var site = data.Dashboards;
        html.Append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Html.E(title)).Append(" – ").Append(Html.E(site.Title)).Append("</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"").Append(Html.Href(root, SitePaths.StyleSheet)).Append("\">\n")
            .Append(string.Concat((scripts ?? []).Select(script => $"<script src=\"{Html.Href(root, script)}\" defer></script>\n")))
            .Append("</head>\n<body>\n<a class=\"skip\" href=\"#innehall\">Hoppa till innehållet</a>\n")
            .Append("<header class=\"site-header\">\n<div class=\"wrap\">\n<a class=\"site-title\" href=\"").Append(Html.Href(root, "index.html")).Append("\">")
            .Append(Html.E(site.Title)).Append("</a>\n");
        if (site.Subtitle is { } subtitle)
        {
            html.Append("<span class=\"site-subtitle\">").Append(Html.E(subtitle)).Append("</span>\n");
        }

        html.Append("</div>\n</header>\n<nav class=\"main\" aria-label=\"Huvudmeny\">\n<div class=\"wrap\">\n<ul>\n");
        foreach (var page in site.Pages)
        {
            var path = page.Kind == PageKind.Overview ? SiteLinks.Overview(page) : SiteLinks.TemplateIndex(page);
            html.Append("<li><a href=\"").Append(Html.Href(root, path)).Append('"')
                .Append(ReferenceEquals(page, section) ? " aria-current=\"page\"" : string.Empty)
                .Append('>').Append(Html.E(page.Title)).Append("</a></li>\n");
        }

        // The Host serves the site behind its login; /logga-ut shows the logout button (a POST with a token).
        html.Append("<li><a href=\"/logga-ut\">Logga ut</a></li>\n");
        html.Append("</ul>\n</div>\n</nav>\n<div class=\"wrap\">\n");
        if (crumbs.Count > 0)
        {
            html.Append("<nav class=\"breadcrumbs\" aria-label=\"Du är här\">\n<ol>\n");
            foreach (var (text, path) in crumbs)
            {
                html.Append("<li>").Append(Html.LinkOrText(root, path, text)).Append("</li>\n");
            }

            html.Append("<li aria-current=\"page\">").Append(Html.E(title)).Append("</li>\n</ol>\n</nav>\n");
        }

        html.Append("<main id=\"innehall\" tabindex=\"-1\">\n<h1>").Append(Html.E(title)).Append("</h1>\n");
    }

    /// <summary>Writes a page's audience line.</summary>
    public static void Audience(StringBuilder html, DashboardPage page)
    {
        if (page.Audience.Count > 0)
        {
            html.Append("<p class=\"audience\">För: ").Append(Html.E(string.Join(", ", page.Audience))).Append("</p>\n");
        }
    }

    /// <summary>Closes <c>main</c> and writes the footer.</summary>
    public static void End(StringBuilder html, SiteData data, string root)
    {
        var run = data.Run;
        html.Append("</main>\n</div>\n<footer class=\"site-footer\">\n<div class=\"wrap\">\n")
            .Append("<p>Tal i svensk form: decimalkomma, konfidensintervall inom parentes. ")
            .Append("<q>för få svar</q> eller <q>för få fall</q>: uppgiften visas inte för att underlaget är för litet; ")
            .Append("<abbr class=\"flag\" title=\"preliminärt\">prel.</abbr> preliminärt värde; ")
            .Append("<abbr class=\"flag\" title=\"skattat\">skattat</abbr> skattat från andra områden; ")
            .Append("<abbr class=\"flag\" title=\"reviderat\">rev.</abbr> reviderat värde.</p>\n")
            .Append("<p>Katalogversion ").Append(Html.E(run.CatalogVersion));
        if (!string.Equals(run.CatalogVersion, data.Catalog.Version, StringComparison.Ordinal))
        {
            html.Append(" (publicerad med ").Append(Html.E(data.Catalog.Version)).Append(')');
        }

        html.Append(". Beräknad <time datetime=\"")
            .Append(Html.E(run.ComputedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture))).Append("\">")
            .Append(Html.E(StockholmTime(run.ComputedAt))).Append("</time>")
            .Append(run.Id > 0 ? " (körning " + run.Id.ToString(CultureInfo.InvariantCulture) + ")" : string.Empty)
            .Append(". Dataårgång: ")
            .Append(run.LatestImportId is { } import ? "data till och med import nr " + import.ToString(CultureInfo.InvariantCulture) : "ingen import registrerad")
            .Append(".</p>\n<p>Alla resultat: <a href=\"").Append(Html.Href(root, SitePaths.ResultsCsv)).Append("\" download>results.csv</a> ")
            .Append("(CSV, kommaseparerad, UTF-8) och <a href=\"").Append(Html.Href(root, SitePaths.ResultsJson)).Append("\" download>results.json</a> (JSON).</p>\n")
            .Append("</div>\n</footer>\n</body>\n</html>\n");
    }

    /// <summary>A time as Stockholm readers write it: <c>25 november 2026 kl. 14:05</c>.</summary>
    public static string StockholmTime(DateTimeOffset time)
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
}
