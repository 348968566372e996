namespace Samverkan.Analytics.Publishing.Maps;

/// <summary>
/// Map colours. Verdicts use ColorBrewer's RdYlBu (safe for colour-blind readers: blue and orange
/// differ in hue for every common deficiency, and the pale yellow of "no certain change" differs from
/// both in lightness); values use the sequential PuBu; absent values are grey or hatched. Every class
/// also has its words in the legend, so no reading depends on colour alone.
/// </summary>
internal static class MapPalette
{
    public const string Better = "#74ADD1";
    public const string Similar = "#FFFFBF";
    public const string Worse = "#F46D43";
    public const string Higher = "#B2ABD2";
    public const string Lower = "#A6DBA0";
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
