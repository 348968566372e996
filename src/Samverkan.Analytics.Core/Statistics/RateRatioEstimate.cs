namespace Samverkan.Analytics.Core.Statistics;

/// <summary>
/// A rate ratio (x₁/t₁)/(x₂/t₂) with its confidence interval and two-sided p-value against a ratio of 1.
/// </summary>
/// <param name="Ratio">The ratio; 0 when x₁ = 0, +∞ when only x₂ = 0, NaN when both are 0.</param>
/// <param name="Lower">The lower limit (0 when x₁ = 0).</param>
/// <param name="Upper">The upper limit (+∞ when x₂ = 0).</param>
/// <param name="P">The two-sided p-value (1 when both counts are 0).</param>
public sealed record RateRatioEstimate(double Ratio, double Lower, double Upper, double P)
{
    /// <summary>True when the interval excludes 1, i.e. the change is significant at its level.</summary>
    public bool ExcludesOne => Lower > 1 || Upper < 1;
}
