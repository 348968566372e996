namespace Samverkan.Analytics.Core.Statistics;

/// <summary>
/// Exact conditional comparison of two Poisson rates, as R <c>poisson.test(c(x1, x2), c(t1, t2))</c>:
/// given x₁ + x₂ = n, x₁ ~ Bin(n, t₁/(t₁ + t₂)) when the rates are equal (DESIGN §4.5).
/// </summary>
public static class RateRatioTest
{
    /// <summary>
    /// The ratio (x₁/t₁)/(x₂/t₂) with the central Clopper–Pearson interval of the binomial proportion
    /// transformed to the ratio scale, π/(1 − π) · t₂/t₁, and the two-sided "minlike" p-value of
    /// <c>binom.test</c>. For counts without exposure (latest vs baseline count) pass t₁ = t₂ = 1.
    /// </summary>
    /// <param name="x1">Events in the compared period or area (whole number ≥ 0).</param>
    /// <param name="t1">Its exposure (population, person-years), &gt; 0.</param>
    /// <param name="x2">Events in the reference (baseline, rest of the city), whole number ≥ 0.</param>
    /// <param name="t2">Its exposure, &gt; 0.</param>
    /// <param name="confidence">Confidence level as a fraction, e.g. 0.95.</param>
    /// <returns>
    /// Ratio 0 with interval [0, U] when x₁ = 0; +∞ with [L, +∞] when x₂ = 0; when both are 0 the ratio
    /// is NaN, the interval [0, +∞] and p = 1 (nothing to compare).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">A negative or fractional count, a non-positive exposure, or a bad level.</exception>
    public static RateRatioEstimate Exact(double x1, double t1, double x2, double t2, double confidence)
    {
        Require.WholeCount(x1);
        Require.Positive(t1);
        Require.WholeCount(x2);
        Require.Positive(t2);
        var alpha = ConfidenceLevel.Alpha(confidence);
        if (x1 + x2 > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(x1), x1 + x2, "The two counts together are too large.");
        }

        var k = (int)x1;
        var n = (int)(x1 + x2);
        if (n == 0)
        {
            return new RateRatioEstimate(double.NaN, 0, double.PositiveInfinity, 1);
        }

        // Null proportion of the events that fall in group 1; 1 − p computed without cancellation.
        var p0 = t1 / (t1 + t2);
        var q0 = t2 / (t1 + t2);
        var pValue = BinomialLogSpace.MinLikelihoodP(k, n, p0, q0);

        // Clopper–Pearson limits for π = x₁/n; the upper one via the lower limit of the complement, so
        // that 1 − π (the denominator of the odds) keeps its precision when π is close to 1.
        var piLower = BinomialLogSpace.ClopperPearsonLower(k, n, alpha / 2);
        var oneMinusPiUpper = BinomialLogSpace.ClopperPearsonLower(n - k, n, alpha / 2);
        var scale = t2 / t1;
        var lower = piLower / (1 - piLower) * scale;
        var upper = oneMinusPiUpper == 0 ? double.PositiveInfinity : (1 - oneMinusPiUpper) / oneMinusPiUpper * scale;

        var ratio = x1 / t1 / (x2 / t2);
        return new RateRatioEstimate(ratio, lower, upper, pValue);
    }
}
