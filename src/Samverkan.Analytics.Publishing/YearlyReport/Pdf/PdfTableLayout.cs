using PdfSharp.Drawing;
using Samverkan.Analytics.Publishing.YearlyReport.Model;

namespace Samverkan.Analytics.Publishing.YearlyReport.Pdf;

/// <summary>
/// Lays a table out: caption, header row (repeated on every page), rows split between pages (never
/// inside a row, never the last row alone), coloured verdict cells, the footnote on the page of the last row.
/// </summary>
internal sealed class PdfTableLayout
{
    private const double Pad = 2.6;
    private const double FootnoteGap = 3;
    private readonly PdfLayout _layout;
    private readonly PdfStyle _style;

    public PdfTableLayout(PdfLayout layout, PdfStyle style)
    {
        _layout = layout;
        _style = style;
    }

    /// <summary>The height the table needs below what precedes it before it may start on a page: its caption, header and first row (and with two rows or fewer, the rest and the footnote).</summary>
    public double StartHeight(TableBlock table) => 4 + Measure(table).Start;

    public void Layout(TableBlock table)
    {
        var (widths, lineHeight, header, headerHeight, rows, caption, footnote, footnoteHeight, start) = Measure(table);
        var captionLine = PdfStyle.LineHeight(_style.NoteBold);
        var footnoteLine = PdfStyle.LineHeight(_style.Note) - 0.8;
        _layout.Y += 4;
        _layout.Ensure(start);
        _layout.Tag("Table");
        _layout.TaggedLines(caption, PdfStyle.Left, captionLine, "Caption");
        _layout.Y += 2;
        Header(table, header, widths, headerHeight, lineHeight, repeated: false);

        for (var r = 0; r < rows.Count; r++)
        {
            var height = Height(rows[r], lineHeight);
            // The last row never goes over alone: the last two rows stay together, the footnote with the last.
            var keep = r == rows.Count - 1 ? footnoteHeight
                : r == rows.Count - 2 ? Height(rows[r + 1], lineHeight) + footnoteHeight
                : 0;
            if (height > _layout.Remaining || (r > 0 && height + keep > _layout.Remaining))
            {
                _layout.NewPage();
                var continued = _layout.Wrapper.Wrap([new PdfSpan(table.Caption + " (forts.)", _style.NoteBold, PdfStyle.Text)], PdfStyle.Width);
                _layout.Artifact(); // read once, at the table's start
                _layout.Lines(continued, PdfStyle.Left, captionLine);
                _layout.Y += 2;
                Header(table, header, widths, headerHeight, lineHeight, repeated: true);
                _layout.EndTag();
            }

            _layout.Tag("TR");

            var x = PdfStyle.Left;
            var top = _layout.Y;
            for (var c = 0; c < widths.Length; c++)
            {
                var cell = c < table.Rows[r].Count ? table.Rows[r][c] : TableCell.Empty;
                var (fill, _) = PdfStyle.ToneColours(cell.Tone);
                if (fill is { } f)
                {
                    _layout.Page.Ops.Add(new PdfOp.Box(x, top, widths[c], height, f));
                }

                _layout.Tag(c == 0 ? "TH" : "TD", c == 0 ? "Row" : null);
                Cell(c < rows[r].Count ? rows[r][c] : [], x, top, widths[c], lineHeight, table.Columns[c].Numeric && c > 0);
                _layout.EndTag();
                x += widths[c];
            }

            _layout.EndTag();

            _layout.Page.Ops.Add(new PdfOp.Rule(PdfStyle.Left, top + height, PdfStyle.Right, top + height, PdfStyle.Grid, 0.4));
            _layout.Y += height;
        }

        _layout.EndTag(); // Table
        if (footnote.Count > 0)
        {
            _layout.Y += FootnoteGap;
            _layout.TaggedLines(footnote, PdfStyle.Left, footnoteLine);
        }

        _layout.Y += 8;
    }

