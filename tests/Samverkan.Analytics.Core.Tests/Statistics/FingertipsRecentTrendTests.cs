using Samverkan.Analytics.Core.Statistics;

namespace Samverkan.Analytics.Core.Tests.Statistics;

public class FingertipsRecentTrendTests
{
    private static TrendTestResult? Run(params (double Year, double Value, double Lower, double Upper)[] data) =>
        FingertipsRecentTrend.Test(
            data.Select(d => d.Year).ToArray(),
            data.Select(d => d.Value).ToArray(),
            data.Select(d => new Interval(d.Lower, d.Upper)).ToArray());

    [Fact]
    public void Test_GivesChiSquare4677AndIncreasing_WhenFingertipsSet1()
    {
        // github:ukhsa-collaboration/fingertips-open PholioVisualisationWS/AnalysisTest/TrendMarkerCalculatorTest.cs,
        // TestIsSignificantReturnsTrue (GetTrendData_Set1): significant, Math.Round(ChiSquare, 2) == 46.77.
        var result = Run(
            (2018, 30.6, 28.98, 32.25),
            (2017, 30.2, 28.63, 31.9),
            (2016, 28, 26.44, 29.64),
            (2015, 24.6, 23.15, 26.19),
            (2014, 24.67, 23.16, 26.25));

        Assert.NotNull(result);
        Assert.Equal(FingertipsRecentTrend.MethodName, result.Method);
        Assert.Equal(46.77, Math.Round(result.Statistic, 2));
        Assert.Equal(5, result.N);
        Assert.Equal(1, result.Direction);
        Assert.True(result.Slope > 0);
        Assert.True(result.P < 0.002); // above the 99.8 % critical value
    }

    [Fact]
    public void Test_IsNotSignificant_WhenFingertipsSet2()
    {
        // Same file, TestIsSignificantReturnsFalse (GetTrendData_Set2).
        var result = Run(
            (2014, 20.5506, 18.1803, 23.1427),
            (2015, 19.5952, 17.3444, 22.0602),
            (2016, 19.0349, 16.8421, 21.4394),
            (2017, 21.3966, 19.0918, 23.8975),
            (2018, 18.4372, 16.2925, 20.7941));

        Assert.NotNull(result);
        Assert.Equal(0, result.Direction);
    }

    // github:dhsc-govuk/FingertipsNext trend-analysis/TrendAnalysisApp.UnitTests/Calculator/IndicatorTestData.cs
    // and TrendCalculatorTests.cs: England series whose markers were checked against the live Fingertips site
    // (CI method; UseProportionsForTrend = false).
    [Fact]
    public void Test_IsIncreasing_WhenFingertipsNextDiabeticEyeDisease()
    {
        var result = Run(
            (2024, 3.0121, 2.8616, 3.1683),
            (2023, 2.8701, 2.7225, 3.0237),
            (2022, 2.7567, 2.6113, 2.9082),
            (2021, 1.93028, 1.8085, 2.058),
            (2020, 2.935, 2.7841, 3.0919));

        Assert.Equal(1, result!.Direction);
    }

    [Fact]
    public void Test_IsDecreasing_WhenFingertipsNextYorkshireMmrCoverage()
    {
        var result = Run(
            (2024, 90.1013, 89.8578, 90.3396),
            (2023, 90.017, 89.7694, 90.2594),
            (2022, 90.8708, 90.6358, 91.1004),
            (2021, 92.3221, 92.1072, 92.5315),
            (2020, 92.6254, 92.4168, 92.8288));

        Assert.Equal(-1, result!.Direction);
    }

    [Fact]
    public void Test_IsDecreasing_WhenFingertipsNextUnder75CancerMortality()
    {
        // The source writes the 2023 value as 120/7742 (integer division, a typo for 120.7742; methods.md §9.10).
        var result = Run(
            (2023, 120.7742, 119.8035, 121.7507),
            (2022, 122.3782, 121.4012, 123.361),
            (2021, 121.5234, 120.5533, 122.4993),
            (2020, 125.829, 124.8371, 126.8268),
            (2019, 126.9341, 125.9343, 127.94));

        Assert.Equal(-1, result!.Direction);
    }

    [Fact]
    public void Test_UsesOnlyTheFiveMostRecentPoints_WhenSeriesIsLonger()
    {
        var five = Run(
            (2018, 30.6, 28.98, 32.25),
            (2017, 30.2, 28.63, 31.9),
            (2016, 28, 26.44, 29.64),
            (2015, 24.6, 23.15, 26.19),
            (2014, 24.67, 23.16, 26.25));
        var seven = Run(
            (2012, 90, 89, 91),
            (2018, 30.6, 28.98, 32.25),
            (2017, 30.2, 28.63, 31.9),
            (2013, 80, 79, 81),
            (2016, 28, 26.44, 29.64),
            (2015, 24.6, 23.15, 26.19),
            (2014, 24.67, 23.16, 26.25));

        Assert.Equal(five!.Statistic, seven!.Statistic, 1e-9);
        Assert.Equal(five.Slope, seven.Slope, 1e-12);
    }

    [Fact]
    public void Test_IsNotSignificant_WhenOnePointCarriesTheTrend()
    {
        // methods.md §5.1: a large χ² is overruled when dropping one point flips the slope's sign.
        // Four flat-to-falling points with tight CIs and one high last point: the full slope is positive
        // and χ² large, but without the last point the slope is negative.
        var result = Run(
            (2019, 50.2, 50.0, 50.4),
            (2020, 50.1, 49.9, 50.3),
            (2021, 50.0, 49.8, 50.2),
            (2022, 49.9, 49.7, 50.1),
            (2023, 60.0, 59.8, 60.2));

        Assert.NotNull(result);
        Assert.True(result.Statistic > FingertipsRecentTrend.ChiSquareThreshold);
        Assert.True(result.Slope > 0);
        Assert.Equal(0, result.Direction);
    }

    [Fact]
    public void Test_ReturnsNull_WhenFewerThanFiveUsablePoints()
    {
        // FingertipsNext: "A minimum of 5 data points is required to calculate a trend"; a point without a
        // CI does not count.
        Assert.Null(Run(
            (2019, 1, 0.5, 1.5),
            (2020, 2, 1.5, 2.5),
            (2021, 3, 2.5, 3.5),
            (2022, 4, 3.5, 4.5)));
        Assert.Null(Run(
            (2019, 1, 0.5, 1.5),
            (2020, 2, 1.5, 2.5),
            (2021, 3, double.NaN, double.NaN),
            (2022, 4, 3.5, 4.5),
            (2023, 5, 4.5, 5.5)));
    }

    [Fact]
    public void Test_Throws_WhenAnIntervalIsReversed()
    {
        Assert.Throws<ArgumentException>(() => Run(
            (2019, 1, 1.5, 0.5),
            (2020, 2, 1.5, 2.5),
            (2021, 3, 2.5, 3.5),
            (2022, 4, 3.5, 4.5),
            (2023, 5, 4.5, 5.5)));
    }
}
