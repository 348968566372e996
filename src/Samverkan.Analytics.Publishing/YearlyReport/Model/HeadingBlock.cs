namespace Samverkan.Analytics.Publishing.YearlyReport.Model;

/// <summary>
/// A heading: level 1 starts a chapter (a new page in print, an entry in the outline), level 2 a
/// section inside it (also in the outline and the table of contents), level 3 a sub-section.
/// </summary>
/// <param name="Level">1, 2 or 3.</param>
/// <param name="Text">The heading text.</param>
/// <param name="Anchor">A unique id (a–z, 0–9, <c>-</c>) for links.</param>
internal sealed record HeadingBlock(int Level, string Text, string Anchor) : ReportBlock;
