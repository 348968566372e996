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

    /// <summary>
    /// Marks and words of a verdict with no good direction (higher/lower, polarity none): the maps'
    /// dark purple (<see cref="Maps.MapPalette.Higher"/>), neither better's blue nor worse's vermillion;
    /// 6.3:1 on white, so it serves for marks (3:1) and for text (4.5:1).
    /// </summary>
    public const string NoDirectionHex = Maps.MapPalette.Higher;

    /// <summary>The colour of <see cref="NoDirectionHex"/>.</summary>
    public static Color NoDirection { get; } = Color.FromHex(NoDirectionHex);

    /// <summary>Text.</summary>
    public static Color Text { get; } = Color.FromHex("#1A1A1A");
}
