using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Samverkan.Analytics.Publishing.YearlyReport.Model;

namespace Samverkan.Analytics.Publishing.YearlyReport.Pdf;

/// <summary>
/// The report as a PDF (PDFsharp 6): A4, DejaVu Sans embedded as a Unicode subset, title, subject,
/// keywords and language <c>sv-SE</c> in the metadata, an outline (bookmarks) of chapters and
/// sections, a table of contents with page numbers and links, charts as lossless PNG, and a running
/// header and "Sida N av M" footer on every page after the cover.
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
            for (var i = 0; i < count; i++)
            {
                var page = pdf.AddPage();
                page.Width = XUnit.FromPoint(PdfStyle.PageWidth);
                page.Height = XUnit.FromPoint(PdfStyle.PageHeight);
                pages.Add(page);
            }

            for (var i = 0; i < count; i++)
            {
                using var gfx = XGraphics.FromPdfPage(pages[i]);
                var model = layout.Pages[i];
                foreach (var op in model.Ops)
                {
                    Draw(gfx, pages[i], op, layout, images);
                }

                if (!model.IsCover)
                {
                    RunningHeadAndFoot(gfx, style, document, i + 1, count);
                }
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

    private static void Draw(XGraphics gfx, PdfPage page, PdfOp op, PdfLayout layout, List<(MemoryStream, XImage)> images)
    {
        switch (op)
        {
            case PdfOp.Text text:
                gfx.DrawString(text.Value, text.Font, new XSolidBrush(text.Color), text.X, text.Baseline);
                break;
            case PdfOp.Box box:
                var pen = box.Stroke is { } stroke ? new XPen(stroke, box.StrokeWidth) : null;
                var brush = box.Fill is { } fill ? new XSolidBrush(fill) : null;
                if (pen is not null || brush is not null)
                {
                    gfx.DrawRectangle(pen, brush, box.X, box.Y, box.Width, box.Height);
                }

                break;
            case PdfOp.Rule rule:
                gfx.DrawLine(new XPen(rule.Color, rule.Width), rule.X1, rule.Y1, rule.X2, rule.Y2);
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
            case PdfOp.LinkToAnchor link when layout.Anchors.TryGetValue(link.Anchor, out var destination):
                // Link rectangles are in PDF's default (bottom-up) page coordinates.
                var rect = new PdfRectangle(
                    new XPoint(link.X, PdfStyle.PageHeight - link.Y - link.Height),
                    new XPoint(link.X + link.Width, PdfStyle.PageHeight - link.Y));
                page.AddDocumentLink(rect, destination.Page + 1);
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
