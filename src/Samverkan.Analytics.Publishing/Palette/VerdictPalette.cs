using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Publishing.Palette;

/// <summary>
/// The one colour language of verdicts, used by the site's cells (style.css's variables, tested
/// equal), the maps, the charts, the profile's symbols, the digest and the yearly report (PDF and
/// HTML). Fills are ColorBrewer's RdYlBu, rated safe for colour-blind readers: better blue, worse
/// orange (they differ in hue for every common deficiency), no certain change light yellow (its
/// 9-class #FEE090 rather than the centre's near-white #FFFFBF, which tritanopes cannot tell from
/// white). Higher and lower of an indicator with no good direction are neither good nor bad, so they
/// are purples, dark and light, never blue, orange or green. Not assessed has no colour at all (white,
/// grey words), so that it cannot be taken for light purple "lower" (the grey it had was 1.2:1 from
/// it) or for any verdict. Every text colour has at least 4.5:1 contrast on its fill and every ink at
/// least 4.5:1 on white (so also 3:1 as a mark); the classes that share a table stay apart under
/// simulated protanopia, deuteranopia and tritanopia (tests); the word is always shown, colour only
/// repeats it (WCAG 1.4.1).
/// </summary>
internal static class VerdictPalette
{
    /// <summary>Near black: text on the light fills.</summary>
    public const string Dark = "#1A1A1A";

    /// <summary>Better (improving, on track, met).</summary>
    public static VerdictColours Better { get; } = new("better", "#74ADD1", Dark, "#0072B2", "blått");

    /// <summary>Worse (worsening, off track, missed).</summary>
    public static VerdictColours Worse { get; } = new("worse", "#F46D43", Dark, "#B04A00", "orange");

    /// <summary>No certain change or difference (no trend, uncertain).</summary>
    public static VerdictColours Similar { get; } = new("similar", "#FEE090", Dark, Dark, "ljusgult");

    /// <summary>Higher (increasing), no good direction.</summary>
    public static VerdictColours Higher { get; } = new("higher", "#6A51A3", "#FFFFFF", "#6A51A3", "mörklila");

    /// <summary>Lower (decreasing), no good direction.</summary>
    public static VerdictColours Lower { get; } = new("lower", "#D4C4E8", Dark, "#6A51A3", "ljuslila");

    /// <summary>Not assessed (no data, no test, suppressed, missing): no colour.</summary>
    public static VerdictColours NotAssessed { get; } = new("not-assessed", "#FFFFFF", "#595959", "#595959", "ofärgat");

    /// <summary>Every class, in the legends' order.</summary>
    public static IReadOnlyList<VerdictColours> All { get; } = [Better, Similar, Worse, Higher, Lower, NotAssessed];

    /// <summary>The colours of a comparison or change verdict.</summary>
    public static VerdictColours For(Verdict verdict) => verdict switch
    {
        Verdict.Better => Better,
        Verdict.Worse => Worse,
        Verdict.Similar => Similar,
        Verdict.Higher => Higher,
        Verdict.Lower => Lower,
        _ => NotAssessed,
    };

    /// <summary>
    /// The sentence that names the colours for readers of print (the yearly report's summary):
    /// "Färgerna upprepar orden: blått bättre, …".
    /// </summary>
    public static string ColourNote() =>
        $"Färgerna upprepar orden: {Better.Name} bättre, {Worse.Name} sämre, {Similar.Name} ingen säker förändring, " +
        $"{Higher.Name} högre och {Lower.Name} lägre för indikatorer utan önskad riktning; det som inte är bedömt är {NotAssessed.Name}.";
}
