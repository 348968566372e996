namespace Samverkan.Analytics.Publishing.YearlyReport.Model;

/// <summary>
/// The colour a table cell carries besides its words (never instead of them): verdicts in green,
/// red, grey or blue, each with 4.5:1 text contrast on its tint.
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

    /// <summary>A significant change of an indicator without polarity (higher, lower, increasing, decreasing).</summary>
    Info,

    /// <summary>Not assessed, suppressed, missing.</summary>
    Muted,
}
