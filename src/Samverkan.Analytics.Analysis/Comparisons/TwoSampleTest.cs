using Samverkan.Analytics.Analysis.Cells;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Statistics;

namespace Samverkan.Analytics.Analysis.Comparisons;

/// <summary>
/// Compares two independent estimates of one indicator (DESIGN §4.5): Newcombe's hybrid score
/// interval for the difference of two proportions; the exact conditional test (R poisson.test) for
/// the ratio of two rates or counts; square-and-add for the difference of two values. Apportioned
/// estimates get no test.
/// </summary>
internal static class TwoSampleTest
{
    /// <summary><paramref name="a"/> against <paramref name="b"/>: a − b or a / b.</summary>
    public static Comparison Compare(IndicatorDefinition indicator, Estimate a, Estimate b)
    {
        if (a.Value is null || b.Value is null || a.Suppressed || b.Suppressed)
        {
            return Comparison.None;
        }

        if (a.IsEstimate || b.IsEstimate)
        {
            return indicator.Measure is Measure.Rate or Measure.Count
                ? new Comparison(Ratio(a.Value.Value, b.Value.Value), null, null, null, Direction.NotAssessed)
                : new Comparison((a.Value - b.Value) * indicator.Multiplier, null, null, null, Direction.NotAssessed);
        }

        return indicator.Measure switch
        {
            Measure.Proportion => Proportions(indicator, a, b),
            Measure.Rate or Measure.Count => Rates(indicator, a, b),
            _ => Values(indicator, a, b),
        };
    }

    private static Comparison Proportions(IndicatorDefinition indicator, Estimate a, Estimate b)
    {
        var d = Newcombe.Difference(a.EffectiveNumerator!.Value, a.Exposure!.Value, b.EffectiveNumerator!.Value, b.Exposure!.Value, indicator.Confidence);
        var m = indicator.Multiplier;
        return new Comparison(d.Estimate * m, d.Lower * m, d.Upper * m, null, VerdictRules.Classify(d.Lower, d.Upper, 0));
    }

    private static Comparison Rates(IndicatorDefinition indicator, Estimate a, Estimate b)
    {
        var r = RateRatioTest.Exact(a.Numerator!.Value, a.Exposure!.Value, b.Numerator!.Value, b.Exposure!.Value, indicator.Confidence);
        return new Comparison(Finite(r.Ratio), Finite(r.Lower), Finite(r.Upper), r.P, VerdictRules.Classify(r.Lower, r.Upper, 1));
    }

    private static Comparison Values(IndicatorDefinition indicator, Estimate a, Estimate b)
    {
        var m = indicator.Multiplier;
        var d = (a.Value!.Value - b.Value!.Value) * m;
        if (a.Ci is not { } ca || b.Ci is not { } cb)
        {
            return new Comparison(d, null, null, null, Direction.NotAssessed);
        }

        // Square-and-add (MOVER) of the two delivered intervals.
        var low = d - (Math.Sqrt(Math.Pow(a.Value.Value - ca.Lower, 2) + Math.Pow(cb.Upper - b.Value.Value, 2)) * m);
        var high = d + (Math.Sqrt(Math.Pow(ca.Upper - a.Value.Value, 2) + Math.Pow(b.Value.Value - cb.Lower, 2)) * m);
        return new Comparison(d, low, high, null, VerdictRules.Classify(low, high, 0));
    }

    private static double? Ratio(double a, double b) => b > 0 ? a / b : null;

    private static double? Finite(double x) => double.IsFinite(x) ? x : null;
}
