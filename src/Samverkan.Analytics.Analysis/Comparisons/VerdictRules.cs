using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Analysis.Comparisons;

/// <summary>
/// Verdicts are decided by the interval, never by p alone, and only then given a polarity
/// (Fingertips: higher/similar/lower first, better/worse only when the indicator has a direction).
/// </summary>
internal static class VerdictRules
{
    /// <summary>Where [<paramref name="low"/>, <paramref name="high"/>] lies relative to <paramref name="noDifference"/> (inclusive limits count as similar).</summary>
    public static Direction Classify(double? low, double? high, double noDifference)
    {
        if (low is not { } lo || high is not { } hi || double.IsNaN(lo) || double.IsNaN(hi))
        {
            return Direction.NotAssessed;
        }

        return lo > noDifference ? Direction.Higher : hi < noDifference ? Direction.Lower : Direction.Similar;
    }

    /// <summary>The change or comparator verdict word for a direction.</summary>
    public static Verdict ToVerdict(Direction direction, Polarity polarity) => (direction, polarity) switch
    {
        (Direction.NotAssessed, _) => Verdict.NotAssessed,
        (Direction.Similar, _) => Verdict.Similar,
        (Direction.Higher, Polarity.None) => Verdict.Higher,
        (Direction.Lower, Polarity.None) => Verdict.Lower,
        (Direction.Higher, Polarity.HigherIsBetter) or (Direction.Lower, Polarity.LowerIsBetter) => Verdict.Better,
        _ => Verdict.Worse,
    };

    /// <summary>The trend verdict word for a significant direction (+1, −1) or none (0).</summary>
    public static TrendVerdict ToTrendVerdict(int direction, Polarity polarity) => (direction, polarity) switch
    {
        (0, _) => TrendVerdict.NoTrend,
        (> 0, Polarity.None) => TrendVerdict.Increasing,
        (< 0, Polarity.None) => TrendVerdict.Decreasing,
        (> 0, Polarity.HigherIsBetter) or (< 0, Polarity.LowerIsBetter) => TrendVerdict.Improving,
        _ => TrendVerdict.Worsening,
    };
}
