namespace Samverkan.Analytics.Core.Statistics;

/// <summary>
/// The seasonal Kendall test (Hirsch, Slack and Smith 1982; Hirsch and Slack 1984) for monthly or
/// quarterly series: each season is compared only with itself, so a seasonal pattern is not mistaken
/// for a trend (DESIGN §4.4, <c>trend_method</c> <c>seasonal-kendall</c>).
/// </summary>
public static class SeasonalKendall
{
    /// <summary>The <c>trend_method</c> word for this test.</summary>
    public const string MethodName = "seasonal-kendall";

    /// <summary>
    /// S and its tie-corrected variance are computed within each season and summed; p is two-sided from
    /// the normal approximation with a continuity correction (p = 1 when the variance is 0). Slope = the
    /// seasonal Sen slope: the median of the pairwise slopes within seasons, per time unit (per year when
    /// <c>Time</c> is in years, e.g. 2023 + (month − 1)/12).
    /// </summary>
    /// <param name="points">One value per season and time; NaN marks a missing value.</param>
    /// <param name="confidence">Level for <see cref="TrendTestResult.Direction"/>: significant when p &lt; 1 − confidence.</param>
    /// <exception cref="ArgumentException">A season has two values at one time, or no season has two values.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A bad confidence level.</exception>
    public static TrendTestResult Test(IReadOnlyList<(double Time, int Season, double Value)> points, double confidence)
    {
        ArgumentNullException.ThrowIfNull(points);
        var alpha = ConfidenceLevel.Alpha(confidence);

        long s = 0;
        double variance = 0;
        var n = 0;
        var slopes = new List<double>();
        foreach (var season in points.GroupBy(p => p.Season))
        {
            var series = TimeSeries.Observed(season.Select(p => (p.Time, p.Value)));
            var ordered = series.Select(p => p.Value).ToList();
            n += ordered.Count;
            s += KendallScore.S(ordered);
            variance += KendallScore.Variance(ordered);
            slopes.AddRange(SenSlope.PairwiseSlopes(series));
        }

        if (slopes.Count == 0)
        {
            throw new ArgumentException("The seasonal Kendall test needs two observed values in at least one season.", nameof(points));
        }

        var p = KendallScore.NormalTwoSidedP(s, variance);
        var direction = p < alpha ? Math.Sign(s) : 0;
        return new TrendTestResult(MethodName, n, s, p, SenSlope.Median(slopes), direction);
    }
}
