namespace Samverkan.Analytics.Publishing.YearlyReport.Model;

/// <summary>A piece of a paragraph in one style.</summary>
/// <param name="Text">The text.</param>
/// <param name="Bold">Set in bold.</param>
internal sealed record TextRun(string Text, bool Bold = false);
