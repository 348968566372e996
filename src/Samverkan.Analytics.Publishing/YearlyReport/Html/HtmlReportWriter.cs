using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Samverkan.Analytics.Publishing.YearlyReport.Model;

namespace Samverkan.Analytics.Publishing.YearlyReport.Html;

/// <summary>
/// The report as one self-contained, accessible HTML page: <c>lang="sv"</c>, a heading hierarchy,
/// a table of contents, tables with <c>caption</c> and <c>th scope</c>, charts as embedded PNGs with
/// alt texts, verdicts in words with colours of at least 4.5:1 contrast. Every text is HTML-encoded.
/// </summary>
internal static class HtmlReportWriter
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static void Write(ReportDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var html = new StringBuilder(256 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(document.RunningHeader)).Append("</title>\n")
            .Append("<meta name=\"keywords\" content=\"").Append(E(document.Keywords)).Append("\">\n")
            .Append("<style>\n").Append(HtmlReportStyle.Css).Append("</style>\n</head>\n<body>\n")
            .Append("<a class=\"skip\" href=\"#innehall\">Hoppa till innehållet</a>\n");
        AppendCover(html, document);
        html.Append("<main id=\"innehall\">\n");
        var open = 0;
        foreach (var block in document.Blocks)
        {
            if (block is HeadingBlock { Level: 1 } && open > 0)
            {
                html.Append("</section>\n");
                open--;
            }

            switch (block)
            {
                case TableOfContentsBlock:
                    AppendContents(html, document);
                    break;
                case HeadingBlock heading:
                    if (heading.Level == 1)
                    {
                        html.Append("<section aria-labelledby=\"").Append(E(heading.Anchor)).Append("\">\n");
                        open++;
                    }

                    var tag = "h" + (heading.Level + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    html.Append('<').Append(tag).Append(" id=\"").Append(E(heading.Anchor)).Append("\">").Append(E(heading.Text))
                        .Append("</").Append(tag).Append(">\n");
                    break;
                case ParagraphBlock paragraph:
                    html.Append("<p class=\"").Append(paragraph.Style.ToString().ToLowerInvariant()).Append("\">");
                    AppendRuns(html, paragraph.Runs);
                    html.Append("</p>\n");
                    break;
                case BulletListBlock list:
                    html.Append("<ul>\n");
                    foreach (var item in list.Items)
                    {
                        html.Append("<li>");
                        AppendRuns(html, item);
                        html.Append("</li>\n");
                    }

                    html.Append("</ul>\n");
                    break;
                case TableBlock table:
                    AppendTable(html, table);
                    break;
                case FigureBlock figure:
                    html.Append("<figure>\n<img src=\"data:image/png;base64,").Append(Convert.ToBase64String(figure.Png))
                        .Append("\" width=\"").Append(Px(figure.PixelWidth, figure.PixelHeight, (int)(900 * figure.WidthShare)).W).Append("\" height=\"")
                        .Append(Px(figure.PixelWidth, figure.PixelHeight, (int)(900 * figure.WidthShare)).H).Append("\" alt=\"").Append(E(figure.AltText)).Append("\">\n")
                        .Append("<figcaption>").Append(E(figure.Caption)).Append("</figcaption>\n</figure>\n");
                    break;
                case CommentBlock comment:
                    html.Append("<aside class=\"comment\" aria-label=\"").Append(E(comment.Label)).Append("\">\n<p><strong>")
                        .Append(E(comment.Label)).Append("</strong></p>\n<p>").Append(Lines(comment.Text)).Append("</p>\n<p class=\"byline\">")
                        .Append(E(comment.Byline)).Append("</p>\n</aside>\n");
                    break;
            }
        }

        while (open-- > 0)
        {
            html.Append("</section>\n");
        }

        html.Append("</main>\n<footer>\n<p>").Append(E(document.Title)).Append(". ").Append(E(document.Status)).Append(".</p>\n</footer>\n</body>\n</html>\n");
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(html.ToString());
        output.Write(bytes);
    }

    private static void AppendCover(StringBuilder html, ReportDocument document)
    {
        html.Append("<header class=\"cover\">\n<p class=\"parties\">Stockholms stad · Polisregion Stockholm</p>\n<h1>").Append(E(document.Title)).Append("</h1>\n")
            .Append("<p class=\"subtitle\">").Append(E(document.Subtitle)).Append("</p>\n")
            .Append("<p class=\"status").Append(document.IsDraft ? " draft" : string.Empty).Append("\">").Append(E(document.Status)).Append("</p>\n")
            .Append("<dl class=\"facts\">\n");
        foreach (var fact in document.CoverFacts)
        {
            html.Append("<dt>").Append(E(fact.Label)).Append("</dt><dd>").Append(E(fact.Value)).Append("</dd>\n");
        }

        html.Append("</dl>\n<table class=\"approvals\">\n<caption>Godkännande av parterna</caption>\n")
            .Append("<thead><tr><th scope=\"col\">Part</th><th scope=\"col\">Godkännande</th></tr></thead>\n<tbody>\n");
        foreach (var approval in document.Approvals)
        {
            html.Append("<tr><th scope=\"row\">").Append(E(approval.Label)).Append("</th><td>").Append(E(approval.Value)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</header>\n");
    }

    private static void AppendContents(StringBuilder html, ReportDocument document)
    {
        html.Append("<nav aria-labelledby=\"innehallsforteckning\">\n<h2 id=\"innehallsforteckning\">Innehåll</h2>\n<ol>\n");
        var chapters = new List<(HeadingBlock Chapter, List<HeadingBlock> Sections)>();
        foreach (var heading in document.Contents)
        {
            if (heading.Level == 1 || chapters.Count == 0)
            {
                chapters.Add((heading, []));
            }
            else
            {
                chapters[^1].Sections.Add(heading);
            }
        }

        foreach (var (chapter, sections) in chapters)
        {
            html.Append("<li>");
            AppendLink(html, chapter);
            if (sections.Count > 0)
            {
                html.Append("\n<ol>\n");
                foreach (var section in sections)
                {
                    html.Append("<li>");
                    AppendLink(html, section);
                    html.Append("</li>\n");
                }

                html.Append("</ol>\n");
            }

            html.Append("</li>\n");
        }

        html.Append("</ol>\n</nav>\n");
    }

    private static void AppendLink(StringBuilder html, HeadingBlock heading) =>
        html.Append("<a href=\"#").Append(E(heading.Anchor)).Append("\">").Append(E(heading.Text)).Append("</a>");

    private static void AppendTable(StringBuilder html, TableBlock table)
    {
        html.Append("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"").Append(E(table.Caption)).Append("\">\n<table>\n<caption>")
            .Append(E(table.Caption)).Append("</caption>\n<thead>\n<tr>");
        foreach (var column in table.Columns)
        {
            html.Append("<th scope=\"col\"").Append(column.Numeric ? " class=\"num\"" : string.Empty).Append('>').Append(E(column.Header)).Append("</th>");
        }

        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                var cell = row[i];
                var tag = i == 0 ? "th" : "td";
                var classes = new List<string>();
                if (i > 0 && table.Columns[i].Numeric)
                {
                    classes.Add("num");
                }

                if (cell.Tone != Tone.None)
                {
                    classes.Add("tone-" + cell.Tone.ToString().ToLowerInvariant());
                }

                html.Append('<').Append(tag).Append(i == 0 ? " scope=\"row\"" : string.Empty);
                if (classes.Count > 0)
                {
                    html.Append(" class=\"").Append(string.Join(' ', classes)).Append('"');
                }

                html.Append('>');
                if (ReferenceEquals(cell, TableCell.Empty))
                {
                    html.Append("<span aria-hidden=\"true\">–</span><span class=\"visually-hidden\">ingen uppgift</span>");
                }
                else
                {
                    html.Append(Lines(cell.Text));
                }

                html.Append("</").Append(tag).Append('>');
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n");
        if (table.Footnote is not null)
        {
            html.Append("<p class=\"note\">").Append(E(table.Footnote)).Append("</p>\n");
        }
    }

    private static void AppendRuns(StringBuilder html, IReadOnlyList<TextRun> runs)
    {
        foreach (var run in runs)
        {
            if (run.Bold)
            {
                html.Append("<strong>").Append(E(run.Text)).Append("</strong>");
            }
            else
            {
                html.Append(E(run.Text));
            }
        }
    }

    private static (int W, int H) Px(int width, int height, int maxWidth) =>
        width <= maxWidth ? (width, height) : (maxWidth, (int)Math.Round(height * (double)maxWidth / width));

    private static string Lines(string text) => string.Join("<br>", text.Split('\n').Select(E));

    private static string E(string text) => Encoder.Encode(text);
}
