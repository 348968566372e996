using Samverkan.Analytics.Publishing.Palette;

namespace Samverkan.Analytics.Publishing.YearlyReport.Model;

/// <summary>The colours of a <see cref="Tone"/>: the verdict classes of <see cref="VerdictPalette"/>, for the PDF and the HTML report alike.</summary>
internal static class ToneColours
{
    /// <summary>The palette class of <paramref name="tone"/>; null for <see cref="Tone.None"/> (plain text).</summary>
    public static VerdictColours? For(Tone tone) => tone switch
    {
        Tone.Good => VerdictPalette.Better,
        Tone.Bad => VerdictPalette.Worse,
        Tone.Neutral => VerdictPalette.Similar,
        Tone.Higher => VerdictPalette.Higher,
        Tone.Lower => VerdictPalette.Lower,
        Tone.Muted => VerdictPalette.NotAssessed,
        _ => null,
    };

    /// <summary>True when the tone's words are bold (a certain verdict), as on the site.</summary>
    public static bool IsBold(Tone tone) => tone is Tone.Good or Tone.Bad or Tone.Higher or Tone.Lower;
}
