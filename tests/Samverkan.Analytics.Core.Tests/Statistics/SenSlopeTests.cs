using Samverkan.Analytics.Core.Statistics;

namespace Samverkan.Analytics.Core.Tests.Statistics;

public class SenSlopeTests
{
    [Fact]
    public void Estimate_MatchesPyMannKendall_WhenValuesAreMissing()
    {
        // pyMannKendall tests/test_pymannkendall.py test_sens_slope: arbitrary_1d_data → −0.006369426751592357.
        var values = PyMannKendallData.BograMonthlyRainfall;
        var times = Enumerable.Range(0, values.Length).Select(i => (double)i).ToArray();

        Assert.Equal(-0.006369426751592357, SenSlope.Estimate(times, values), 1e-15);
    }

    [Fact]
    public void Estimate_RespectsGaps_WhenYearsAreIrregular()
    {
        // Survey waves 2017, 2020, 2023: pairwise slopes 1, 1.5 and 2 per year → median 1.5
        // (with positions 0, 1, 2 instead of years it would be 4.5 per wave).
        Assert.Equal(1.5, SenSlope.Estimate([2017, 2020, 2023], [10, 13, 19]));
    }

    [Fact]
    public void Estimate_AveragesTheMiddleSlopes_WhenTheirNumberIsEven()
    {
        // Four points → six slopes 2, 1.5, 3, 1, 3.5, 6; the middle two (2 and 3) give 2.5.
        Assert.Equal(2.5, SenSlope.Estimate([0, 1, 2, 3], [0, 2, 3, 9]), 1e-12);
    }

    [Fact]
    public void Estimate_Throws_WhenFewerThanTwoValues()
    {
        Assert.Throws<ArgumentException>(() => SenSlope.Estimate([1, 2], [double.NaN, 3]));
    }
}
