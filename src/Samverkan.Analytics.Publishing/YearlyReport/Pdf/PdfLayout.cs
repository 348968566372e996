using PdfSharp.Drawing;
using Samverkan.Analytics.Publishing.YearlyReport.Model;

namespace Samverkan.Analytics.Publishing.YearlyReport.Pdf;

/// <summary>
/// Lays a <see cref="ReportDocument"/> out on A4 pages: the cover, the table of contents, chapters
/// on new pages, headings kept with what follows, tables split by row with the header repeated,
/// figures and comments kept whole. Page numbers of headings are resolved after layout.
/// </summary>
internal sealed class PdfLayout : IDisposable
{
    private const double ParagraphGap = 6;
    private readonly PdfStyle _style;
    private readonly PdfTextWrapper _wrapper = new();
    private PdfPageModel _page = null!;
    private double _y;

    public PdfLayout(PdfStyle style) => _style = style;

    /// <summary>The pages, in order.</summary>
    public List<PdfPageModel> Pages { get; } = [];

    /// <summary>Where each heading landed: page index (0-based) and top.</summary>
    public Dictionary<string, (int Page, double Y)> Anchors { get; } = new(StringComparer.Ordinal);

    /// <summary>Lays out the whole document.</summary>
    public void Layout(ReportDocument document)
    {
        Cover(document);
        var blocks = document.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case TableOfContentsBlock:
                    Contents(document);
                    break;
                case HeadingBlock heading:
                    Heading(heading, KeepWith(blocks.Skip(i + 1)));
                    break;
                case ParagraphBlock paragraph:
                    Paragraph(paragraph);
                    break;
                case BulletListBlock list:
                    Bullets(list);
                    break;
                case TableBlock table:
                    new PdfTableLayout(this, _style).Layout(table);
                    break;
                case FigureBlock figure:
                    Figure(figure);
                    break;
                case CommentBlock comment:
                    Comment(comment);
                    break;
            }
        }
    }

    /// <summary>
    /// How much of what follows a heading must fit below it on the same page: the blocks up to and
    /// including the first chart or table (a table's caption, header and first row), at most 60 % of a page.
    /// </summary>
    private double KeepWith(IEnumerable<ReportBlock> following)
    {
        var height = 0.0;
        foreach (var block in following)
        {
            switch (block)
            {
                case HeadingBlock or TableOfContentsBlock:
                    return Math.Min(height, 0.6 * (PdfStyle.Bottom - PdfStyle.Top));
                case ParagraphBlock paragraph:
                    height += (Math.Min(3, _wrapper.Wrap(paragraph.Runs.Select(r => new PdfSpan(r.Text, _style.Body, PdfStyle.Text)), PdfStyle.Width).Count)
                        * PdfStyle.LineHeight(_style.Body)) + ParagraphGap;
                    break;
                case BulletListBlock:
                    height += 2 * PdfStyle.LineHeight(_style.Body);
                    break;
                case CommentBlock:
                    height += 4 * PdfStyle.LineHeight(_style.Body);
                    break;
                case FigureBlock figure:
                    height += FigureHeight(figure).Total;
                    return Math.Min(height, 0.6 * (PdfStyle.Bottom - PdfStyle.Top));
                case TableBlock table:
                    height += new PdfTableLayout(this, _style).StartHeight(table);
                    return Math.Min(height, 0.6 * (PdfStyle.Bottom - PdfStyle.Top));
            }
        }

        return Math.Min(height, 0.6 * (PdfStyle.Bottom - PdfStyle.Top));
    }

    /// <inheritdoc />
    public void Dispose() => _wrapper.Dispose();

    internal PdfTextWrapper Wrapper => _wrapper;

    internal double Y
    {
        get => _y;
        set => _y = value;
    }

    internal PdfPageModel Page => _page;

    internal double Remaining => PdfStyle.Bottom - _y;

    internal bool AtPageTop => _y <= PdfStyle.Top + 0.1;

    /// <summary>Starts a structure element (it ends with <see cref="EndTag"/>, maybe pages later).</summary>
    internal void Tag(string tag, string? scope = null) => _page.Ops.Add(new PdfOp.Begin(tag, scope));

    /// <summary>Starts content outside the structure tree (ends with <see cref="EndTag"/>).</summary>
    internal void Artifact() => _page.Ops.Add(new PdfOp.BeginArtifact());

    /// <summary>Ends the innermost element or artifact.</summary>
    internal void EndTag() => _page.Ops.Add(new PdfOp.End());

    /// <summary>Wrapped lines as one paragraph element (<c>P</c>, or <paramref name="tag"/>).</summary>
    internal void TaggedLines(IReadOnlyList<PdfLine> lines, double x, double lineHeight, string tag = "P")
    {
        Tag(tag);
        Lines(lines, x, lineHeight);
        EndTag();
    }

    internal void NewPage(bool cover = false)
    {
        _page = new PdfPageModel(cover);
        Pages.Add(_page);
        _y = cover ? 90 : PdfStyle.Top;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> still fits on this one.</summary>
    internal void Ensure(double height)
    {
        if (height > Remaining && !AtPageTop)
        {
            NewPage();
        }
    }

    /// <summary>
    /// Wrapped lines as one element like <see cref="TaggedLines"/>, but never leaving one line of it
    /// alone: no first line at a page's foot (an orphan) and no last line at the next page's top (a
    /// widow). A paragraph of up to three lines that does not fit moves to the next page whole.
    /// </summary>
    internal void FlowLines(IReadOnlyList<PdfLine> lines, double x, double lineHeight, string tag = "P")
    {
        var breakAt = LinesBeforeBreak(lines.Count, lineHeight);
        Tag(tag);
        LinesBreakingAt(lines, x, lineHeight, breakAt);
        EndTag();
    }

    /// <summary>Draws lines like <see cref="Lines"/> with a page break before line <paramref name="breakAt"/> (from <see cref="LinesBeforeBreak"/>).</summary>
    private void LinesBreakingAt(IReadOnlyList<PdfLine> lines, double x, double lineHeight, int breakAt)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (i == breakAt && i > 0)
            {
                NewPage();
            }
            else
            {
                Ensure(lineHeight);
            }

            DrawLine(lines[i], x, _y, lineHeight);
            _y += lineHeight;
        }
    }

    /// <summary>
    /// How many of <paramref name="count"/> lines go on this page before a break (all of them when
    /// they fit); starts a new page first when fewer than two would stay here or fewer than two would
    /// go over (then the break moves up so that two go over).
    /// </summary>
    internal int LinesBeforeBreak(int count, double lineHeight)
    {
        int Fit() => (int)Math.Floor((Remaining + 1e-6) / lineHeight);
        var fit = Fit();
        if (fit >= count || AtPageTop)
        {
            return Math.Min(fit, count);
        }

        if (fit < 2 || count <= 3)
        {
            NewPage();
            return Math.Min(Fit(), count);
        }

        return Math.Min(fit, count - 2);
    }

    /// <summary>Draws wrapped lines at <paramref name="x"/>, one line height each, moving down; breaks pages between lines.</summary>
    internal void Lines(IReadOnlyList<PdfLine> lines, double x, double lineHeight)
    {
        foreach (var line in lines)
        {
            Ensure(lineHeight);
            DrawLine(line, x, _y, lineHeight);
            _y += lineHeight;
        }
    }

    internal void DrawLine(PdfLine line, double x, double top, double lineHeight)
    {
        var size = line.FontSize;
        var baseline = top + ((lineHeight - (size * 1.3)) / 2) + (size * 1.02);
        foreach (var (offset, span) in line.Pieces)
        {
            if (span.Text.Length > 0)
            {
                _page.Ops.Add(new PdfOp.Text(x + offset, baseline, span.Text, span.Font, span.Color));
            }
        }
    }

    private void Cover(ReportDocument document)
    {
        NewPage(cover: true);
        _page.Ops.Add(new PdfOp.Box(0, 0, PdfStyle.PageWidth, 14, PdfStyle.Accent));
        var parties = _wrapper.Wrap([new PdfSpan("Stockholms stad · Polisregion Stockholm", _style.BodyBold, PdfStyle.Muted)], PdfStyle.Width);
        TaggedLines(parties, PdfStyle.Left, PdfStyle.LineHeight(_style.BodyBold));
        _y += 18;
        TaggedLines(_wrapper.Wrap([new PdfSpan(document.Title, _style.CoverTitle, PdfStyle.Text)], PdfStyle.Width), PdfStyle.Left, 31, "H1");
        _y += 10;
        TaggedLines(_wrapper.Wrap([new PdfSpan(document.Subtitle, _style.CoverSubtitle, PdfStyle.Text)], PdfStyle.Width), PdfStyle.Left, 17.5);
        _y += 22;

        var statusLines = _wrapper.Wrap([new PdfSpan(document.Status, _style.BodyBold, document.IsDraft ? PdfStyle.DraftText : PdfStyle.FinalText)], PdfStyle.Width - 24);
        var statusHeight = (statusLines.Count * PdfStyle.LineHeight(_style.BodyBold)) + 14;
        _page.Ops.Add(new PdfOp.Box(PdfStyle.Left, _y, PdfStyle.Width, statusHeight, document.IsDraft ? PdfStyle.DraftFill : PdfStyle.FinalFill));
        _page.Ops.Add(new PdfOp.Box(PdfStyle.Left, _y, 5, statusHeight, document.IsDraft ? PdfStyle.DraftText : PdfStyle.FinalText));
        _y += 7;
        TaggedLines(statusLines, PdfStyle.Left + 16, PdfStyle.LineHeight(_style.BodyBold));
        _y += 7 + 24;

        Facts(document.CoverFacts);
        _y += 18;
        TaggedLines(_wrapper.Wrap([new PdfSpan("Godkännande av parterna", _style.H3, PdfStyle.Text)], PdfStyle.Width), PdfStyle.Left, 15, "H2");
        _y += 4;
        Facts(document.Approvals);
    }

    private void Facts(IReadOnlyList<ReportFact> facts)
    {
        const double LabelWidth = 130;
        var lineHeight = PdfStyle.LineHeight(_style.Note);
        Tag("Table");
        foreach (var fact in facts)
        {
            Tag("TR");
            var label = _wrapper.Wrap([new PdfSpan(fact.Label, _style.NoteBold, PdfStyle.Text)], LabelWidth - 8);
            var value = _wrapper.Wrap([new PdfSpan(fact.Value, _style.Note, PdfStyle.Text)], PdfStyle.Width - LabelWidth);
            var rows = Math.Max(label.Count, value.Count);
            _page.Ops.Add(new PdfOp.Rule(PdfStyle.Left, _y, PdfStyle.Right, _y, PdfStyle.Grid, 0.5));
            _y += 3;
            Tag("TH", "Row");
            for (var i = 0; i < label.Count; i++)
            {
                DrawLine(label[i], PdfStyle.Left, _y + (i * lineHeight), lineHeight);
            }

            EndTag();
            Tag("TD");
            for (var i = 0; i < value.Count; i++)
            {
                DrawLine(value[i], PdfStyle.Left + LabelWidth, _y + (i * lineHeight), lineHeight);
            }

            EndTag();
            EndTag();
            _y += (rows * lineHeight) + 3;
        }

        EndTag();

        _page.Ops.Add(new PdfOp.Rule(PdfStyle.Left, _y, PdfStyle.Right, _y, PdfStyle.Grid, 0.5));
    }

    private void Contents(ReportDocument document)
    {
        NewPage();
        Anchors["innehall"] = (Pages.Count - 1, _y);
        TaggedLines(_wrapper.Wrap([new PdfSpan("Innehåll", _style.H1, PdfStyle.Text)], PdfStyle.Width), PdfStyle.Left, 24, "H2");
        _y += 8;
        Tag("TOC");
        const double NumberWidth = 28;
        foreach (var heading in document.Contents)
        {
            var level1 = heading.Level == 1;
            var font = level1 ? _style.BodyBold : _style.Note;
            var indent = level1 ? 0 : 14;
            var lineHeight = PdfStyle.LineHeight(font) + (level1 ? 1 : 0);
            if (level1)
            {
                _y += 5;
            }

            var lines = _wrapper.Wrap([new PdfSpan(heading.Text, font, PdfStyle.Text)], PdfStyle.Width - indent - NumberWidth - 8);
            Ensure(lines.Count * lineHeight);
            var top = _y;
            Tag("TOCI");
            _page.Ops.Add(new PdfOp.LinkToAnchor(PdfStyle.Left + indent, top, PdfStyle.Width - indent, lines.Count * lineHeight, heading.Anchor, heading.Text));
            Lines(lines, PdfStyle.Left + indent, lineHeight);
            var last = lines[^1];
            var lastTop = _y - lineHeight;
            var baseline = lastTop + ((lineHeight - (font.Size * 1.3)) / 2) + (font.Size * 1.02);
            var dotsFrom = PdfStyle.Left + indent + last.Width + 4;
            var dotsTo = PdfStyle.Right - NumberWidth;
            var dot = _wrapper.Measure(". ", _style.Note);
            if (dotsTo > dotsFrom + dot)
            {
                var count = (int)((dotsTo - dotsFrom) / dot);
                _page.Ops.Add(new PdfOp.Text(dotsTo - (count * dot), baseline, string.Concat(Enumerable.Repeat(". ", count)), _style.Note, PdfStyle.Grid, Artifact: true));
            }

            _page.Ops.Add(new PdfOp.PageNumberOf(heading.Anchor, PdfStyle.Right, baseline, font, PdfStyle.Text));
            EndTag(); // Link
            EndTag(); // TOCI
        }

        EndTag(); // TOC
    }

    private void Heading(HeadingBlock heading, double keep)
    {
        var (font, lineHeight, before, after) = heading.Level switch
        {
            1 => (_style.H1, 22.0, 0.0, 10.0),
            2 => (_style.H2, 16.5, 14.0, 5.0),
            _ => (_style.H3, 14.0, 10.0, 4.0),
        };
        if (heading.Level == 1)
        {
            NewPage();
        }
        else if (!AtPageTop)
        {
            _y += before;
        }

        var lines = _wrapper.Wrap([new PdfSpan(heading.Text, font, heading.Level == 1 ? PdfStyle.Accent : PdfStyle.Text)], PdfStyle.Width);
        Ensure((lines.Count * lineHeight) + keep);
        Anchors[heading.Anchor] = (Pages.Count - 1, _y);
        TaggedLines(lines, PdfStyle.Left, lineHeight, "H" + (heading.Level + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (heading.Level == 1)
        {
            _page.Ops.Add(new PdfOp.Rule(PdfStyle.Left, _y + 2, PdfStyle.Right, _y + 2, PdfStyle.Accent, 1.2));
            _y += 4;
        }

        _y += after;
    }

    private void Paragraph(ParagraphBlock paragraph)
    {
        var (regular, bold, color) = paragraph.Style switch
        {
            ParagraphStyle.Note => (_style.Note, _style.NoteBold, PdfStyle.Muted),
            _ => (_style.Body, _style.BodyBold, PdfStyle.Text),
        };
        var spans = paragraph.Runs.Select(r => new PdfSpan(r.Text, r.Bold ? bold : regular, color));
        var indent = paragraph.Style == ParagraphStyle.Finding ? 10 : 0;
        var lines = _wrapper.Wrap(spans, PdfStyle.Width - indent);
        var lineHeight = PdfStyle.LineHeight(regular);
        if (paragraph.Style == ParagraphStyle.Finding)
        {
            // Keep a short finding whole; a bar in the margin marks it.
            Ensure(Math.Min(lines.Count, 4) * lineHeight);
            var start = _y;
            var startPage = _page;
            FlowLines(lines, PdfStyle.Left + indent, lineHeight);
            if (ReferenceEquals(startPage, _page))
            {
                _page.Ops.Add(new PdfOp.Box(PdfStyle.Left, start + 1, 3, _y - start - 2, PdfStyle.Accent));
            }
        }
        else
        {
            FlowLines(lines, PdfStyle.Left + indent, lineHeight);
        }

        _y += ParagraphGap;
    }

    private void Bullets(BulletListBlock list)
    {
        var lineHeight = PdfStyle.LineHeight(_style.Body);
        Tag("L");
        foreach (var item in list.Items)
        {
            var lines = _wrapper.Wrap(item.Select(r => new PdfSpan(r.Text, r.Bold ? _style.BodyBold : _style.Body, PdfStyle.Text)), PdfStyle.Width - 14);
            var breakAt = LinesBeforeBreak(lines.Count, lineHeight);
            Tag("LI");
            Tag("Lbl");
            _page.Ops.Add(new PdfOp.Text(PdfStyle.Left + 3, PdfStyle.Baseline(_style.Body, _y) + 0.6, "•", _style.Body, PdfStyle.Text));
            EndTag();
            Tag("LBody");
            LinesBreakingAt(lines, PdfStyle.Left + 14, lineHeight, breakAt);
            EndTag();
            EndTag();
            _y += 2.5;
        }

        EndTag();

        _y += ParagraphGap - 2.5;
    }

    /// <summary>A figure's printed width, the image's height, its caption's lines and the height image and caption need together.</summary>
    private (double Width, double Height, List<PdfLine> Caption, double Total) FigureHeight(FigureBlock figure)
    {
        var width = PdfStyle.Width * Math.Clamp(figure.WidthShare, 0.2, 1.0);
        var height = width * figure.PixelHeight / figure.PixelWidth;
        var caption = _wrapper.Wrap([new PdfSpan(figure.Caption, _style.Note, PdfStyle.Muted)], width);
        return (width, height, caption, 4 + height + 4 + (caption.Count * PdfStyle.LineHeight(_style.Note)) + 2);
    }

    private void Figure(FigureBlock figure)
    {
        var (width, height, caption, total) = FigureHeight(figure);
        _y += 4;
        Ensure(total - 4);
        _page.Ops.Add(new PdfOp.BeginFigure(figure.AltText, PdfStyle.Left, _y, width, height));
        _page.Ops.Add(new PdfOp.Picture(figure.Png, PdfStyle.Left, _y, width, height));
        EndTag();
        _page.Ops.Add(new PdfOp.Box(PdfStyle.Left, _y, width, height, null, PdfStyle.Grid, 0.5));
        _y += height + 4;
        TaggedLines(caption, PdfStyle.Left, PdfStyle.LineHeight(_style.Note), "Caption");
        _y += ParagraphGap + 2;
    }

    private void Comment(CommentBlock comment)
    {
        const double Pad = 7;
        var width = PdfStyle.Width - 10 - (2 * Pad);
        var label = _wrapper.Wrap([new PdfSpan(comment.Label, _style.BodyBold, PdfStyle.Text)], width);
        var text = _wrapper.Wrap([new PdfSpan(comment.Text, _style.Body, PdfStyle.Text)], width);
        var byline = _wrapper.Wrap([new PdfSpan(comment.Byline, _style.Note, PdfStyle.Muted)], width);
        var bodyHeight = PdfStyle.LineHeight(_style.Body);
        var noteHeight = PdfStyle.LineHeight(_style.Note);
        var height = ((label.Count + text.Count) * bodyHeight) + (byline.Count * noteHeight) + (2 * Pad) + 3;
        _y += 2;
        Ensure(Math.Min(height, PdfStyle.Bottom - PdfStyle.Top));
        if (height <= Remaining)
        {
            _page.Ops.Add(new PdfOp.Box(PdfStyle.Left, _y, PdfStyle.Width, height, PdfStyle.CommentFill, PdfStyle.Grid));
            _page.Ops.Add(new PdfOp.Box(PdfStyle.Left, _y, 5, height, PdfStyle.CommentBar));
        }

        _y += Pad;
        var x = PdfStyle.Left + 10 + Pad;
        Tag("Div");
        TaggedLines(label, x, bodyHeight);
        TaggedLines(text, x, bodyHeight);
        _y += 3;
        TaggedLines(byline, x, noteHeight);
        EndTag();
        _y += Pad + ParagraphGap;
    }
}
