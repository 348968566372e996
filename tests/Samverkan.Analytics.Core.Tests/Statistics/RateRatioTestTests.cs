using Samverkan.Analytics.Core.Statistics;

namespace Samverkan.Analytics.Core.Tests.Statistics;

public class RateRatioTestTests
{
    // Printed output of R stats::poisson.test(c(x1, x2), c(t1, t2)) (two-sided, 95 %) in published R
    // material: c(930, 619), T = 3 — Kuhn & Silge, Tidy Modeling with R, ch. 21 (bioChemists);
    // c(120, 230), c(100, 200) — a Japanese R guide, §29.8; c(4, 7) and c(32, 12), c(4, 3) — a Chinese
    // medical-statistics R exercise set, examples 6-14 and 6-15; c(759, 718), c(101, 99) — a knitted
    // ecology course exercise. Estimates and limits are printed to 7 digits, p-values to 4.
    [Theory]
    [InlineData(930, 3, 619, 3, 1.502423, 1.355716, 1.665905, 2.727e-15)]
    [InlineData(120, 100, 230, 200, 1.043478, 0.829721, 1.306785, 0.7338)]
    [InlineData(4, 1, 7, 1, 0.5714286, 0.1226664, 2.2477580, 0.5488)]
    [InlineData(32, 4, 12, 3, 2.0, 1.002761, 4.264145, 0.04653)]
    [InlineData(759, 101, 718, 99, 1.03617, 0.934421, 1.149085, 0.4988)]
    public void Exact_MatchesRPoissonTest_WhenTwoRatesAreCompared(
        double x1, double t1, double x2, double t2, double ratio, double lower, double upper, double p)
    {
        var rr = RateRatioTest.Exact(x1, t1, x2, t2, 0.95);

        Assert.Equal(ratio, rr.Ratio, 6e-6 * ratio);
        Assert.Equal(lower, rr.Lower, 6e-6 * lower);
        Assert.Equal(upper, rr.Upper, 6e-6 * upper);
        Assert.Equal(p, rr.P, 5e-4 * p);
    }

    [Fact]
    public void Exact_MatchesExactci_WhenExposuresDiffer()
    {
        // statsmodels stats/tests/results/results_rates.py and test_rates_poisson.py (test_tost_poisson), from
        // R exactci::poisson.exact(c(60, 30), c(51477.5, 54308.7)): minlike p and the central CI (= poisson.test's).
        var rr = RateRatioTest.Exact(60, 51477.5, 30, 54308.7, 0.95);

        Assert.Equal(2.10999757175465, rr.Ratio, 1e-12);
        Assert.Equal(0.000675182658686321, rr.P, 1e-9 * 0.000675182658686321);
        Assert.Equal(1.339735721772650, rr.Lower, 1e-8);
        Assert.Equal(3.388365573616252, rr.Upper, 1e-8);
    }

    [Fact]
    public void Exact_MatchesMinlikeP_When11Against23()
    {
        // R poisson.test(c(11, 23), c(1, 1)): p = 0.05761 (value given in the task brief; no stored source found).
        Assert.Equal(0.05761, RateRatioTest.Exact(11, 1, 23, 1, 0.95).P, 5e-6);
    }

    // With equal exposures the ratio interval is the Clopper–Pearson interval of x1/(x1 + x2) as odds,
    // so published exact binomial limits apply: ratesci tests/testthat/test3.R, exactci(x = c(15, 0, 1),
    // n = c(148, 20, 29), midp = FALSE) → 0.0578–0.1617, 0–0.1684, 0.0009–0.1776 (Newcombe 1998a, method 5).
    [Theory]
    [InlineData(15, 133, 0.0578, 0.1617)]
    [InlineData(0, 20, 0.0, 0.1684)]
    [InlineData(1, 28, 0.0009, 0.1776)]
    public void Exact_IsClopperPearsonAsOdds_WhenExposuresAreEqual(double x1, double x2, double piLower, double piUpper)
    {
        var rr = RateRatioTest.Exact(x1, 1, x2, 1, 0.95);

        Assert.Equal(piLower, rr.Lower / (1 + rr.Lower), 5.1e-5);
        Assert.Equal(piUpper, rr.Upper / (1 + rr.Upper), 5.1e-5);
    }

