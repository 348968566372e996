namespace Samverkan.Analytics.Publishing.YearlyReport.Model;

/// <summary>A table cell: text (a line break is <c>\n</c>) and the colour it carries.</summary>
/// <param name="Text">The text.</param>
/// <param name="Tone">The colour, if any.</param>
internal sealed record TableCell(string Text, Tone Tone = Tone.None)
{
    /// <summary>An empty cell, read out as "ingen uppgift".</summary>
    public static TableCell Empty { get; } = new("–", Tone.Muted);

    /// <summary>A plain cell.</summary>
    public static implicit operator TableCell(string text) => new(text);
}
