namespace Samverkan.Analytics.Core.Results;

/// <summary>A result row's status, one word by precedence: suppressed &gt; missing &gt; estimate &gt; preliminary &gt; ok.</summary>
public enum ResultStatus
{
    /// <summary><c>ok</c>.</summary>
    Ok,

    /// <summary><c>preliminary</c>.</summary>
    Preliminary,

    /// <summary><c>estimate</c>.</summary>
    Estimate,

    /// <summary><c>missing</c>.</summary>
    Missing,

    /// <summary><c>suppressed</c>.</summary>
    Suppressed,
}
