using PdfSharp.Drawing;

namespace Samverkan.Analytics.Publishing.YearlyReport.Pdf;

/// <summary>
/// Breaks spans of text into lines of a given width, at spaces (a non-breaking space U+00A0 keeps a
/// number with its unit), after a hyphen between letters and after the en dash of a range of numbers
/// (<c>11 901–</c> / <c>12 683</c>, so a number's digits stay together), inside a word only when the
/// word alone is too wide; <c>\n</c> breaks a line.
/// </summary>
internal sealed class PdfTextWrapper : IDisposable
{
    private readonly XGraphics _measure = XGraphics.CreateMeasureContext(
        new XSize(PdfStyle.PageWidth, PdfStyle.PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards);

    private readonly Dictionary<(string Font, double Size, bool Bold, string Text), double> _widths = [];

    /// <summary>The width of a text in a font.</summary>
    public double Measure(string text, XFont font)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var key = (font.Name2, font.Size, font.Bold, text);
        if (!_widths.TryGetValue(key, out var width))
        {
            width = _measure.MeasureString(text, font).Width;
            _widths[key] = width;
        }

        return width;
    }

    /// <summary>Wraps the spans into lines no wider than <paramref name="width"/>.</summary>
    public List<PdfLine> Wrap(IEnumerable<PdfSpan> spans, double width)
    {
        var lines = new List<PdfLine>();
        var pieces = new List<(double X, PdfSpan Span)>();
        var x = 0.0;
        var visible = 0.0;

        void Flush()
        {
            lines.Add(new PdfLine(Merge(pieces), visible));
            pieces = [];
            x = 0;
            visible = 0;
        }

        foreach (var span in spans)
        {
            var paragraphs = span.Text.Split('\n');
            for (var p = 0; p < paragraphs.Length; p++)
            {
                if (p > 0)
                {
                    Flush();
                }

                foreach (var token in Tokens(paragraphs[p]))
                {
                    var word = token.TrimEnd(' ');
                    var wordWidth = Measure(word, span.Font);
                    if (x > 0 && x + wordWidth > width)
                    {
                        Flush();
                    }

                    if (x == 0 && word.Length == 0)
                    {
                        continue; // no leading spaces on a wrapped line
                    }

                    if (wordWidth > width)
                    {
                        foreach (var part in BreakWord(word, span.Font, width))
                        {
                            if (x > 0)
                            {
                                Flush();
                            }

                            pieces.Add((0, span with { Text = part }));
                            x = visible = Measure(part, span.Font);
                        }

                        x += Measure(token[word.Length..], span.Font);
                        continue;
                    }

                    pieces.Add((x, span with { Text = token }));
                    visible = x + wordWidth;
                    x += Measure(token, span.Font);
                }
            }
        }

        if (pieces.Count > 0 || lines.Count == 0)
        {
            Flush();
        }

        return lines;
    }

    /// <inheritdoc />
    public void Dispose() => _measure.Dispose();

    private static IEnumerable<string> Tokens(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var space = text[i] == ' ' && (i + 1 == text.Length || text[i + 1] != ' ');
            var hyphen = text[i] == '-' && i > 0 && char.IsLetter(text[i - 1]) && i + 1 < text.Length && char.IsLetter(text[i + 1]);
            var rangeDash = text[i] == '\u2013' && i > 0 && char.IsDigit(text[i - 1]) && i + 1 < text.Length;
            if (space || hyphen || rangeDash)
            {
                yield return text[start..(i + 1)];
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    private IEnumerable<string> BreakWord(string word, XFont font, double width)
    {
        var start = 0;
        for (var end = 1; end <= word.Length; end++)
        {
            if (end - start > 1 && Measure(word[start..end], font) > width)
            {
                yield return word[start..(end - 1)];
                start = end - 1;
            }
        }

        if (start < word.Length)
        {
            yield return word[start..];
        }
    }

    /// <summary>Joins neighbouring pieces of one font and colour into one, so a line is drawn in few strings.</summary>
    private static List<(double X, PdfSpan Span)> Merge(List<(double X, PdfSpan Span)> pieces)
    {
        var merged = new List<(double X, PdfSpan Span)>();
        foreach (var piece in pieces)
        {
            if (merged.Count > 0 && ReferenceEquals(merged[^1].Span.Font, piece.Span.Font) && merged[^1].Span.Color == piece.Span.Color)
            {
                merged[^1] = (merged[^1].X, merged[^1].Span with { Text = merged[^1].Span.Text + piece.Span.Text });
            }
            else
            {
                merged.Add(piece);
            }
        }

        if (merged.Count > 0)
        {
            merged[^1] = (merged[^1].X, merged[^1].Span with { Text = merged[^1].Span.Text.TrimEnd(' ') });
        }

        return merged;
    }
}
