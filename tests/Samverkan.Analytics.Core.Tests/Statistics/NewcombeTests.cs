using Samverkan.Analytics.Core.Statistics;

namespace Samverkan.Analytics.Core.Tests.Statistics;

public class NewcombeTests
{
    // Newcombe (1998b) Table II, method 10, as asserted (rounded to 4 dp) in
    // github:AndriSignorell/DescTools tests/misc.R, BinomDiffCI(..., method = "score") — the WUSS 2016
    // paper 127 reproduction — and github:petelaud/ratesci tests/testthat/test3.R (moverci type = "wilson").
    [Theory]
    [InlineData(56, 70, 48, 80, 0.0524, 0.3339)] // example (a), DescTools
    [InlineData(9, 10, 3, 10, 0.1705, 0.8090)] // example (b), DescTools
    [InlineData(5, 56, 0, 29, -0.0381, 0.1926)] // example (d), ratesci
    [InlineData(10, 10, 0, 20, 0.6791, 1.0000)] // example (g), DescTools
    [InlineData(84, 101, 89, 105, -0.1177, 0.0851)] // DescTools
    public void Difference_MatchesNewcombeMethod10_WhenLevelIs95(double x1, double n1, double x2, double n2, double lower, double upper)
    {
        var d = Newcombe.Difference(x1, n1, x2, n2, 0.95);

        Assert.Equal((x1 / n1) - (x2 / n2), d.Estimate, 1e-12);
        Assert.Equal(lower, d.Lower, 5.1e-5);
        Assert.Equal(upper, d.Upper, 5.1e-5);
    }

    [Fact]
    public void Difference_IsTheTwoWilsonUpperLimits_WhenBothCountsAreZero()
    {
        // Newcombe (1998b) example (e) 0/10 − 0/20: −0.1611 to 0.2775; the limits are the Wilson upper
        // limits of 0/20 and 0/10 (ratesci: 0/20 → 0.1611).
        var d = Newcombe.Difference(0, 10, 0, 20, 0.95);

        Assert.Equal(0.0, d.Estimate);
        Assert.Equal(-0.1611, d.Lower, 5.1e-5);
        Assert.Equal(0.2775, d.Upper, 5.1e-5);
        Assert.False(d.ExcludesZero);
    }

    [Fact]
    public void Difference_ExcludesZero_WhenChangeIsSignificant()
    {
        Assert.True(Newcombe.Difference(9, 10, 3, 10, 0.95).ExcludesZero);
        Assert.False(Newcombe.Difference(5, 56, 0, 29, 0.95).ExcludesZero);
    }

    [Fact]
    public void Difference_AcceptsEffectiveSampleSizes_WhenCountsAreNotWhole()
    {
        var d = Newcombe.Difference(81.4, 263.7, 60.2, 250.1, 0.95);

        Assert.True(d.Lower < d.Estimate && d.Estimate < d.Upper);
    }

    [Theory]
    [InlineData(11, 10, 1, 10)]
    [InlineData(1, 10, -1, 10)]
    [InlineData(1, 0, 1, 10)]
    public void Difference_Throws_WhenAProportionIsInvalid(double x1, double n1, double x2, double n2)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Newcombe.Difference(x1, n1, x2, n2, 0.95));
    }
}
