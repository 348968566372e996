using Samverkan.Analytics.Core.Statistics;

namespace Samverkan.Analytics.Core.Tests.Statistics;

public class PoissonIntervalTests
{
    // Exact 95 % limits for counts 1–9 from R epitools pois.exact, as asserted in a Python port's test
    // (test_pois_exact; "differences of e-06/e-05 between R and Python", hence 2e-5).
    [Theory]
    [InlineData(1, 0.02531781, 5.57164339)]
    [InlineData(2, 0.24220928, 7.22468767)]
    [InlineData(5, 1.62348639, 11.66833208)]
    [InlineData(8, 3.45383218, 15.76318922)]
    [InlineData(9, 4.1153731, 17.08480345)]
    public void ForCount_IsExact_WhenCountIsBelowTen(double count, double lower, double upper)
    {
        var ci = PoissonInterval.ForCount(count, 0.95);

        Assert.Equal(lower, ci.Lower, 2e-5);
        Assert.Equal(upper, ci.Upper, 2e-5);
    }

    [Fact]
    public void ForCount_IsZeroTo3689_WhenCountIsZero()
    {
        // epitools pois.exact documentation: for x = 0 the exact upper limit is 3.689 (= −ln 0.025).
        var ci = PoissonInterval.ForCount(0, 0.95);

        Assert.Equal(0.0, ci.Lower);
        Assert.Equal(3.689, ci.Upper, 5e-4);
    }

    [Fact]
    public void ForCount_UsesByars_WhenCountIsTen()
    {
        // At 10 the method switches: not the exact limits (epitools: 4.7953887, 18.39035604), but within
        // 0.2 % of them ("Byar's method is within 0.2 % of the exact value for numerators of 10 or more",
        // PHE Technical Guide – Confidence Intervals, 2018), and not epitools' x + 0.5 "Byar" (5.1338, 17.7405).
        var ci = PoissonInterval.ForCount(10, 0.95);

        Assert.True(Math.Abs(4.7953887 - ci.Lower) > 1e-3);
        Assert.True(Math.Abs(18.39035604 - ci.Upper) > 1e-4);
        Assert.Equal(4.7953887, ci.Lower, 0.002 * 4.7953887);
        Assert.Equal(18.39035604, ci.Upper, 0.002 * 18.39035604);
        Assert.True(Math.Abs(5.13375332 - ci.Lower) > 0.1);
    }

    [Fact]
    public void ForCount_MatchesPheByars_When15Per400()
    {
        // methods.md §2.2: PHE's Byar's limits for 15 events / 400 are 0.020973–0.061854 per unit.
        var ci = PoissonInterval.ForCount(15, 0.95);

        Assert.Equal(0.020973, ci.Lower / 400, 5e-7);
        Assert.Equal(0.061854, ci.Upper / 400, 5e-7);
    }

    [Fact]
    public void ForCount_IsNeitherDescToolsByarNorExact_When15Per400()
    {
        // statsmodels stats/tests/test_rates_poisson.py (test_rate_poisson_r), from R DescTools PoissonCI(15, 400):
        // "byar" (x + 0.5 variant) 0.0219084369245707–0.0602933510943048, exact 0.0209884653319583–0.0618505471787146.
        var ci = PoissonInterval.ForCount(15, 0.95);

        Assert.True(Math.Abs(0.0219084369245707 - (ci.Lower / 400)) > 1e-5);
        Assert.True(Math.Abs(0.0602933510943048 - (ci.Upper / 400)) > 1e-5);
        Assert.True(Math.Abs(0.0209884653319583 - (ci.Lower / 400)) > 1e-5);
    }

    [Fact]
    public void ForCount_IsWider_WhenLevelIs998()
    {
        var ci95 = PoissonInterval.ForCount(65, 0.95);
        var ci998 = PoissonInterval.ForCount(65, 0.998);

        Assert.True(ci998.Lower < ci95.Lower && ci998.Upper > ci95.Upper);
        Assert.True(ci998.Lower > 0);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void ForCount_Throws_WhenCountIsInvalid(double count)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PoissonInterval.ForCount(count, 0.95));
    }
}
