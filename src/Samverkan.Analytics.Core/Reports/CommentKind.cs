namespace Samverkan.Analytics.Core.Reports;

/// <summary>What an analyst's comment on a number is about.</summary>
public enum CommentKind
{
    /// <summary><c>analysis</c>: how to read the numbers (analys).</summary>
    Analysis,

    /// <summary><c>action</c>: what has been done about them (vidtagna åtgärder).</summary>
    Action,
}
