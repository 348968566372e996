using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Formatting;
using Samverkan.Analytics.Publishing.Palette;

namespace Samverkan.Analytics.Publishing.Digest;

/// <summary>
/// The HTML part of a digest: Swedish (<c>lang="sv"</c>), styles inline (mail clients drop
/// <c>&lt;style&gt;</c>), one layout table for Outlook and real data tables with captions and header
/// scopes, charts with alt text and the same facts in words beside them, so it reads fully with
/// images off. Every string from data or the catalogue is HTML-encoded.
/// </summary>
internal static class DigestHtml
{
    private const string Font = "font-family:'DejaVu Sans',Verdana,Arial,sans-serif;";
    private const string Text = "color:#1a1a1a;";
    private const string Link = "color:#005a9e;text-decoration:underline;";
    private const int RowsShown = 6;
    private const int MapShownSize = DigestRenderer.MapSize;
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The HTML document.</summary>
    /// <param name="content">What to tell.</param>
    /// <param name="subject">The subject (also the document title).</param>
    /// <param name="charts">The inline charts.</param>
    /// <param name="imageSource">The <c>src</c> of a chart: <c>cid:…</c> in the message, a file name in a preview.</param>
    /// <param name="unsubscribeUrl">The recipient's unsubscribe link.</param>
    public static string Render(
        DigestContent content,
        string subject,
        IReadOnlyList<DigestChart> charts,
        Func<DigestChart, string> imageSource,
        string unsubscribeUrl)
    {
        var html = new StringBuilder(32 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"color-scheme\" content=\"light\">\n")
            .Append("<title>").Append(E(subject)).Append("</title>\n</head>\n")
            .Append("<body style=\"margin:0;padding:0;background:#f2f2f2;\">\n")
            .Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#f2f2f2;\"><tr><td align=\"center\" style=\"padding:16px 8px;\">\n")
            .Append("<table role=\"presentation\" width=\"640\" cellpadding=\"0\" cellspacing=\"0\" style=\"width:100%;max-width:640px;background:#ffffff;border:1px solid #d0d0d0;\"><tr><td style=\"padding:16px;")
            .Append(Font).Append(Text).Append("font-size:16px;line-height:1.5;\">\n")
            .Append("<main>\n<h1 style=\"margin:0 0 12px 0;font-size:22px;line-height:1.3;").Append(Font).Append(Text).Append("\">")
            .Append(E(Heading(content))).Append("</h1>\n")
            .Append("<p style=\"margin:0 0 16px 0;\">").Append(E(DigestTexts.Intro(content))).Append("</p>\n");

        var summary = DigestTexts.Summary(content);
        if (summary.Count > 0)
        {
            html.Append("<h2 style=\"margin:20px 0 8px 0;font-size:18px;").Append(Font).Append(Text).Append("\">I korthet</h2>\n<ul style=\"margin:0 0 16px 0;padding-left:20px;\">\n");
            foreach (var (label, text) in summary)
            {
                html.Append("<li style=\"margin:0 0 6px 0;\"><strong>").Append(E(label)).Append(":</strong> ").Append(E(text)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        // The reader's areas in words (always) and on a small map (when they can be drawn).
        html.Append("<p style=\"margin:0 0 8px 0;\">").Append(E(DigestTexts.AreasLine(content))).Append("</p>\n");
        foreach (var map in charts.Where(c => c.SectionIndex == DigestChart.AreaMap))
        {
            html.Append("<img src=\"").Append(E(imageSource(map))).Append("\" width=\"").Append(MapShownSize).Append("\" height=\"").Append(MapShownSize)
                .Append("\" alt=\"").Append(E(map.Alt)).Append("\" style=\"display:inline-block;width:").Append(MapShownSize).Append("px;max-width:100%;height:auto;border:0;margin:0 8px 12px 0;\">\n");
        }

        for (var i = 0; i < content.Sections.Count; i++)
        {
            AppendSection(html, content.Sections[i], i, charts.FirstOrDefault(c => c.SectionIndex == i), imageSource);
        }

        html.Append("</main>\n<hr style=\"border:0;border-top:1px solid #d0d0d0;margin:24px 0 12px 0;\">\n")
            .Append("<footer>\n<p style=\"margin:0 0 8px 0;font-size:14px;color:#444444;\">").Append(E(DigestTexts.Footer(content, content.Subscription.Title))).Append("</p>\n")
            .Append("<p style=\"margin:0;font-size:14px;\"><a href=\"").Append(E(unsubscribeUrl)).Append("\" style=\"").Append(Link).Append("\">")
            .Append(E(DigestTexts.Unsubscribe)).Append("</a></p>\n</footer>\n")
            .Append("</td></tr></table>\n</td></tr></table>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The top heading: the subscription's title, else the areas.</summary>
    public static string Heading(DigestContent content) =>
        content.Subscription.Title is { Length: > 0 } title ? title : "Uppföljning: " + DigestTexts.AreaList(content.AreaNames);

    private static void AppendSection(StringBuilder html, DigestSection section, int index, DigestChart? chart, Func<DigestChart, string> imageSource)
    {
        var id = "avsnitt-" + (index + 1).ToString(CultureInfo.InvariantCulture);
        html.Append("<section aria-labelledby=\"").Append(id).Append("\">\n")
            .Append("<h2 id=\"").Append(id).Append("\" style=\"margin:28px 0 8px 0;font-size:18px;line-height:1.3;").Append(Font).Append(Text).Append("\">")
            .Append(E(DigestTexts.Heading(section.Indicator, section.Shown))).Append("</h2>\n")
            .Append("<p style=\"margin:0 0 8px 0;\">").Append(E(section.Explanation)).Append("</p>\n");
        if (section.SameFiguresNote is { } note)
        {
            html.Append("<p style=\"margin:0 0 8px 0;\">").Append(E(note)).Append("</p>\n");
        }

        html
            .Append("<ul style=\"margin:0 0 12px 0;padding-left:20px;\">\n");
        foreach (var change in section.Changes)
        {
            html.Append("<li style=\"margin:0 0 4px 0;\">").Append(E(change.Text)).Append("</li>\n");
        }

        html.Append("</ul>\n");
        if (chart is not null)
        {
            html.Append("<img src=\"").Append(E(imageSource(chart))).Append("\" width=\"592\" height=\"329\" alt=\"").Append(E(chart.Alt))
                .Append("\" style=\"display:block;width:100%;max-width:592px;height:auto;border:0;margin:0 0 12px 0;\">\n");
        }

        AppendTable(html, section);
        foreach (var (area, url) in section.Pages)
        {
            html.Append("<p style=\"margin:0 0 8px 0;\"><a href=\"").Append(E(url)).Append("\" style=\"").Append(Link).Append("\">")
                .Append(E(DigestTexts.PageLink(section.Indicator, area))).Append("</a></p>\n");
        }

        html.Append("</section>\n");
    }

    private static void AppendTable(StringBuilder html, DigestSection section)
    {
        const string Cell = "padding:4px;border-bottom:1px solid #d0d0d0;text-align:left;vertical-align:top;";
        const string Number = "padding:4px;border-bottom:1px solid #d0d0d0;text-align:right;vertical-align:top;";
        var indicator = section.Indicator;
        var rows = section.Rows.Skip(Math.Max(0, section.Rows.Count - RowsShown)).ToList();
        html.Append("<table style=\"border-collapse:collapse;width:100%;margin:0 0 12px 0;font-size:14px;").Append(Font).Append(Text).Append("\">\n")
            .Append("<caption style=\"text-align:left;font-weight:bold;padding:0 0 4px 0;\">").Append(E(DigestTexts.TableCaption(indicator, section.Shown))).Append("</caption>\n")
            .Append("<thead><tr>")
            .Append("<th scope=\"col\" style=\"").Append(Cell).Append("\">Period</th>")
            .Append("<th scope=\"col\" style=\"").Append(Number).Append("\">Värde (").Append(E(SwedishFormat.Confidence(indicator.Confidence))).Append(" KI)</th>")
            .Append("<th scope=\"col\" style=\"").Append(Cell).Append("\">Förändring sedan utgångs&shy;läget</th>")
            .Append("<th scope=\"col\" style=\"").Append(Cell).Append("\">Bedöm&shy;ning</th>")
            .Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr><th scope=\"row\" style=\"").Append(Cell).Append("font-weight:normal;\">").Append(E(row.Period.ToString())).Append("</th>")
                .Append("<td style=\"").Append(Number).Append("\">").Append(ValueAndInterval(row, indicator)).Append("</td>")
                .Append("<td style=\"").Append(Cell).Append("\">").Append(E(DigestTexts.ChangeCell(row, indicator))).Append("</td>")
                .Append("<td style=\"").Append(Cell).Append(VerdictStyle(row)).Append("\">").Append(E(DigestTexts.VerdictCell(row))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>
    /// The value and its interval in one cell, each unbroken, the interval on the next line when the
    /// column is narrow: four columns fit a phone's screen (390 px) where five did not (with the
    /// headings' long words allowed to break at a soft hyphen and slimmer paddings).
    /// </summary>
    private static string ValueAndInterval(IndicatorResult row, IndicatorDefinition indicator)
    {
        const string Unbroken = "<span style=\"white-space:nowrap;\">";
        var value = DigestTexts.ValueCell(row, indicator);
        var interval = DigestTexts.IntervalCell(row, indicator);
        return !DigestTexts.IsShown(row) ? E(value)
            : interval == "–" ? Unbroken + E(value) + "</span>"
            : Unbroken + E(value) + "</span> " + Unbroken + "(" + E(interval) + ")</span>";
    }

    /// <summary>
    /// Verdicts are words first; colour only repeats them: the cell has the verdict's fill and text in
    /// the product's one palette (<see cref="VerdictPalette"/>, as the site's cells and the report's
    /// tables; at least 4.5:1), bold when there is a certain change. Not assessed has no colour.
    /// </summary>
    internal static string VerdictStyle(IndicatorResult row)
    {
        if (!DigestTexts.IsShown(row) || row.ChangeVerdict == Verdict.NotAssessed)
        {
            return string.Empty;
        }

        var colours = VerdictPalette.For(row.ChangeVerdict);
        return "background:" + colours.Fill + ";color:" + colours.Text + ";" + (row.ChangeVerdict == Verdict.Similar ? string.Empty : "font-weight:bold;");
    }

    private static string E(string text) => Encoder.Encode(text);
}
