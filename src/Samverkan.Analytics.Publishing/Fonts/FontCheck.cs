using SkiaSharp;

namespace Samverkan.Analytics.Publishing.Fonts;

/// <summary>
/// The start-up check that chart text will render. Without fonts ScottPlot draws charts with no text
/// at all and throws nothing (ENVIRONMENT.md), so hosts call <see cref="EnsureTextRenders"/> before
/// they publish anything.
/// </summary>
public static class FontCheck
{
    /// <summary>The font family every chart uses.</summary>
    public const string FontFamily = "DejaVu Sans";

    /// <summary>The Debian package that provides <see cref="FontFamily"/>.</summary>
    public const string DebianPackage = "fonts-dejavu-core";

    /// <summary>
    /// Throws <see cref="InvalidOperationException"/>, naming the package to install, unless
    /// <see cref="FontFamily"/> resolves in Skia and draws the Swedish letters åäöÅÄÖ.
    /// </summary>
    public static void EnsureTextRenders() => EnsureFamilyRenders(FontFamily);

    /// <summary>The same check for another family (tests use a family that is not installed).</summary>
    internal static void EnsureFamilyRenders(string family)
    {
        var problem = FindProblem(family);
        if (problem is not null)
        {
            throw new InvalidOperationException(
                $"Diagrammen kan inte visa text: {problem} Installera typsnittet med `apt-get install -y {DebianPackage}` " +
                $"(det ger /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf) och starta igen.");
        }
    }

    /// <summary>Null when <paramref name="family"/> renders text; else what is wrong, in one sentence.</summary>
    internal static string? FindProblem(string family)
    {
        using var typeface = SKTypeface.FromFamilyName(family);
        if (typeface is null || !string.Equals(typeface.FamilyName, family, StringComparison.OrdinalIgnoreCase))
        {
            return $"typsnittsfamiljen \"{family}\" hittades inte (Skia erbjöd \"{typeface?.FamilyName ?? "inget"}\").";
        }

        const string Sample = "åäöÅÄÖ";
        using var font = new SKFont(typeface, 32);
        if (font.ContainsGlyphs(Sample) is false)
        {
            return $"typsnittsfamiljen \"{family}\" saknar de svenska bokstäverna {Sample}.";
        }

        using var bitmap = new SKBitmap(160, 48);
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { Color = SKColors.Black, IsAntialias = false })
        {
            canvas.Clear(SKColors.White);
            canvas.DrawText(Sample, 4, 38, SKTextAlign.Left, font, paint);
        }

        var inked = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                if (bitmap.GetPixel(x, y).Red < 128)
                {
                    inked++;
                }
            }
        }

        return inked > 50 ? null : $"typsnittsfamiljen \"{family}\" hittades men ritade ingen synlig text.";
    }
}
