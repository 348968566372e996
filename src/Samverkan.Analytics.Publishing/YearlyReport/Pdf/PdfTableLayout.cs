using PdfSharp.Drawing;
using Samverkan.Analytics.Publishing.YearlyReport.Model;

namespace Samverkan.Analytics.Publishing.YearlyReport.Pdf;

/// <summary>Lays a table out: caption, header row (repeated on every page), rows split between pages, coloured verdict cells, footnote.</summary>
internal sealed class PdfTableLayout
{
    private const double Pad = 2.6;
    private readonly PdfLayout _layout;
    private readonly PdfStyle _style;

    public PdfTableLayout(PdfLayout layout, PdfStyle style)
    {
        _layout = layout;
        _style = style;
    }

    public void Layout(TableBlock table)
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
        var captionLine = PdfStyle.LineHeight(_style.NoteBold);
        _layout.Y += 4;
        _layout.Ensure((caption.Count * captionLine) + headerHeight + (rows.Count > 0 ? Height(rows[0], lineHeight) : 0) + 4);
        _layout.Tag("Table");
        _layout.TaggedLines(caption, PdfStyle.Left, captionLine, "Caption");
        _layout.Y += 2;
        Header(table, header, widths, headerHeight, lineHeight, repeated: false);

        for (var r = 0; r < rows.Count; r++)
        {
            var height = Height(rows[r], lineHeight);
            if (height > _layout.Remaining)
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
        if (table.Footnote is { } footnote)
        {
            _layout.Y += 3;
            _layout.TaggedLines(_layout.Wrapper.Wrap([new PdfSpan(footnote, _style.Note, PdfStyle.Muted)], PdfStyle.Width), PdfStyle.Left, PdfStyle.LineHeight(_style.Note) - 0.8);
        }

        _layout.Y += 8;
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
}
