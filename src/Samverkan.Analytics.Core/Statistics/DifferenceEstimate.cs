namespace Samverkan.Analytics.Core.Statistics;

/// <summary>A difference p₁ − p₂ with its confidence interval, on the proportion scale (−1 to 1).</summary>
/// <param name="Estimate">p₁ − p₂.</param>
/// <param name="Lower">The lower confidence limit.</param>
/// <param name="Upper">The upper confidence limit.</param>
public sealed record DifferenceEstimate(double Estimate, double Lower, double Upper)
{
    /// <summary>True when the interval excludes zero, i.e. the change is significant at its level.</summary>
    public bool ExcludesZero => Lower > 0 || Upper < 0;
}
