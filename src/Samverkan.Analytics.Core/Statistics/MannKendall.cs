namespace Samverkan.Analytics.Core.Statistics;

/// <summary>
/// The Mann–Kendall trend test (Mann 1945, Kendall 1975, Gilbert 1987) with Sen's slope (DESIGN §4.4,
/// <c>trend_method</c> <c>mann-kendall</c>).
/// </summary>
public static class MannKendall
{
    /// <summary>The <c>trend_method</c> word for this test.</summary>
    public const string MethodName = "mann-kendall";

    /// <summary>
    /// Tests for a monotone trend. Statistic = S; p is two-sided, from the exact null distribution of S
    /// when there are at most 10 values and no ties (annual district series are that short: with n = 4
    /// the smallest p is 0.083, with n = 5 it is 0.0167), else from the normal approximation with the
    /// tie-corrected variance and a continuity correction; all values tied gives p = 1. Slope = Sen's
    /// slope per time unit on the real times.
    /// </summary>
    /// <param name="times">Time of each value (e.g. the year); distinct among observed values, any order.</param>
    /// <param name="values">The values; NaN marks a missing one, which is left out.</param>
    /// <param name="confidence">Level for <see cref="TrendTestResult.Direction"/>: significant when p &lt; 1 − confidence.</param>
    /// <exception cref="ArgumentException">Lengths differ, times repeat, or fewer than two values are present.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A bad confidence level.</exception>
    public static TrendTestResult Test(IReadOnlyList<double> times, IReadOnlyList<double> values, double confidence)
    {
        var alpha = ConfidenceLevel.Alpha(confidence);
        var series = TimeSeries.Observed(times, values);
        if (series.Count < 2)
        {
            throw new ArgumentException("The Mann–Kendall test needs at least two observed values.", nameof(values));
        }

        var ordered = series.Select(p => p.Value).ToList();
        var s = KendallScore.S(ordered);
        var p = ordered.Count <= KendallScore.ExactUpTo && !KendallScore.HasTies(ordered)
            ? KendallScore.ExactTwoSidedP(ordered.Count, s)
            : KendallScore.NormalTwoSidedP(s, KendallScore.Variance(ordered));

        var slope = SenSlope.Median(SenSlope.PairwiseSlopes(series));
        var direction = p < alpha ? Math.Sign(s) : 0;
        return new TrendTestResult(MethodName, ordered.Count, s, p, slope, direction);
    }
}
