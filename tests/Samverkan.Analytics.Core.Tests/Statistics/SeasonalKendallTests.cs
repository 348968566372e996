using Samverkan.Analytics.Core.Statistics;

namespace Samverkan.Analytics.Core.Tests.Statistics;

public class SeasonalKendallTests
{
    private static List<(double Time, int Season, double Value)> MonthlyRainfall() =>
        PyMannKendallData.BograMonthlyRainfall
            .Select((v, i) => (Time: 1981 + (i / 12) + ((i % 12) / 12.0), Season: (i % 12) + 1, Value: v))
            .ToList();

    [Fact]
    public void Test_MatchesPyMannKendall_WhenMonthlySeriesHasGaps()
    {
        // pyMannKendall tests/test_pymannkendall.py test_seasonal_test and test_seasonal_sens_slope on
        // arbitrary_1d_data with period 12: s = −399, p = 0.03263834596177739, slope −0.08695652173913043 per year.
        var result = SeasonalKendall.Test(MonthlyRainfall(), 0.95);

        Assert.Equal(SeasonalKendall.MethodName, result.Method);
        Assert.Equal(353, result.N);
        Assert.Equal(-399, result.Statistic);
        Assert.Equal(0.03263834596177739, result.P!.Value, 1e-12);
        Assert.Equal(-0.08695652173913043, result.Slope, 1e-12);
        Assert.Equal(-1, result.Direction);
    }

    [Fact]
    public void Test_IsNotSignificant_WhenLevelIs99()
    {
        Assert.Equal(0, SeasonalKendall.Test(MonthlyRainfall(), 0.99).Direction);
    }

    [Fact]
    public void Test_IgnoresTheSeasonalPattern_WhenEveryYearIsTheSame()
    {
        // A strong seasonal cycle repeated unchanged has no trend: every within-season pair is tied.
        var points = Enumerable.Range(0, 60)
            .Select(i => (Time: 2019 + (i / 12) + ((i % 12) / 12.0), Season: i % 12, Value: 100.0 * (i % 12)))
            .ToList();

        var result = SeasonalKendall.Test(points, 0.95);

        Assert.Equal(0, result.Statistic);
        Assert.Equal(1.0, result.P);
        Assert.Equal(0.0, result.Slope);
    }

    [Fact]
    public void Test_Throws_WhenNoSeasonHasTwoValues()
    {
        Assert.Throws<ArgumentException>(() => SeasonalKendall.Test([(2020, 1, 5.0), (2020, 2, 6.0)], 0.95));
    }
}