    private Measured Measure(TableBlock table)
    {
        var total = table.Columns.Sum(c => c.Width);
        var widths = table.Columns.Select(c => PdfStyle.Width * c.Width / total).ToArray();
        var lineHeight = PdfStyle.LineHeight(_style.Table);
        var header = table.Columns.Select((c, i) => Wrap(c.Header, _style.TableBold, PdfStyle.Text, widths[i])).ToList();
        var headerHeight = Height(header, lineHeight);
        var rows = table.Rows
            .Select(r => r.Select((cell, i) => Wrap(cell.Text, i == 0 ? _style.TableBold : _style.Table, PdfStyle.ToneColours(cell.Tone).Text, widths[i])).ToList())
            .ToList();
        var caption = _layout.Wrapper.Wrap([new PdfSpan(table.Caption, _style.NoteBold, PdfStyle.Text)], PdfStyle.Width);

        // The footnote explains the table's cells, so it stays on the page of the table's last row.
        var footnote = table.Footnote is { } note ? _layout.Wrapper.Wrap([new PdfSpan(note, _style.Note, PdfStyle.Muted)], PdfStyle.Width) : [];
        var footnoteHeight = footnote.Count == 0 ? 0 : FootnoteGap + (footnote.Count * (PdfStyle.LineHeight(_style.Note) - 0.8));
        var start = (caption.Count * PdfStyle.LineHeight(_style.NoteBold)) + 2 + headerHeight + (rows.Count > 0 ? Height(rows[0], lineHeight) : 0)
            + (rows.Count == 2 ? Height(rows[1], lineHeight) : 0) + (rows.Count <= 2 ? footnoteHeight : 0) + 2;
        return new Measured(widths, lineHeight, header, headerHeight, rows, caption, footnote, footnoteHeight, start);
    }

    /// <summary>The header row; a <paramref name="repeated"/> one (on a later page) is drawn inside an artifact by the caller.</summary>
    private void Header(TableBlock table, List<List<PdfLine>> header, double[] widths, double height, double lineHeight, bool repeated)
    {
        var top = _layout.Y;
        _layout.Page.Ops.Add(new PdfOp.Box(PdfStyle.Left, top, PdfStyle.Width, height, PdfStyle.HeaderFill));
        var x = PdfStyle.Left;
        if (!repeated)
        {
            _layout.Tag("TR");
        }

        for (var c = 0; c < widths.Length; c++)
        {
            if (!repeated)
            {
                _layout.Tag("TH", "Column");
            }

            Cell(header[c], x, top, widths[c], lineHeight, table.Columns[c].Numeric && c > 0);
            if (!repeated)
            {
                _layout.EndTag();
            }

            x += widths[c];
        }

        if (!repeated)
        {
            _layout.EndTag();
        }

        _layout.Page.Ops.Add(new PdfOp.Rule(PdfStyle.Left, top, PdfStyle.Right, top, PdfStyle.Muted, 0.6));
        _layout.Page.Ops.Add(new PdfOp.Rule(PdfStyle.Left, top + height, PdfStyle.Right, top + height, PdfStyle.Muted, 0.6));
        _layout.Y += height;
    }

    private void Cell(List<PdfLine> lines, double x, double top, double width, double lineHeight, bool alignRight)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var offset = alignRight ? width - Pad - lines[i].Width : Pad;
            _layout.DrawLine(lines[i], x + offset, top + Pad + (i * lineHeight), lineHeight);
        }
    }

    private List<PdfLine> Wrap(string text, XFont font, XColor color, double width) =>
        _layout.Wrapper.Wrap([new PdfSpan(text, font, color)], width - (2 * Pad));

    private static double Height(List<List<PdfLine>> cells, double lineHeight) =>
        (cells.Max(c => c.Count) * lineHeight) + (2 * Pad);

    /// <summary>A table wrapped for the page: column widths, lines of header, rows, caption and footnote, and the height it needs to start.</summary>
    private sealed record Measured(
        double[] Widths,
        double LineHeight,
        List<List<PdfLine>> Header,
        double HeaderHeight,
        List<List<List<PdfLine>>> Rows,
        List<PdfLine> Caption,
        List<PdfLine> Footnote,
        double FootnoteHeight,
        double Start);
}
