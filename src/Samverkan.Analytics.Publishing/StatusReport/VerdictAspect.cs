namespace Samverkan.Analytics.Publishing.StatusReport;

/// <summary>Which verdict of a result row changed.</summary>
internal enum VerdictAspect
{
    /// <summary>The change since the baseline.</summary>
    Change,

    /// <summary>The trend.</summary>
    Trend,

    /// <summary>The target status.</summary>
    Target,
}
