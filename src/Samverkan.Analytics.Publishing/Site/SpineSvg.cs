using System.Globalization;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Palette;

namespace Samverkan.Analytics.Publishing.Site;

/// <summary>
/// A spine chart row as inline SVG (Fingertips' area profiles): the spread of all areas of the same
/// kind (light grey: worst to best quarter, dark grey: the middle half) centred on the city (black
/// line), worse to the left and better to the right, the area as a dot coloured and shaped by its
/// comparison with the city at 95 %, ringed in black when it differs at 99.8 % too (Fingertips'
/// two levels). Decorative (<c>aria-hidden</c>): the same row states the numbers in words.
/// </summary>
internal static class SpineSvg
{
    private const double Half = 94;

    /// <summary>The stronger mark: a thick black outline.</summary>
    private const string Ring = "stroke=\"#000000\" stroke-width=\"2.5\"";

    public static string Render(IReadOnlyList<double> values, double city, double value, Verdict versusCity, bool alsoAt998, Polarity polarity)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Where(double.IsFinite).Order().ToList();
        if (sorted.Count == 0 || !double.IsFinite(city) || !double.IsFinite(value))
        {
            return string.Empty;
        }

        var direction = polarity == Polarity.LowerIsBetter ? -1.0 : 1.0;
        var scale = Math.Max(Math.Max(Math.Abs(sorted[0] - city), Math.Abs(sorted[^1] - city)), Math.Abs(value - city));
        if (scale <= 0)
        {
            scale = 1;
        }

        double X(double v) => 100 + (direction * (v - city) / scale * Half);
        var q1 = Quantile(sorted, 0.25);
        var q3 = Quantile(sorted, 0.75);
        var (lowEnd, highEnd) = (Math.Min(X(sorted[0]), X(sorted[^1])), Math.Max(X(sorted[0]), X(sorted[^1])));
        var (midLow, midHigh) = (Math.Min(X(q1), X(q3)), Math.Max(X(q1), X(q3)));
        var x = X(value);
        var ring = alsoAt998 ? Ring : "stroke=\"#ffffff\" stroke-width=\"1\"";
        var marker = versusCity switch
        {
            Verdict.Better => $"<circle cx=\"{F(x)}\" cy=\"12\" r=\"6\" fill=\"{VerdictPalette.Better.Ink}\" {ring}/>",
            Verdict.Worse => $"<path d=\"M{F(x)} 5 L{F(x + 7)} 18 L{F(x - 7)} 18 Z\" fill=\"{VerdictPalette.Worse.Ink}\" {ring}/>",
            Verdict.Higher or Verdict.Lower => $"<path d=\"M{F(x)} 5 L{F(x + 7)} 12 L{F(x)} 19 L{F(x - 7)} 12 Z\" fill=\"{VerdictPalette.Higher.Ink}\" {ring}/>",
            Verdict.Similar => $"<circle cx=\"{F(x)}\" cy=\"12\" r=\"5.5\" fill=\"#ffffff\" stroke=\"#1a1a1a\" stroke-width=\"2\"/>",
            _ => $"<circle cx=\"{F(x)}\" cy=\"12\" r=\"5\" fill=\"{VerdictPalette.NotAssessed.Ink}\"/>",
        };
        return "<svg viewBox=\"0 0 200 24\" aria-hidden=\"true\" focusable=\"false\">" +
            $"<rect x=\"{F(lowEnd)}\" y=\"6\" width=\"{F(Math.Max(highEnd - lowEnd, 0.5))}\" height=\"12\" fill=\"#d4d4d4\"/>" +
            $"<rect x=\"{F(midLow)}\" y=\"6\" width=\"{F(Math.Max(midHigh - midLow, 0.5))}\" height=\"12\" fill=\"#8f8f8f\"/>" +
            "<line x1=\"100\" y1=\"2\" x2=\"100\" y2=\"22\" stroke=\"#000000\" stroke-width=\"2\"/>" +
            marker + "</svg>";
    }

    /// <summary>The legend's symbols as small SVGs (ringed in black for a difference that holds at 99.8 % too).</summary>
    public static string Symbol(Verdict verdict, bool alsoAt998 = false) =>
        "<svg width=\"18\" height=\"18\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" focusable=\"false\">" + verdict switch
        {
            Verdict.Better => $"<circle cx=\"12\" cy=\"12\" r=\"7\" fill=\"{VerdictPalette.Better.Ink}\" {(alsoAt998 ? Ring : string.Empty)}/>",
            Verdict.Worse => $"<path d=\"M12 4 L20 19 L4 19 Z\" fill=\"{VerdictPalette.Worse.Ink}\" {(alsoAt998 ? Ring : string.Empty)}/>",
            Verdict.Higher or Verdict.Lower => $"<path d=\"M12 4 L20 12 L12 20 L4 12 Z\" fill=\"{VerdictPalette.Higher.Ink}\" {(alsoAt998 ? Ring : string.Empty)}/>",
            Verdict.Similar => "<circle cx=\"12\" cy=\"12\" r=\"6\" fill=\"#ffffff\" stroke=\"#1a1a1a\" stroke-width=\"2\"/>",
            _ => $"<circle cx=\"12\" cy=\"12\" r=\"6\" fill=\"{VerdictPalette.NotAssessed.Ink}\"/>",
        } + "</svg>";

    private static double Quantile(List<double> sorted, double q)
    {
        var position = (sorted.Count - 1) * q;
        var lower = (int)Math.Floor(position);
        var upper = (int)Math.Ceiling(position);
        return sorted[lower] + ((sorted[upper] - sorted[lower]) * (position - lower));
    }

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
