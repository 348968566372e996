using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;
using Samverkan.Analytics.Publishing.YearlyReport.Model;

namespace Samverkan.Analytics.Publishing.YearlyReport.Pdf;

/// <summary>
/// The report as a PDF (PDFsharp 6): A4, DejaVu Sans embedded as a Unicode subset, title, subject,
/// keywords and language <c>sv-SE</c> in the metadata, an outline (bookmarks) of chapters and
/// sections, a table of contents with page numbers and links, charts as lossless PNG, and a running
/// header and "Sida N av M" footer on every page after the cover. The PDF is tagged (PDFsharp's
/// <see cref="UAManager"/>): headings, paragraphs, lists, tables with header cells, figures with their
/// alternative text, the table of contents with links; running heads, rules, fills and repeated table
/// headers are artifacts, so a screen reader reads the report once, in order.
/// </summary>
internal static class PdfReportWriter
{
    /// <summary>Writes the document; returns the number of pages.</summary>
    public static int Write(ReportDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        DejaVuFontResolver.Install();
        var style = new PdfStyle();
        using var layout = new PdfLayout(style);
        layout.Layout(document);

        using var pdf = new PdfDocument();
        var structure = UAManager.ForDocument(pdf); // before the first page: it follows pages as they are added
        structure.SetDocumentLanguage(document.Language);
        pdf.Info.Title = document.Title;
        pdf.Info.Subject = document.Subtitle;
        pdf.Info.Keywords = document.Keywords;
        pdf.Info.Author = "Stockholms stad och Polisregion Stockholm";
        pdf.Info.Creator = "Samverkan.Analytics";
        pdf.Info.CreationDate = document.GeneratedAt.UtcDateTime;
        pdf.Language = document.Language;
        pdf.PageMode = PdfPageMode.UseOutlines;
        pdf.ViewerPreferences.DisplayDocTitle = true;

        var pages = new List<PdfPage>();
        var images = new List<(MemoryStream Stream, XImage Image)>();
        try
        {
            var count = layout.Pages.Count;
            var builder = structure.StructureBuilder;
            var depth = 0;
            for (var i = 0; i < count; i++)
            {
                // Tagging follows the current page: each page is added and drawn before the next.
                var page = pdf.AddPage();
                page.Width = XUnit.FromPoint(PdfStyle.PageWidth);
                page.Height = XUnit.FromPoint(PdfStyle.PageHeight);
                pages.Add(page);
                using var gfx = XGraphics.FromPdfPage(page);
                var model = layout.Pages[i];
                foreach (var op in model.Ops)
                {
                    depth = Draw(gfx, page, builder, depth, op, layout, images);
                }

                if (!model.IsCover)
                {
                    builder.BeginArtifact();
                    RunningHeadAndFoot(gfx, style, document, i + 1, count);
                    builder.End();
                }

                builder.EndMarkedContentsWithId(); // an element running over the page break continues on the next page
            }

            Outline(pdf, document, layout, pages);
            pdf.Save(output, closeStream: false);
            return count;
        }
        finally
        {
            foreach (var (stream, image) in images)
            {
                image.Dispose();
                stream.Dispose();
            }
        }
    }

    /// <summary>Draws one operation; returns the structure depth after it (open elements and artifacts).</summary>
    private static int Draw(XGraphics gfx, PdfPage page, StructureBuilder builder, int depth, PdfOp op, PdfLayout layout, List<(MemoryStream, XImage)> images)
    {
        switch (op)
        {
            case PdfOp.Begin begin:
                Begin(builder, begin);
                return depth + 1;
            case PdfOp.BeginFigure figure: // the bounding box in PDF's bottom-up coordinates
                builder.BeginElement(PdfIllustrationElementTag.Figure, figure.AltText, new XRect(figure.X, PdfStyle.PageHeight - figure.Y - figure.Height, figure.Width, figure.Height));
                return depth + 1;
            case PdfOp.BeginArtifact:
                builder.BeginArtifact();
                return depth + 1;
            case PdfOp.End:
                builder.End();
                return depth - 1;
            case PdfOp.Text text:
                var artifact = text.Artifact || depth == 0;
                if (artifact)
                {
                    builder.BeginArtifact();
                }

                gfx.DrawString(text.Value, text.Font, new XSolidBrush(text.Color), text.X, text.Baseline);
                if (artifact)
                {
                    builder.End();
                }

                break;
            case PdfOp.Box box:
                var pen = box.Stroke is { } stroke ? new XPen(stroke, box.StrokeWidth) : null;
                var brush = box.Fill is { } fill ? new XSolidBrush(fill) : null;
                if (pen is not null || brush is not null)
                {
                    builder.BeginArtifact(); // fills, frames and bars only decorate: the words carry the meaning
                    gfx.DrawRectangle(pen, brush, box.X, box.Y, box.Width, box.Height);
                    builder.End();
                }

                break;
            case PdfOp.Rule rule:
                builder.BeginArtifact();
                gfx.DrawLine(new XPen(rule.Color, rule.Width), rule.X1, rule.Y1, rule.X2, rule.Y2);
                builder.End();
                break;
            case PdfOp.Picture picture:
                var stream = new MemoryStream(picture.Png, writable: false);
                var image = XImage.FromStream(stream);
                images.Add((stream, image));
                gfx.DrawImage(image, picture.X, picture.Y, picture.Width, picture.Height);
                break;
            case PdfOp.PageNumberOf number when layout.Anchors.TryGetValue(number.Anchor, out var target):
                var label = (target.Page + 1).ToString(CultureInfo.InvariantCulture);
                var width = gfx.MeasureString(label, number.Font).Width;
                gfx.DrawString(label, number.Font, new XSolidBrush(number.Color), number.RightX - width, number.Baseline);
                break;
            case PdfOp.LinkToAnchor link:
                // Link rectangles are in PDF's default (bottom-up) page coordinates. The structure
                // builder puts the annotation on the current page and ties it to the Link element.
                var rect = new PdfRectangle(
                    new XPoint(link.X, PdfStyle.PageHeight - link.Y - link.Height),
                    new XPoint(link.X + link.Width, PdfStyle.PageHeight - link.Y));
                var destination = layout.Anchors.TryGetValue(link.Anchor, out var at) ? at.Page + 1 : page.Owner.PageCount;
                builder.BeginElement(PdfLinkAnnotation.CreateDocumentLink(rect, destination), link.AltText);
                return depth + 1;
        }

        return depth;
    }

