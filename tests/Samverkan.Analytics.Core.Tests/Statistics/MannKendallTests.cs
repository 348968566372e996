using Samverkan.Analytics.Core.Statistics;

namespace Samverkan.Analytics.Core.Tests.Statistics;

public class MannKendallTests
{
    private static double[] Positions(int n) => Enumerable.Range(0, n).Select(i => (double)i).ToArray();

    [Fact]
    public void Test_MatchesPyMannKendall_WhenSeriesIsLongWithGapsAndTies()
    {
        // pyMannKendall tests/test_pymannkendall.py, test_original_test and test_sens_slope on arbitrary_1d_data
        // (360 months, 7 missing; positions 0…359 as times): s = −1959, p = 0.37591058740506833,
        // Sen's slope −0.006369426751592357 (missing values keep their positions).
        var values = PyMannKendallData.BograMonthlyRainfall;

        var result = MannKendall.Test(Positions(values.Length), values, 0.95);

        Assert.Equal(MannKendall.MethodName, result.Method);
        Assert.Equal(353, result.N);
        Assert.Equal(-1959, result.Statistic);
        Assert.Equal(0.37591058740506833, result.P!.Value, 1e-12);
        Assert.Equal(-0.006369426751592357, result.Slope, 1e-15);
        Assert.Equal(0, result.Direction);
    }

    [Fact]
    public void Test_GivesPOneAndNoDirection_WhenAllValuesAreTied()
    {
        // pyMannKendall NoTrendData (a constant series): s = 0, var_s = 0, p = 1, slope 0.
        var values = Enumerable.Repeat(7.0, 360).ToArray();

        var result = MannKendall.Test(Positions(360), values, 0.95);

        Assert.Equal(0, result.Statistic);
        Assert.Equal(1.0, result.P);
        Assert.Equal(0.0, result.Slope);
        Assert.Equal(0, result.Direction);
    }

    [Fact]
    public void Test_IsIncreasingWithSlopeOne_WhenSeriesIsALine()
    {
        // pyMannKendall TrendData (0…359): s = 64620, p = 0 (to double precision in 2(1 − Φ)), slope 1.
        var result = MannKendall.Test(Positions(360), Positions(360), 0.998);

        Assert.Equal(64620, result.Statistic);
        Assert.True(result.P < 1e-100);
        Assert.Equal(1.0, result.Slope);
        Assert.Equal(1, result.Direction);
    }

    // Exact null distribution (Kendall; Gilbert 1987 Table A18) as stored in github:mannkendall/Python
    // src/mannkendall/Prob_MK_n.csv: one-sided P(S ≥ s) for n = 4: s = 6 → 0.042; n = 5: s = 10 → 0.0083,
    // s = 8 → 0.042; n = 6: s = 15 → 0.0014; n = 8: s = 14 → 0.054; n = 9: s = 20 → 0.022.
    // Two-sided p = 2 P(S ≥ |S|). Series: the largest value moved to the front k places lowers S by 2k.
    [Theory]
    [InlineData(new double[] { 1, 2, 3, 4 }, 6, 0.042)]
    [InlineData(new double[] { 1, 2, 3, 4, 5 }, 10, 0.0083)]
    [InlineData(new double[] { 2, 1, 3, 4, 5 }, 8, 0.042)]
    [InlineData(new double[] { 1, 2, 3, 4, 5, 6 }, 15, 0.0014)]
    [InlineData(new double[] { 8, 1, 2, 3, 4, 5, 6, 7 }, 14, 0.054)]
    [InlineData(new double[] { 9, 1, 2, 3, 4, 5, 6, 7, 8 }, 20, 0.022)]
    public void Test_UsesExactDistribution_WhenTenOrFewerUntiedValues(double[] values, double s, double oneSided)
    {
        var result = MannKendall.Test(Positions(values.Length), values, 0.95);

        Assert.Equal(s, result.Statistic);
        Assert.Equal(oneSided, result.P!.Value / 2, 0.0006 * Math.Max(1, oneSided / 0.01));
    }

    [Fact]
    public void Test_IsSignificantOnlyAtFivePercent_WhenFivePointsArePerfectlyMonotone()
    {
        // methods.md §5.2: n = 5 perfectly monotone → p = 0.0167, significant at 5 %, never at 99.8 %.
        double[] years = [2019, 2020, 2021, 2022, 2023];
        double[] falling = [30, 28, 27, 25, 21];

        var at95 = MannKendall.Test(years, falling, 0.95);
        var at998 = MannKendall.Test(years, falling, 0.998);

        Assert.Equal(2.0 / 120, at95.P!.Value, 1e-12);
        Assert.Equal(-1, at95.Direction);
        Assert.Equal(0, at998.Direction);
    }

    [Fact]
    public void Test_IsNeverSignificant_WhenOnlyFourPoints()
    {
        // methods.md §5.2: with n = 4 the smallest two-sided p is 0.083 — never significant at 5 %.
        var result = MannKendall.Test([2020, 2021, 2022, 2023], [1, 2, 3, 4], 0.95);

        Assert.Equal(0.083, result.P!.Value, 5e-4);
        Assert.Equal(0, result.Direction);
    }

    [Fact]
    public void Test_UsesNormalApproximation_WhenShortSeriesHasTies()
    {
        // methods.md §5.2: S = 9, Var(S) = [5·4·15 − 2·1·9]/18, z = (S − 1)/√Var(S), p = 2(1 − Φ(|z|)).
        var result = MannKendall.Test([1, 2, 3, 4, 5], [1, 2, 2, 3, 4], 0.95);

        var z = 8 / Math.Sqrt(((5 * 4 * 15) - 18) / 18.0);
        var expected = 2 * (1 - MathNet.Numerics.Distributions.Normal.CDF(0, 1, z));
        Assert.Equal(9, result.Statistic);
        Assert.Equal(expected, result.P!.Value, 1e-12);
    }

    [Fact]
    public void Test_OrdersByTimeAndDropsMissingValues_WhenGivenUnsorted()
    {
        var result = MannKendall.Test([2023, 2017, 2020, 2021], [19, 10, 13, double.NaN], 0.95);

        Assert.Equal(3, result.N);
        Assert.Equal(3, result.Statistic);
        Assert.Equal(1.5, result.Slope); // median of 3/3, 9/6, 6/3 per year
    }

    [Fact]
    public void Test_Throws_WhenInputIsUnusable()
    {
        Assert.Throws<ArgumentException>(() => MannKendall.Test([1, 2], [1], 0.95));
        Assert.Throws<ArgumentException>(() => MannKendall.Test([1, 1, 2], [1, 2, 3], 0.95));
        Assert.Throws<ArgumentException>(() => MannKendall.Test([1, 2], [1, double.NaN], 0.95));
        Assert.Throws<ArgumentOutOfRangeException>(() => MannKendall.Test([1, 2, 3], [1, 2, 3], 95));
    }
}
