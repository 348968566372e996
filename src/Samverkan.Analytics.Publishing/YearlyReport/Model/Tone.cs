using Samverkan.Analytics.Publishing.Palette;

namespace Samverkan.Analytics.Publishing.YearlyReport.Model;

/// <summary>
/// The colour a table cell carries besides its words (never instead of them): the verdict classes
/// of the product's one palette (<see cref="VerdictPalette"/>; <see cref="ToneColours"/>), each with
/// at least 4.5:1 text contrast on its fill.
/// </summary>
internal enum Tone
{
    /// <summary>No colour.</summary>
    None,

    /// <summary>Better, improving, on track, met.</summary>
    Good,

    /// <summary>Worse, worsening, off track, missed.</summary>
    Bad,

    /// <summary>No significant change, uncertain.</summary>
    Neutral,

    /// <summary>A significant rise of an indicator without polarity (higher, increasing).</summary>
    Higher,

    /// <summary>A significant fall of an indicator without polarity (lower, decreasing).</summary>
    Lower,

    /// <summary>Not assessed, suppressed, missing.</summary>
    Muted,
}
