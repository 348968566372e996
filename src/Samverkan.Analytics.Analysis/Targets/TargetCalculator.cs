using Samverkan.Analytics.Analysis.Comparisons;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Analysis.Targets;

/// <summary>
/// Progress toward a target (DESIGN §4.5): a glide path from the baseline to the target year, linear
/// in percentage points for proportions and values, constant-ratio for rates, counts and relative
/// targets. Before the target year the change interval is compared with the path's change; from the
/// first data at or after the target year the value's interval is compared with the target.
/// </summary>
internal static class TargetCalculator
{
    /// <summary>
    /// The target status of a row of year <paramref name="year"/>. <paramref name="change"/> is the
    /// change since <paramref name="baselineValue"/> (displayed units), <paramref name="ci"/> the row's
    /// interval (displayed units).
    /// </summary>
    public static TargetStatus Assess(
        IndicatorDefinition indicator,
        int baselineYear,
        double? baselineValue,
        double? targetValue,
        int year,
        Comparison change,
        (double Low, double High)? ci)
    {
        if (indicator.Target is not { } target || targetValue is not { } t || baselineValue is not { } b
            || indicator.Polarity == Polarity.None || year <= baselineYear)
        {
            return TargetStatus.NotAssessed;
        }

        var lowerIsBetter = indicator.Polarity == Polarity.LowerIsBetter;
        if (year >= target.Year)
        {
            return ci is { } c ? Side(c.Low, c.High, t, lowerIsBetter, TargetStatus.Met, TargetStatus.Missed) : TargetStatus.NotAssessed;
        }

        var ratioScale = indicator.Measure is Measure.Rate or Measure.Count;
        if (change.Low is not { } low || change.High is not { } high || change.Direction == Direction.NotAssessed)
        {
            return TargetStatus.NotAssessed;
        }

        if (ratioScale && b <= 0)
        {
            return TargetStatus.NotAssessed;
        }

        var share = (double)(year - baselineYear) / (target.Year - baselineYear);
        var pathChange = ratioScale
            ? Math.Pow(t / b, share) // the ratio the path expects by this year
            : (t - b) * share; // the difference the path expects by this year
        return Side(low, high, pathChange, lowerIsBetter, TargetStatus.OnTrack, TargetStatus.OffTrack);
    }

    /// <summary>Good when the whole interval is on the good side of the line, bad when wholly on the other, else uncertain.</summary>
    private static TargetStatus Side(double low, double high, double line, bool lowerIsBetter, TargetStatus good, TargetStatus bad)
    {
        var below = high <= line;
        var above = low >= line;
        return (below, above) switch
        {
            (true, _) => lowerIsBetter ? good : bad,
            (_, true) => lowerIsBetter ? bad : good,
            _ => TargetStatus.Uncertain,
        };
    }
}
