namespace Samverkan.Analytics.Publishing.YearlyReport.Model;

/// <summary>Where the table of contents goes; the writers list the level 1 and 2 headings of the whole document.</summary>
internal sealed record TableOfContentsBlock : ReportBlock;
