using System.Globalization;
using System.Text;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Formatting;

namespace Samverkan.Analytics.Publishing.Site;

/// <summary>A chart as a figure (SVG for the web, PNG and SVG one click away) with its summary, and its data table beside it.</summary>
internal static class Figures
{
    /// <summary>Writes the figure and, beside it, <paramref name="table"/>.</summary>
    public static void ChartWithTable(StringBuilder html, string root, string chartPath, int width, int height, string alt, string summary, string table)
    {
        html.Append("<div class=\"chart-and-table\">\n");
        Figure(html, root, chartPath, width, height, alt, summary);
        html.Append("<div>\n").Append(table).Append("</div>\n</div>\n");
    }

    /// <summary>Writes the figure alone.</summary>
    public static void Figure(StringBuilder html, string root, string chartPath, int width, int height, string alt, string summary)
    {
        var svg = Html.Href(root, chartPath + ".svg");
        var png = Html.Href(root, chartPath + ".png");
        html.Append("<figure>\n<img src=\"").Append(svg).Append("\" width=\"").Append(width.ToString(CultureInfo.InvariantCulture))
            .Append("\" height=\"").Append(height.ToString(CultureInfo.InvariantCulture)).Append("\" alt=\"").Append(Html.E(alt)).Append("\" loading=\"lazy\">\n")
            .Append("<figcaption><span class=\"summary\">").Append(Html.E(summary)).Append("</span>")
            .Append("<span class=\"formats\">Bilden som <a href=\"").Append(png).Append("\">PNG</a> eller <a href=\"").Append(svg).Append("\">SVG</a>.</span>")
            .Append("</figcaption>\n</figure>\n");
    }

    /// <summary>
    /// One area's rows as a table: period, value with interval, change since the baseline and its verdict.
    /// Each row is compared with the baseline of the agreement in force in its period: with one
    /// baseline the column's header names it; with several (2019's agreement, then its revision) each
    /// change names its own (<c>2018–2023: −27 %</c>), so no row seems to contradict the chart's baseline line.
    /// </summary>
    public static string SeriesTable(IndicatorDefinition indicator, string areaName, IReadOnlyList<IndicatorResult> rows, SiteRevisions revisions, string? id = null)
    {
        var baselines = rows.Where(r => r.Change is not null).Select(r => r.BaselinePeriod).OfType<Period>().Distinct().ToList();
        var headerBaseline = baselines.Count == 1 ? " " + baselines[0] : string.Empty;
        var sb = new StringBuilder();
        sb.Append(ScrollBox(indicator.Title + ", " + areaName)).Append("<table").Append(id is null ? string.Empty : $" id=\"{Html.E(id)}\"").Append(">\n<caption>")
          .Append(Html.E(indicator.Title)).Append(", ").Append(Html.E(areaName)).Append(UnitSuffix(indicator)).Append("</caption>\n")
          .Append("<thead><tr><th scope=\"col\">Period</th><th scope=\"col\">Värde (")
          .Append(Html.E(SwedishFormat.Confidence(indicator.Confidence))).Append(" KI)</th>")
          .Append("<th scope=\"col\">Sedan utgångsläget").Append(headerBaseline).Append(" (").Append(Html.E(SwedishFormat.ChangeUnit(indicator))).Append(", KI)</th><th scope=\"col\">Bedömning</th></tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            sb.Append("<tr><th scope=\"row\">").Append(Html.E(row.Period.ToString())).Append("</th><td class=\"num\">")
              .Append(ValueCells.Value(row, indicator, revisions)).Append("</td><td class=\"num change\">").Append(ValueCells.Change(row, indicator, withSpan: baselines.Count > 1, unitInHeader: true))
              .Append("</td><td>").Append(row.Change is null ? Html.NoValue : ValueCells.Verdict(row.ChangeVerdict)).Append("</td></tr>\n");
        }

        return sb.Append("</tbody>\n</table>\n</div>\n").ToString();
    }

    /// <summary>The opening of a horizontally scrollable table box that keyboards can reach (WCAG 2.1.1).</summary>
    public static string ScrollBox(string label) =>
        $"<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"{Html.E("Tabell: " + label)}\">\n";

    /// <summary><c> (%)</c>, or nothing for unitless values.</summary>
    public static string UnitSuffix(IndicatorDefinition indicator)
    {
        var unit = SwedishFormat.Unit(indicator);
        return unit.Length == 0 ? string.Empty : " (" + Html.E(unit) + ")";
    }
}
