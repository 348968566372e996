using Samverkan.Analytics.Core.Statistics;

namespace Samverkan.Analytics.Core.Tests.Statistics;

public class WilsonTests
{
    // Newcombe (1998a) Stat Med 17:857, method 3, as asserted (4 dp) in github:petelaud/ratesci
    // tests/testthat/test3.R: wilsonci(x = c(15, 0, 1), n = c(148, 20, 29), cc = FALSE).
    [Theory]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    public void Interval_MatchesNewcombe1998a_WhenLevelIs95(double x, double n, double lower, double upper)
    {
        var ci = Wilson.Interval(x, n, 0.95);

        Assert.Equal(lower, ci.Lower, 5.1e-5);
        Assert.Equal(upper, ci.Upper, 5.1e-5);
    }

    [Fact]
    public void Interval_MatchesNewcombe1998aExample_When81Of263()
    {
        // Newcombe (1998a) worked example 81/263: 0.2553–0.3662 (from the paper; not in a stored test file).
        var ci = Wilson.Interval(81, 263, 0.95);

        Assert.Equal(0.2553, ci.Lower, 5.1e-5);
        Assert.Equal(0.3662, ci.Upper, 5.1e-5);
    }

    [Fact]
    public void Interval_LowerIsExactlyZero_WhenNoEvents()
    {
        Assert.Equal(0.0, Wilson.Interval(0, 20, 0.998).Lower);
    }

    [Fact]
    public void Interval_IsTheMirrorOfNoEvents_WhenAllAreEvents()
    {
        // x = n mirrors x = 0 (ratesci: 0/20 → upper 0.1611), and the upper limit is exactly 1.
        var ci = Wilson.Interval(20, 20, 0.95);

        Assert.Equal(1.0, ci.Upper);
        Assert.Equal(1 - 0.1611, ci.Lower, 5.1e-5);
    }

    [Fact]
    public void Interval_AcceptsNonIntegerCounts_WhenEffectiveSizesArePassed()
    {
        // PHEindicatormethods tests Wilson with x = 0.445, n = 1; the interval must stay inside [0, 1]
        // and be the mirror image of 1 − x.
        var ci = Wilson.Interval(0.445, 1, 0.95);
        var mirror = Wilson.Interval(0.555, 1, 0.95);

        Assert.InRange(ci.Lower, 0.0, 0.445);
        Assert.InRange(ci.Upper, 0.445, 1.0);
        Assert.Equal(1 - mirror.Upper, ci.Lower, 1e-12);
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(11, 10)]
    [InlineData(1, 0)]
    [InlineData(1, -5)]
    [InlineData(double.NaN, 10)]
    [InlineData(1, double.PositiveInfinity)]
    public void Interval_Throws_WhenNotAProportion(double x, double n)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Wilson.Interval(x, n, 0.95));
    }

    [Fact]
    public void Interval_Throws_WhenLevelIsAPercentage()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Wilson.Interval(5, 10, 95));
    }
}
