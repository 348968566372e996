using Samverkan.Analytics.Publishing.Palette;

namespace Samverkan.Analytics.Publishing.Maps;

/// <summary>
/// Map colours. The verdict fills are the product's one palette (<see cref="VerdictPalette"/>: the
/// site's cells, the charts, the digest and the yearly report use the same); values use the
/// sequential PuBu; absent values are hatched. Every class also has its words in the legend and the
/// cells, so no reading depends on colour alone.
/// </summary>
internal static class MapPalette
{
    public static string Better => VerdictPalette.Better.Fill;

    public static string Similar => VerdictPalette.Similar.Fill;

    public static string Worse => VerdictPalette.Worse.Fill;

    /// <summary>Higher, no good direction: dark purple; text on it is <see cref="OnHigher"/>.</summary>
    public static string Higher => VerdictPalette.Higher.Fill;

    /// <summary>The text on <see cref="Higher"/>.</summary>
    public static string OnHigher => VerdictPalette.Higher.Text;

    /// <summary>Lower, no good direction: a light purple; dark text on it.</summary>
    public static string Lower => VerdictPalette.Lower.Fill;

    /// <summary>Not assessed: no colour (white), unlike light purple "lower".</summary>
    public static string NotAssessed => VerdictPalette.NotAssessed.Fill;

    public const string Suppressed = "#E6E6E6";
    public const string Missing = "#FFFFFF";
    public const string Highlight = "#0072B2";
    public const string Other = "#E9E9E9";
    public const string Hatch = "#6E6E6E";
    public const string Border = "#4D4D4D";
    public const string Text = "#1A1A1A";
    public const string MutedText = "#595959";
    public const string Place = "#1A1A1A";

    /// <summary>
    /// ColorBrewer's 7-class PuBu without its near-white first class (which would read as "no data"),
    /// for 1 to 6 classes.
    /// </summary>
    public static IReadOnlyList<string> Sequential(int classes) => classes switch
    {
        <= 1 => ["#74A9CF"],
        2 => ["#A6BDDB", "#0570B0"],
        3 => ["#D0D1E6", "#74A9CF", "#0570B0"],
        4 => ["#D0D1E6", "#A6BDDB", "#3690C0", "#034E7B"],
        5 => ["#D0D1E6", "#A6BDDB", "#74A9CF", "#0570B0", "#034E7B"],
        _ => ["#D0D1E6", "#A6BDDB", "#74A9CF", "#3690C0", "#0570B0", "#034E7B"],
    };
}
