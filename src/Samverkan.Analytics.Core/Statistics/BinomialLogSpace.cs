using MathNet.Numerics;

namespace Samverkan.Analytics.Core.Statistics;

/// <summary>
/// Binomial probabilities for large n (crime counts reach tens of thousands), kept in log space where
/// they would underflow and summed outwards from the observed value so small tails keep their relative
/// precision (1 − CDF would round a 1e-15 p-value to 0). Success and failure probabilities are passed
/// separately so that callers that know 1 − p exactly (t₂/(t₁ + t₂)) do not lose it to cancellation.
/// </summary>
internal static class BinomialLogSpace
{
    /// <summary>Stop summing once a term adds less than this, relative to the sum so far.</summary>
    private const double NegligibleTerm = 1e-18;

    /// <summary>ln P(X = k) for X ~ Bin(n, p), q = 1 − p.</summary>
    public static double LogPmf(int k, int n, double p, double q)
    {
        if (k < 0 || k > n)
        {
            return double.NegativeInfinity;
        }

        if (p == 0)
        {
            return k == 0 ? 0 : double.NegativeInfinity;
        }

        if (q == 0)
        {
            return k == n ? 0 : double.NegativeInfinity;
        }

        return SpecialFunctions.GammaLn(n + 1.0) - SpecialFunctions.GammaLn(k + 1.0) - SpecialFunctions.GammaLn(n - k + 1.0)
            + (k * Math.Log(p)) + ((n - k) * Math.Log(q));
    }

    /// <summary>P(X ≤ k).</summary>
    public static double LowerTail(int k, int n, double p, double q)
    {
        if (k < 0)
        {
            return 0;
        }

        if (k >= n)
        {
            return 1;
        }

        // Below the mode the terms shrink as k falls, so summing downwards from k converges fast;
        // a tail that contains the mode is the complement of the (small) other tail.
        return k < Mode(n, p) ? SumDownwards(k, n, p, q) : 1 - SumUpwards(k + 1, n, p, q);
    }

    /// <summary>P(X ≥ k).</summary>
    public static double UpperTail(int k, int n, double p, double q)
    {
        if (k <= 0)
        {
            return 1;
        }

        if (k > n)
        {
            return 0;
        }

        return k > Mode(n, p) ? SumUpwards(k, n, p, q) : 1 - SumDownwards(k - 1, n, p, q);
    }

    private static int Mode(int n, double p) => (int)Math.Min(n, Math.Floor((n + 1) * p));

    /// <summary>Σ P(X = i) for i = k … 0, by the ratio P(i − 1)/P(i) = i/(n − i + 1) · q/p.</summary>
    private static double SumDownwards(int k, int n, double p, double q)
    {
        var logFirst = LogPmf(k, n, p, q);
        double sum = 0, term = 1;
        for (var i = k; i >= 0; i--)
        {
            sum += term;
            if (term < NegligibleTerm * sum || i == 0)
            {
                break;
            }

            term *= i / (double)(n - i + 1) * (q / p);
        }

        return Math.Exp(logFirst) * sum;
    }

    /// <summary>Σ P(X = i) for i = k … n, by the ratio P(i + 1)/P(i) = (n − i)/(i + 1) · p/q.</summary>
    private static double SumUpwards(int k, int n, double p, double q)
    {
        var logFirst = LogPmf(k, n, p, q);
        double sum = 0, term = 1;
        for (var i = k; i <= n; i++)
        {
            sum += term;
            if (term < NegligibleTerm * sum || i == n)
            {
                break;
            }

            term *= (n - i) / (double)(i + 1) * (p / q);
        }

        return Math.Exp(logFirst) * sum;
    }

    /// <summary>
    /// R's <c>binom.test</c> two-sided "minlike" p-value: the probability of all outcomes no more likely
    /// than the observed one, with R's relative tolerance 1 + 1e-7 on the density comparison so that
    /// outcomes equally likely in exact arithmetic count as such.
    /// </summary>
    public static double MinLikelihoodP(int x, int n, double p, double q)
    {
        const double RelativeTolerance = 1 + 1e-7;
        if (n == 0)
        {
            return 1;
        }

        var m = n * p;
        if (x == m)
        {
            return 1;
        }

        var logLimit = LogPmf(x, n, p, q) + Math.Log(RelativeTolerance);
        double pValue;
        if (x < m)
        {
            // On [⌈m⌉, n] the density does not increase, so the outcomes at most as likely as x form a
            // block at the top: find its first index by bisection.
            // The search runs to n + 1 so that n itself is tested: when even P(X = n) is more likely
            // than x, the upper block is empty (UpperTail(n + 1) = 0).
            var first = FirstIndex((int)Math.Ceiling(m), n + 1, i => LogPmf(i, n, p, q) <= logLimit);
            pValue = LowerTail(x, n, p, q) + UpperTail(first, n, p, q);
        }
        else
        {
            // On [0, ⌊m⌋] the density does not decrease: the block is at the bottom.
            var last = FirstIndex(0, (int)Math.Floor(m) + 1, i => LogPmf(i, n, p, q) > logLimit) - 1;
            pValue = LowerTail(last, n, p, q) + UpperTail(x, n, p, q);
        }

        return Math.Min(1, pValue);
    }

    /// <summary>
    /// The Clopper–Pearson lower limit for x successes in n: the π with P(X ≥ x | π) = <paramref name="tail"/>
    /// (0 when x = 0). The upper limit for x is 1 minus this limit for n − x failures.
    /// </summary>
    public static double ClopperPearsonLower(int x, int n, double tail)
    {
        if (x == 0)
        {
            return 0;
        }

        // P(X ≥ x | π) rises with π; bisect until the bracket is as narrow as the doubles allow.
        double lo = 0, hi = 1;
        for (var iteration = 0; iteration < 200 && hi - lo > 1e-16 * hi; iteration++)
        {
            var mid = (lo + hi) / 2;
            if (mid <= lo || mid >= hi)
            {
                break;
            }

            if (UpperTail(x, n, mid, 1 - mid) < tail)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return (lo + hi) / 2;
    }

    /// <summary>The first i in [from, to) with <paramref name="predicate"/> true (to when none), for a monotone predicate.</summary>
    private static int FirstIndex(int from, int to, Func<int, bool> predicate)
    {
        int lo = from, hi = to;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (predicate(mid))
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }
}
