using Samverkan.Analytics.Publishing.Palette;
using ScottPlot;

namespace Samverkan.Analytics.Publishing.Charts;

/// <summary>Colours from the Okabe–Ito palette (safe for colour-blind readers), plus the city's grey.</summary>
internal static class ChartPalette
{
    /// <summary>The area's series: Okabe–Ito blue.</summary>
    public static Color Area { get; } = Color.FromHex("#0072B2");

    /// <summary>The target: Okabe–Ito vermillion.</summary>
    public static Color Target { get; } = Color.FromHex("#D55E00");

    /// <summary>The baseline: near black, dashed.</summary>
    public static Color Baseline { get; } = Color.FromHex("#000000");

    /// <summary>The city: a grey with 4.5:1 contrast on white.</summary>
    public static Color City { get; } = Color.FromHex("#767676");

    /// <summary>The marks of a verdict: its ink in the product's one palette (<see cref="VerdictPalette"/>).</summary>
    public static Color Verdict(Core.Results.Verdict verdict) => Color.FromHex(VerdictPalette.For(verdict).Ink);

    /// <summary>Text.</summary>
    public static Color Text { get; } = Color.FromHex("#1A1A1A");
}
