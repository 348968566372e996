namespace Samverkan.Analytics.Publishing.YearlyReport.Model;

/// <summary>A bulleted list; each item is a run list like a paragraph.</summary>
/// <param name="Items">The items.</param>
internal sealed record BulletListBlock(IReadOnlyList<IReadOnlyList<TextRun>> Items) : ReportBlock;