    [Fact]
    public void Exact_GivesZeroRatioAndZeroLowerLimit_WhenCompareCountIsZero()
    {
        var rr = RateRatioTest.Exact(0, 1, 20, 1, 0.95);

        Assert.Equal(0.0, rr.Ratio);
        Assert.Equal(0.0, rr.Lower);
        Assert.True(rr.ExcludesOne);

        // The observed 0 is as unlikely as its mirror 20 when p0 = 1/2: p = 2 · 0.5²⁰.
        Assert.Equal(2 * Math.Pow(0.5, 20), rr.P, 1e-12);
    }

    [Fact]
    public void Exact_GivesInfiniteRatioAndUpperLimit_WhenReferenceCountIsZero()
    {
        var rr = RateRatioTest.Exact(20, 1, 0, 1, 0.95);

        Assert.Equal(double.PositiveInfinity, rr.Ratio);
        Assert.Equal(double.PositiveInfinity, rr.Upper);

        // Lower limit: Clopper–Pearson lower limit of 20/20 = 1 − 0.1684 (ratesci, as above).
        Assert.Equal(1 - 0.1684, rr.Lower / (1 + rr.Lower), 5.1e-5);
    }

    [Fact]
    public void Exact_ReturnsNoComparison_WhenBothCountsAreZero()
    {
        var rr = RateRatioTest.Exact(0, 1, 0, 1, 0.95);

        Assert.True(double.IsNaN(rr.Ratio));
        Assert.Equal(1.0, rr.P);
        Assert.False(rr.ExcludesOne);
    }

    [Fact]
    public void Exact_IsSymmetricWithPOne_WhenLargeEqualCounts()
    {
        // x1 = n·p0 exactly gives p = 1 in R; Clopper–Pearson of n/2 out of n is symmetric, so L·U = 1.
        var rr = RateRatioTest.Exact(20000, 1, 20000, 1, 0.95);

        Assert.Equal(1.0, rr.P);
        Assert.Equal(1.0, rr.Lower * rr.Upper, 1e-9);
        Assert.InRange(rr.Lower, 0.97, 0.99);
    }

    [Fact]
    public void Exact_AgreesWithLargeSampleMethods_WhenCountsAreAboutTwentyThousand()
    {
        // No published exact vector at this size; with ~20 000 events the exact CI must agree with the
        // log-Wald interval exp(ln RR ± z√(1/x1 + 1/x2)) and the p-value with the conditional score test
        // z = (x1 − n/2)/√(n/4) (Gu et al. 2008) to a few parts in a thousand.
        const double X1 = 20500, X2 = 19800;
        var rr = RateRatioTest.Exact(X1, 1, X2, 1, 0.95);

        var se = Math.Sqrt((1 / X1) + (1 / X2));
        var ratio = X1 / X2;
        Assert.Equal(ratio * Math.Exp(-1.959963984540054 * se), rr.Lower, 2e-3 * ratio);
        Assert.Equal(ratio * Math.Exp(1.959963984540054 * se), rr.Upper, 2e-3 * ratio);

        var z = (X1 - ((X1 + X2) / 2)) / Math.Sqrt((X1 + X2) / 4);
        var scoreP = MathNet.Numerics.SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2));
        Assert.Equal(scoreP, rr.P, 0.05 * scoreP);
        Assert.True(rr.P < 0.05 && rr.ExcludesOne);
    }

    [Theory]
    [InlineData(-1, 1, 5, 1)]
    [InlineData(1.5, 1, 5, 1)]
    [InlineData(1, 0, 5, 1)]
    [InlineData(1, 1, 5, -2)]
    [InlineData(double.NaN, 1, 5, 1)]
    public void Exact_Throws_WhenCountsOrExposuresAreInvalid(double x1, double t1, double x2, double t2)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RateRatioTest.Exact(x1, t1, x2, t2, 0.95));
    }

    [Fact]
    public void Exact_GivesTheSamePBothWays_WhenOnlyTheOtherEndIsMoreLikely()
    {
        // Found by the swap property test: with π₀ near 1 the last outcome (x₁ = m) is still more likely
        // than the observed one and must not be counted; both directions then give p ≈ 0.
        var forward = RateRatioTest.Exact(878, 918824.08, 6319, 1300.9611267689054, 0.95);
        var backward = RateRatioTest.Exact(6319, 1300.9611267689054, 878, 918824.08, 0.95);

        Assert.True(forward.P < 1e-300, forward.P.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(backward.P, forward.P, 1e-300);
    }
}
