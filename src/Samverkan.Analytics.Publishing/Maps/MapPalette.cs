namespace Samverkan.Analytics.Publishing.Maps;

/// <summary>
/// Map colours, and the verdict fills of the whole product (the site's style.css, the digest and the
/// yearly report's tones follow them; tests compare). Verdicts use ColorBrewer's RdYlBu (safe for
/// colour-blind readers: blue and orange differ in hue for every common deficiency, and the pale
/// yellow of "no certain change" differs from both in lightness). Higher and lower of an indicator
/// with no good direction (polarity none) are not good or bad, so they get neither blue nor orange
/// nor green but purples (the dark one ColorBrewer's Purples), as Fingertips gives them shades of one neutral hue: dark for
/// higher, light for lower, each differing in lightness from better's blue. Values use the
/// sequential PuBu; absent values are grey or hatched. Every class also has its words in the legend
/// and the cells, so no reading depends on colour alone.
/// </summary>
internal static class MapPalette
{
    public const string Better = "#74ADD1";
    public const string Similar = "#FFFFBF";
    public const string Worse = "#F46D43";

    /// <summary>Higher, no good direction: dark purple (Purples); text on it is <see cref="OnHigher"/> (6.3:1).</summary>
    public const string Higher = "#6A51A3";

    /// <summary>White: the text on <see cref="Higher"/>.</summary>
    public const string OnHigher = "#FFFFFF";

    /// <summary>Lower, no good direction: a light purple; dark text on it (10.7:1).</summary>
    public const string Lower = "#D4C4E8";
    public const string NotAssessed = "#D9D9D9";
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
