namespace Samverkan.Analytics.Publishing.YearlyReport.Model;

/// <summary>An analyst's comment set beside the numbers it is about.</summary>
/// <param name="Label">What kind of comment: <c>Analys</c>, <c>Vidtagna åtgärder</c>.</param>
/// <param name="Text">The comment as written.</param>
/// <param name="Byline">Who wrote it and when.</param>
internal sealed record CommentBlock(string Label, string Text, string Byline) : ReportBlock;
