using System.Text;
using Samverkan.Analytics.Publishing.Maps;

namespace Samverkan.Analytics.Publishing.Site;

/// <summary>
/// A map on a page, as every chart: the SVG image (PNG and SVG one click away) with its Swedish
/// summary and the division drawn under it, and the data table beside it (one row per area drawn:
/// value with interval, change since the baseline, the verdict in words next to a swatch of the
/// map's colour, and why a value is missing or qualified).
/// </summary>
internal static class MapFigures
{
    /// <summary>Writes the map and its table.</summary>
    public static void MapWithTable(StringBuilder html, SiteData data, string root, SiteMap map)
    {
        var model = map.Model;
        var summary = model.Summary + " " + model.Caption;
        html.Append(model.Colouring == MapColouring.Highlight ? "<div class=\"chart-and-table locator\">\n" : "<div class=\"chart-and-table map-and-table\">\n");
        Figures.Figure(html, root, map.Path, map.Width, map.Height, map.Alt, summary);
        html.Append("<div>\n").Append(model.Colouring == MapColouring.Highlight ? LocatorTable(data, root, model) : ResultsTable(data, root, model))
            .Append("</div>\n</div>\n");
    }

    private static string ResultsTable(SiteData data, string root, MapModel model)
    {
        var sb = new StringBuilder();
        var period = model.Period?.ToString() ?? string.Empty;
        var notes = model.Areas.Any(a => a.Note.Length > 0);
        var title = "Kartan: " + model.Title + ", " + AreaKindWords.Plural(model.AreaKind);
        sb.Append(Figures.ScrollBox(title)).Append("<table class=\"map-table\">\n<caption>").Append(Html.E(title)).Append("</caption>\n")
          .Append("<thead><tr><th scope=\"col\">Område</th><th scope=\"col\">Värde ").Append(Html.E(period)).Append(" (KI)</th>")
          .Append("<th scope=\"col\">Förändring (KI)</th><th scope=\"col\">").Append(Html.E(model.LegendTitle)).Append("</th>")
          .Append(notes ? "<th scope=\"col\">Anmärkning</th>" : string.Empty).Append("</tr></thead>\n<tbody>\n");
        foreach (var area in model.Areas)
        {
            sb.Append("<tr><th scope=\"row\">").Append(Html.LinkOrText(root, data.Links.Profile(data.Area(area.AreaId)), area.Name)).Append("</th>")
              .Append("<td class=\"num\">").Append(Text(area.ValueText)).Append("</td>")
              .Append("<td class=\"num change\">").Append(Text(area.ChangeText)).Append("</td>")
              .Append("<td>").Append(Swatch(area.Key)).Append(Html.E(area.ClassText)).Append("</td>")
              .Append(notes ? "<td>" + Text(area.Note) + "</td>" : string.Empty).Append("</tr>\n");
        }

        return sb.Append("</tbody>\n</table>\n</div>\n").Append(Unplaced(data, model)).ToString();
    }

    private static string LocatorTable(SiteData data, string root, MapModel model)
    {
        var sb = new StringBuilder();
        sb.Append(Figures.ScrollBox("läget för " + model.Title)).Append("<table class=\"map-table\">\n<caption>Områdena på kartan</caption>\n")
          .Append("<thead><tr><th scope=\"col\">Område</th><th scope=\"col\">På kartan</th></tr></thead>\n<tbody>\n");
        foreach (var area in model.Areas)
        {
            var chosen = area.Key == "highlight";
            sb.Append(chosen ? "<tr class=\"chosen\">" : "<tr>").Append("<th scope=\"row\">")
              .Append(chosen ? Html.E(area.Name) : Html.LinkOrText(root, data.Links.Profile(data.Area(area.AreaId)), area.Name)).Append("</th><td>")
              .Append(Swatch(area.Key)).Append(chosen ? "markerat (det här området)" : "övriga").Append("</td></tr>\n");
        }

        return sb.Append("</tbody>\n</table>\n</div>\n").ToString();
    }

    /// <summary>A small square in the map's colour for the class (colour only repeats the words beside it).</summary>
    public static string Swatch(string key) => $"<span class=\"map-swatch map-key-{SitePaths.Segment(key)}\" aria-hidden=\"true\"></span>";

    private static string Text(string text) => text.Length == 0 ? Html.NoValue : Html.E(text);

    private static string Unplaced(SiteData data, MapModel model) =>
        model.Unplaced.Count == 0
            ? string.Empty
            : "<p class=\"note\">Kartan visar " + Html.E(model.Geography.Describe()) + ". Värdena för " +
              Html.E(MapSummary.JoinNames(model.Unplaced.Select(id => data.Area(id).Name).ToList())) +
              ", som inte finns i den indelningen, står i indikatorns tabell.</p>\n";
}
