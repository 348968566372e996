namespace Samverkan.Analytics.Core.Statistics;

/// <summary>
/// A confidence interval. The scale is the caller's: a proportion 0–1 for <see cref="Wilson"/>, a count
/// for <see cref="PoissonInterval"/>. <see cref="Upper"/> may be <see cref="double.PositiveInfinity"/>
/// (a rate ratio whose baseline count is zero).
/// </summary>
/// <param name="Lower">The lower limit.</param>
/// <param name="Upper">The upper limit.</param>
public readonly record struct Interval(double Lower, double Upper)
{
    /// <summary>True when <paramref name="value"/> lies in the interval, ends included.</summary>
    public bool Contains(double value) => value >= Lower && value <= Upper;
}
