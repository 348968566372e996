using MathNet.Numerics;

namespace Samverkan.Analytics.Core.Statistics;

/// <summary>
/// Confidence interval for a Poisson count, by the PHE rule (PHEindicatormethods <c>phe_rate</c>):
/// exact (Garwood, χ²) below 10 events, Byar's approximation from 10 events up (DESIGN §4.5).
/// Divide both limits by the denominator (and multiply) to get a rate's interval.
/// </summary>
public static class PoissonInterval
{
    /// <summary>Counts below this use the exact method; from it up, Byar's method.</summary>
    public const double ByarsFrom = 10;

    /// <summary>The interval for an observed <paramref name="count"/>, on the count scale.</summary>
    /// <param name="count">Observed events, ≥ 0 (non-integers are accepted, e.g. summed estimates).</param>
    /// <param name="confidence">Confidence level as a fraction, e.g. 0.95.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative count or a bad level.</exception>
    public static Interval ForCount(double count, double confidence)
    {
        Require.NonNegative(count);
        var z = ConfidenceLevel.Z(confidence);
        return count < ByarsFrom ? Exact(count, 1 - confidence) : Byars(count, z);
    }

    /// <summary>
    /// Garwood's exact limits, χ²(α/2; 2x)/2 and χ²(1 − α/2; 2x + 2)/2, written as gamma quantiles
    /// (χ²(p; 2a)/2 is the p-quantile of Gamma(a, 1)).
    /// </summary>
    internal static Interval Exact(double count, double alpha)
    {
        var lower = count == 0 ? 0 : SpecialFunctions.GammaLowerRegularizedInv(count, alpha / 2);
        var upper = SpecialFunctions.GammaLowerRegularizedInv(count + 1, 1 - (alpha / 2));
        return new Interval(lower, upper);
    }

    /// <summary>
    /// Byar's approximation (Breslow and Day 1987) as PHE writes it: x and x + 1 inside the cube.
    /// DescTools and epitools use x + 0.5 under the same name, which gives other limits.
    /// </summary>
    internal static Interval Byars(double count, double z)
    {
        var lower = count * Math.Pow(1 - (1 / (9 * count)) - (z / (3 * Math.Sqrt(count))), 3);
        var next = count + 1;
        var upper = next * Math.Pow(1 - (1 / (9 * next)) + (z / (3 * Math.Sqrt(next))), 3);
        return new Interval(lower, upper);
    }
}
