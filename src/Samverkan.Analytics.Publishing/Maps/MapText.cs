using Samverkan.Analytics.Publishing.Fonts;
using SkiaSharp;

namespace Samverkan.Analytics.Publishing.Maps;

/// <summary>Measures and wraps text in the charts' font, in pixels.</summary>
internal static class MapText
{
    private static readonly Lazy<SKTypeface> Regular = new(() => SKTypeface.FromFamilyName(
        FontCheck.FontFamily, SKFontStyleWeight.Normal, SKFontStyleWidth.Normal, SKFontStyleSlant.Upright));

    private static readonly Lazy<SKTypeface> Bold = new(() => SKTypeface.FromFamilyName(
        FontCheck.FontFamily, SKFontStyleWeight.Bold, SKFontStyleWidth.Normal, SKFontStyleSlant.Upright));

    /// <summary>The width of <paramref name="text"/>'s widest line.</summary>
    public static float Width(string text, float size, bool bold = false)
    {
        using var font = Font(size, bold);
        return text.Split('\n').Max(line => font.MeasureText(line));
    }

    /// <summary>The height of one line (ascent + descent + leading).</summary>
    public static float LineHeight(float size, bool bold = false)
    {
        using var font = Font(size, bold);
        return font.Spacing;
    }

    /// <summary>
    /// Breaks <paramref name="text"/> into lines no wider than <paramref name="maxWidth"/> at spaces
    /// (and, when <paramref name="atHyphens"/>, after hyphens), greedily; a single word wider than the
    /// limit gets its own line.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, float size, float maxWidth, bool bold = false, bool atHyphens = false)
    {
        var tokens = Tokens(text, atHyphens);
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var token in tokens)
        {
            var candidate = current + token;
            if (current.Length > 0 && Width(candidate.TrimEnd(), size, bold) > maxWidth)
            {
                lines.Add(current.TrimEnd());
                current = token.TrimStart();
            }
            else
            {
                current = candidate;
            }
        }

        if (current.Trim().Length > 0)
        {
            lines.Add(current.TrimEnd());
        }

        return lines;
    }

    /// <summary>The split of a name into two lines (at a hyphen or space) whose wider line is narrowest; the name itself if it has no break.</summary>
    public static string BalancedTwoLines(string text, float size, bool bold = false)
    {
        var best = text;
        var bestWidth = Width(text, size, bold);
        for (var i = 1; i < text.Length - 1; i++)
        {
            string? candidate = text[i] switch
            {
                ' ' => text[..i] + "\n" + text[(i + 1)..],
                '-' => text[..(i + 1)] + "\n" + text[(i + 1)..],
                _ => null,
            };
            if (candidate is not null && Width(candidate, size, bold) < bestWidth)
            {
                best = candidate;
                bestWidth = Width(candidate, size, bold);
            }
        }

        return best;
    }

    private static List<string> Tokens(string text, bool atHyphens)
    {
        var tokens = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ' ' && i > start)
            {
                tokens.Add(text[start..i]);
                start = i;
            }
            else if (atHyphens && text[i] == '-')
            {
                tokens.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        tokens.Add(text[start..]);
        return tokens;
    }

    private static SKFont Font(float size, bool bold) => new(bold ? Bold.Value : Regular.Value, size);
}
