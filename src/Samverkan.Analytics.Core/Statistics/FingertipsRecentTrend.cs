namespace Samverkan.Analytics.Core.Statistics;

/// <summary>
/// The Fingertips "recent trend" marker for values with confidence intervals (methods.md §5.1,
/// method A; ukhsa-collaboration/fingertips-open <c>TrendMarkerCalculator</c>): a regression on the
/// five most recent points weighted by their 95 % CIs (DESIGN §4.4, <c>trend_method</c> <c>fingertips-recent</c>).
/// </summary>
public static class FingertipsRecentTrend
{
    /// <summary>The <c>trend_method</c> word for this test.</summary>
    public const string MethodName = "fingertips-recent";

    /// <summary>How many of the most recent points are used, and the fewest the test needs.</summary>
    public const int PointsUsed = 5;

    /// <summary>Fingertips' critical χ² (one degree of freedom, 99.8 %): 3.090232…².</summary>
    public const double ChiSquareThreshold = 9.54953570608324;

    /// <summary>
    /// SEₖ = (U95ₖ − L95ₖ)/3.92 and wₖ = 1/SEₖ²; the slope b of the weighted least-squares line through
    /// the five most recent points, SE(b) = √(S0/(S0·S2 − S1²)) and χ² = (b/SE(b))². The trend is
    /// significant when χ² &gt; 9.54953570608324 and the slope keeps its sign when refitted without each
    /// point in turn (Fingertips' check against a single outlier). x is the real time, so irregular spacing
    /// is respected (for consecutive years it gives Fingertips' b and χ² exactly).
    /// </summary>
    /// <param name="times">Time of each value (years); distinct among the usable points.</param>
    /// <param name="values">The values; points with a NaN value or limit are left out.</param>
    /// <param name="ci95">The 95 % interval of each value; points with a zero-width interval cannot be weighted and are left out.</param>
    /// <returns>Null when fewer than five usable points remain; else Statistic = χ², P = the χ²₁ upper tail, Slope = b per time unit.</returns>
    /// <exception cref="ArgumentException">Lengths differ, an interval is reversed, or two usable points share a time.</exception>
    public static TrendTestResult? Test(IReadOnlyList<double> times, IReadOnlyList<double> values, IReadOnlyList<Interval> ci95)
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(ci95);
        Require.SameLength(times.Count, values.Count);
        Require.SameLength(times.Count, ci95.Count);

        var usable = new List<(double Time, double Value, double Weight)>();
        for (var i = 0; i < times.Count; i++)
        {
            var (lower, upper) = ci95[i];
            if (lower > upper)
            {
                throw new ArgumentException($"The interval at time {times[i]} is reversed ({lower} > {upper}).", nameof(ci95));
            }

            var se = (upper - lower) / 3.92;
            if (double.IsFinite(times[i]) && double.IsFinite(values[i]) && double.IsFinite(se) && se > 0)
            {
                usable.Add((times[i], values[i], 1 / (se * se)));
            }
        }

        if (usable.Count < PointsUsed)
        {
            return null;
        }

        var recent = usable.OrderByDescending(p => p.Time).Take(PointsUsed).OrderBy(p => p.Time).ToList();
        if (recent.Select(p => p.Time).Distinct().Count() < PointsUsed)
        {
            throw new ArgumentException("Two of the most recent points share a time.", nameof(times));
        }

        // Centring x changes neither b nor SE(b) but avoids cancellation in S0·S2 − S1² with x ≈ 2020.
        var centre = recent.Average(p => p.Time);
        var points = recent.Select(p => (X: p.Time - centre, Y: p.Value, W: p.Weight)).ToList();

        var full = Fit(points, leaveOut: -1);
        var chiSquare = full.Slope * full.Slope / full.SlopeVariance;

        // Fingertips counts a slope of exactly 0 with the positive ones; the full fit then has χ² = 0 anyway.
        var sign = full.Slope < 0 ? -1 : 1;
        var stable = Enumerable.Range(0, PointsUsed).All(i => (Fit(points, i).Slope < 0 ? -1 : 1) == sign);
        var significant = chiSquare > ChiSquareThreshold && stable;

        var p = MathNet.Numerics.SpecialFunctions.Erfc(Math.Sqrt(chiSquare / 2));
        return new TrendTestResult(MethodName, PointsUsed, chiSquare, p, full.Slope, significant ? Math.Sign(full.Slope) : 0);
    }

    private static (double Slope, double SlopeVariance) Fit(List<(double X, double Y, double W)> points, int leaveOut)
    {
        double s0 = 0, s1 = 0, s2 = 0, sy = 0, sxy = 0;
        for (var i = 0; i < points.Count; i++)
        {
            if (i == leaveOut)
            {
                continue;
            }

            var (x, y, w) = points[i];
            s0 += w;
            s1 += w * x;
            s2 += w * x * x;
            sy += w * y;
            sxy += w * x * y;
        }

        var determinant = (s0 * s2) - (s1 * s1);
        return (((s0 * sxy) - (s1 * sy)) / determinant, s0 / determinant);
    }
}
