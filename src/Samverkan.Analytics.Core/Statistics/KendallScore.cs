namespace Samverkan.Analytics.Core.Statistics;

/// <summary>Kendall's S, its null variance and p-values, shared by the Mann–Kendall and seasonal tests.</summary>
internal static class KendallScore
{
    /// <summary>Up to this many points without ties, the exact null distribution is used (Gilbert 1987, Table A18).</summary>
    public const int ExactUpTo = 10;

    /// <summary>S = Σ_{i&lt;j} sgn(xⱼ − xᵢ) for values in time order.</summary>
    public static long S(IReadOnlyList<double> values)
    {
        long s = 0;
        for (var i = 0; i < values.Count - 1; i++)
        {
            for (var j = i + 1; j < values.Count; j++)
            {
                s += Math.Sign(values[j] - values[i]);
            }
        }

        return s;
    }

    /// <summary>Var(S) = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] / 18 over groups of t tied values.</summary>
    public static double Variance(IReadOnlyList<double> values)
    {
        double n = values.Count;
        var ties = values.GroupBy(v => v).Select(g => (double)g.Count()).Sum(t => t * (t - 1) * ((2 * t) + 5));
        return ((n * (n - 1) * ((2 * n) + 5)) - ties) / 18;
    }

    /// <summary>True when some value occurs more than once.</summary>
    public static bool HasTies(IReadOnlyList<double> values) => values.Distinct().Count() < values.Count;

    /// <summary>
    /// Two-sided p from the normal approximation with continuity correction, z = (S ∓ 1)/√Var(S)
    /// (pyMannKendall, R <c>trend::mk.test</c>). A zero variance (all values tied) gives p = 1.
    /// </summary>
    public static double NormalTwoSidedP(long s, double variance)
    {
        if (variance <= 0 || s == 0)
        {
            return 1;
        }

        var z = (Math.Abs(s) - 1) / Math.Sqrt(variance);

        // erfc keeps the precision of tiny p-values that 2(1 − Φ(|z|)) would round to 0.
        return Math.Min(1, MathNet.Numerics.SpecialFunctions.Erfc(z / Math.Sqrt(2)));
    }

    /// <summary>
    /// Two-sided p from the exact null distribution of S for n untied values: every ordering is equally
    /// likely, and S = n(n−1)/2 − 2k for an ordering with k inversions, so P(S ≥ s) is the share of
    /// permutations with at most (n(n−1)/2 − s)/2 inversions. p = min(1, 2·P(S ≥ |S|)).
    /// </summary>
    public static double ExactTwoSidedP(int n, long s)
    {
        var maxS = (long)n * (n - 1) / 2;
        var maxInversions = (maxS - Math.Abs(s)) / 2;
        var counts = InversionCounts(n);
        double atMost = 0;
        for (var k = 0; k <= maxInversions; k++)
        {
            atMost += counts[k];
        }

        return Math.Min(1, 2 * atMost / counts.Sum());
    }

    /// <summary>
    /// Number of permutations of n items with k inversions (Mahonian numbers), by adding one item at a
    /// time: the new largest item creates 0 … m − 1 inversions wherever it is inserted among m.
    /// </summary>
    private static double[] InversionCounts(int n)
    {
        var counts = new double[] { 1 };
        for (var m = 2; m <= n; m++)
        {
            var next = new double[counts.Length + m - 1];
            for (var k = 0; k < counts.Length; k++)
            {
                for (var j = 0; j < m; j++)
                {
                    next[k + j] += counts[k];
                }
            }

            counts = next;
        }

        return counts;
    }
}
