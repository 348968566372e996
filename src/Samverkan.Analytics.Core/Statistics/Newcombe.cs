namespace Samverkan.Analytics.Core.Statistics;

/// <summary>
/// Difference of two independent proportions with Newcombe's hybrid score interval (Newcombe 1998b,
/// method 10, no continuity correction; "square-and-add" of the two Wilson intervals). Closed form,
/// well behaved at 0 and n, and among the best of the eleven methods Newcombe compared (DESIGN §4.5).
/// </summary>
public static class Newcombe
{
    /// <summary>
    /// p₁ − p₂ with p₁ = x₁/n₁ (e.g. the latest year) and p₂ = x₂/n₂ (e.g. the baseline). Non-integer
    /// x and n are allowed (effective sample sizes of weighted surveys: each Wilson step uses its own).
    /// </summary>
    /// <param name="x1">Events in sample 1, 0 ≤ x₁ ≤ n₁.</param>
    /// <param name="n1">Size of sample 1, &gt; 0.</param>
    /// <param name="x2">Events in sample 2, 0 ≤ x₂ ≤ n₂.</param>
    /// <param name="n2">Size of sample 2, &gt; 0.</param>
    /// <param name="confidence">Confidence level as a fraction, e.g. 0.95.</param>
    /// <exception cref="ArgumentOutOfRangeException">An invalid proportion or level.</exception>
    public static DifferenceEstimate Difference(double x1, double n1, double x2, double n2, double confidence)
    {
        Require.Proportion(x1, n1);
        Require.Proportion(x2, n2);
        var z = ConfidenceLevel.Z(confidence);

        var p1 = x1 / n1;
        var p2 = x2 / n2;
        var (l1, u1) = Wilson.Compute(x1, n1, z);
        var (l2, u2) = Wilson.Compute(x2, n2, z);

        // Each limit of the difference combines the distances that point the same way: the lower limit
        // takes p₁'s downward and p₂'s upward uncertainty, and the upper limit the reverse.
        var d = p1 - p2;
        var lower = d - Math.Sqrt(Square(p1 - l1) + Square(u2 - p2));
        var upper = d + Math.Sqrt(Square(u1 - p1) + Square(p2 - l2));
        return new DifferenceEstimate(d, lower, upper);
    }

    private static double Square(double v) => v * v;
}
