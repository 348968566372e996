namespace Samverkan.Analytics.Publishing.YearlyReport.Model;

/// <summary>How a paragraph is set.</summary>
internal enum ParagraphStyle
{
    /// <summary>Running text.</summary>
    Body,

    /// <summary>The generated explanation of a result: running text, slightly emphasised.</summary>
    Finding,

    /// <summary>Smaller, muted text: descriptions, notes, footnotes.</summary>
    Note,
}
