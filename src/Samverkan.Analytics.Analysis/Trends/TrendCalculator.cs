using Samverkan.Analytics.Analysis.Cells;
using Samverkan.Analytics.Analysis.Comparisons;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Core.Statistics;

namespace Samverkan.Analytics.Analysis.Trends;

/// <summary>
/// Chooses and runs the trend test of DESIGN §4.4 on an area's series up to a period:
/// Fingertips' recent trend for annual series with intervals and at least 5 points, the seasonal
/// Kendall test for monthly series, Mann–Kendall otherwise. Fewer than 5 points: no test, because
/// Mann–Kendall cannot reach significance on 4 points (minimum two-sided p = 0.083).
/// </summary>
internal static class TrendCalculator
{
    private const int MinimumPoints = 5;

    /// <summary>The trend of <paramref name="series"/> (ascending, up to and including the row's period, after the last break).</summary>
    public static TrendAssessment Assess(IndicatorDefinition indicator, IReadOnlyList<(Period Period, Estimate Estimate)> series)
    {
        var points = series.Where(s => s.Estimate.Value is not null && !s.Estimate.Suppressed).ToList();
        // A monthly series needs some month in two years: the seasonal test compares like with like.
        if (points.Count < MinimumPoints
            || (indicator.Period == PeriodKind.Month && !points.GroupBy(p => p.Period.Part).Any(g => g.Count() > 1)))
        {
            return TrendAssessment.TooFew(points.Count);
        }

        var m = indicator.Multiplier;
        var times = points.Select(p => Time(p.Period)).ToList();
        var values = points.Select(p => p.Estimate.Value!.Value * m).ToList();
        TrendTestResult? result;
        string method;
        if (indicator.Period == PeriodKind.Month)
        {
            method = "seasonal-kendall";
            result = SeasonalKendall.Test(points.Select((p, i) => (times[i], p.Period.Part, values[i])).ToList(), indicator.Confidence);
        }
        else if (indicator.Period == PeriodKind.Year && points.All(p => p.Estimate.Ci is not null))
        {
            method = "fingertips-recent";
            result = FingertipsRecentTrend.Test(times, values, points.Select(p => To95(p.Estimate.Ci!.Value, p.Estimate.Value!.Value, indicator.Confidence, m)).ToList());
        }
        else
        {
            method = "mann-kendall";
            result = MannKendall.Test(times, values, indicator.Confidence);
        }

        return result is null
            ? TrendAssessment.TooFew(points.Count)
            : new TrendAssessment(method, result.N, result.Statistic, result.P, result.Slope, VerdictRules.ToTrendVerdict(result.Direction, indicator.Polarity));
    }

    /// <summary>Years as the time axis, so irregular spacing (surveys every third year) is respected.</summary>
    private static double Time(Period period) => period.Kind switch
    {
        PeriodKind.Year => period.Year,
        PeriodKind.Quarter => period.Year + ((period.Part - 0.5) / 4.0),
        _ => period.Year + ((period.Part - 0.5) / 12.0),
    };

    /// <summary>
    /// Fingertips derives the standard error from a 95 % interval (width / 3.92). Indicators shown at
    /// 99.8 % have their half-widths rescaled by z95 / z; for the asymmetric Wilson and Byar intervals
    /// this is the same approximation Fingertips makes.
    /// </summary>
    private static Interval To95(Interval ci, double value, double confidence, double multiplier)
    {
        var scale = ConfidenceLevel.Z(0.95) / ConfidenceLevel.Z(confidence);
        return new Interval((value - ((value - ci.Lower) * scale)) * multiplier, (value + ((ci.Upper - value) * scale)) * multiplier);
    }
}
