namespace Samverkan.Analytics.Core.Statistics;

/// <summary>
/// Wilson score interval for a proportion, without continuity correction (Wilson 1927; Newcombe 1998a
/// method 3), as PHEindicatormethods <c>phe_proportion</c> and Fingertips compute it (DESIGN §4.5).
/// </summary>
public static class Wilson
{
    /// <summary>
    /// The interval for <paramref name="x"/> events out of <paramref name="n"/>, on the proportion scale 0–1.
    /// Non-integer values are allowed so that a weighted survey can pass p·n_eff and its Kish effective n.
    /// </summary>
    /// <param name="x">Events (numerator), 0 ≤ x ≤ n.</param>
    /// <param name="n">Trials (denominator), &gt; 0.</param>
    /// <param name="confidence">Confidence level as a fraction, e.g. 0.95.</param>
    /// <exception cref="ArgumentOutOfRangeException">x &lt; 0, n ≤ 0, x &gt; n, or a bad level.</exception>
    public static Interval Interval(double x, double n, double confidence)
    {
        Require.Proportion(x, n);
        return Compute(x, n, ConfidenceLevel.Z(confidence));
    }

    /// <summary>The interval for an already validated x, n and z (shared with <see cref="Newcombe"/>).</summary>
    internal static Interval Compute(double x, double n, double z)
    {
        // The x(1 − x/n) form keeps full precision for non-integer x; p̂ rounded first would not.
        var z2 = z * z;
        var centre = (2 * x) + z2;
        var spread = z * Math.Sqrt(z2 + (4 * x * (1 - (x / n))));
        var denominator = 2 * (n + z2);

        // At x = 0 and x = n the formula is exactly 0 and 1 in exact arithmetic; pin them so that
        // rounding cannot produce −1e-17 or 1.0000000000000002.
        var lower = x == 0 ? 0 : Math.Max(0, (centre - spread) / denominator);
        var upper = x == n ? 1 : Math.Min(1, (centre + spread) / denominator);
        return new Interval(lower, upper);
    }
}
