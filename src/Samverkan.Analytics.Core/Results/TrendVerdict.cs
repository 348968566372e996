namespace Samverkan.Analytics.Core.Results;

/// <summary>The verdict of a trend test, polarity applied.</summary>
public enum TrendVerdict
{
    /// <summary><c>not-assessed</c>: no test (too few points, or no series).</summary>
    NotAssessed,

    /// <summary><c>improving</c>.</summary>
    Improving,

    /// <summary><c>no-trend</c>.</summary>
    NoTrend,

    /// <summary><c>worsening</c>.</summary>
    Worsening,

    /// <summary><c>increasing</c> (no polarity).</summary>
    Increasing,

    /// <summary><c>decreasing</c> (no polarity).</summary>
    Decreasing,
}