    /// <summary>Grouping elements hold other elements; every other type holds the text drawn inside it.</summary>
    private static void Begin(StructureBuilder builder, PdfOp.Begin begin)
    {
        switch (begin.Tag)
        {
            case "TOC" or "Div" or "Sect":
                builder.BeginGroupingElement(begin.Tag);
                break;
            case "Link" or "Span":
                builder.BeginInlineLevelElement(begin.Tag);
                break;
            default:
                builder.BeginBlockLevelElement(begin.Tag);
                if (begin.Scope is { } scope)
                {
                    builder.CurrentStructureElement.TableAttributes.Elements.SetName("/Scope", "/" + scope);
                }

                break;
        }
    }

    private static void RunningHeadAndFoot(XGraphics gfx, PdfStyle style, ReportDocument document, int number, int count)
    {
        var muted = new XSolidBrush(PdfStyle.Muted);
        gfx.DrawString(Fit(gfx, document.RunningHeader, style.Running, PdfStyle.Width - 150), style.Running, muted, PdfStyle.Left, 40);
        if (document.IsDraft)
        {
            const string Draft = "UTKAST – inte godkänt av parterna";
            var width = gfx.MeasureString(Draft, style.RunningBold).Width;
            gfx.DrawString(Draft, style.RunningBold, new XSolidBrush(PdfStyle.DraftText), PdfStyle.Right - width, 40);
        }

        gfx.DrawLine(new XPen(PdfStyle.Grid, 0.5), PdfStyle.Left, 46, PdfStyle.Right, 46);
        gfx.DrawLine(new XPen(PdfStyle.Grid, 0.5), PdfStyle.Left, PdfStyle.PageHeight - 44, PdfStyle.Right, PdfStyle.PageHeight - 44);
        var page = string.Create(CultureInfo.InvariantCulture, $"Sida {number} av {count}");
        var pageWidth = gfx.MeasureString(page, style.Running).Width;
        gfx.DrawString(page, style.Running, new XSolidBrush(PdfStyle.Text), PdfStyle.Right - pageWidth, PdfStyle.PageHeight - 32);
        gfx.DrawString(Fit(gfx, document.Status, style.Running, PdfStyle.Width - 80), style.Running, muted, PdfStyle.Left, PdfStyle.PageHeight - 32);
    }

    private static string Fit(XGraphics gfx, string text, XFont font, double width)
    {
        if (gfx.MeasureString(text, font).Width <= width)
        {
            return text;
        }

        var cut = text.Length;
        while (cut > 1 && gfx.MeasureString(text[..cut] + "…", font).Width > width)
        {
            cut--;
        }

        return text[..cut].TrimEnd() + "…";
    }

    private static void Outline(PdfDocument pdf, ReportDocument document, PdfLayout layout, List<PdfPage> pages)
    {
        pdf.Outlines.Add("Omslag", pages[0], opened: false);
        if (layout.Anchors.TryGetValue("innehall", out var contents))
        {
            pdf.Outlines.Add("Innehåll", pages[contents.Page], opened: false);
        }

        PdfOutline? chapter = null;
        foreach (var heading in document.Contents)
        {
            if (!layout.Anchors.TryGetValue(heading.Anchor, out var at))
            {
                continue;
            }

            if (heading.Level == 1 || chapter is null)
            {
                chapter = pdf.Outlines.Add(heading.Text, pages[at.Page], opened: false);
            }
            else
            {
                chapter.Outlines.Add(heading.Text, pages[at.Page], opened: false);
            }
        }
    }
}
