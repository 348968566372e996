namespace Samverkan.Analytics.Publishing.YearlyReport.Model;

/// <summary>A paragraph of runs.</summary>
/// <param name="Runs">The text, in runs of one style each.</param>
/// <param name="Style">How it is set.</param>
internal sealed record ParagraphBlock(IReadOnlyList<TextRun> Runs, ParagraphStyle Style = ParagraphStyle.Body) : ReportBlock
{
    /// <summary>A paragraph of plain text.</summary>
    public static ParagraphBlock Of(string text, ParagraphStyle style = ParagraphStyle.Body) => new([new TextRun(text)], style);

    /// <summary>A paragraph with a bold lead-in: <c>Delmål: …</c>.</summary>
    public static ParagraphBlock Labelled(string label, string text, ParagraphStyle style = ParagraphStyle.Body) =>
        new([new TextRun(label, Bold: true), new TextRun(" " + text)], style);

    /// <summary>The whole text.</summary>
    public string Text => string.Concat(Runs.Select(r => r.Text));
}
