using Samverkan.Analytics.Analysis.Cells;
using Samverkan.Analytics.Analysis.Comparisons;
using Samverkan.Analytics.Analysis.Tests.Support;

namespace Samverkan.Analytics.Analysis.Tests;

public sealed class CityComparisonTests
{
    [Fact]
    public void Compare_GivesTheExactConditionalIntervalAgainstTheRestOfTheCity_WhenTheAreaIsNestedInTheCity()
    {
        // The sample data's robberies 2021 in Järva against the city (see
        // ResultsComputerTests.Compute_TestsALocalPoliceAreaOfWholeCityDistrictsAgainstTheRestOfTheCity_LikeTheDistrictWithTheSameFigures): the reference interval 1.0121–1.7717
        // is R poisson.test(c(143, 1039), c(89921, 882812), conf.level = 0.998), computed from the
        // central Clopper–Pearson limits (methods.md §4.2).
        var indicator = Some.CrimeRate() with { Confidence = 0.998 };
        var area = new Estimate { Value = 143 / 89_921.0, Numerator = 143, Exposure = 89_921 };
        var city = new Estimate { Value = 1182 / 972_733.0, Numerator = 1182, Exposure = 972_733 };

        var comparison = CityComparison.Compare(indicator, area, city, nestedInCity: true);

        Assert.Equal(1.351225, comparison.Estimate!.Value, 5);
        Assert.Equal(1.012110, comparison.Low!.Value, 5);
        Assert.Equal(1.771741, comparison.High!.Value, 5);
        Assert.Equal(Direction.Higher, comparison.Direction);
    }

    [Fact]
    public void Compare_TreatsTheCityAsAFixedBenchmark_WhenTheAreaIsNotNestedInTheCity()
    {
        // Byar's 99.8 % interval of 143 (methods.md §2.2, z = 3.090232): lower limit 108.86 events,
        // i.e. 121.06 per 100 000 of 89 921; the city's 121.51 lies inside it, so similar.
        var indicator = Some.CrimeRate() with { Confidence = 0.998 };
        var area = EstimateFactory.AtConfidence(Some.CrimeRate(), new Estimate { Value = 143 / 89_921.0, Numerator = 143, Exposure = 89_921 }, 0.998)!;
        var city = new Estimate { Value = 1182 / 972_733.0, Numerator = 1182, Exposure = 972_733 };

        var comparison = CityComparison.Compare(indicator, area, city, nestedInCity: false);

        Assert.Equal(121.06, area.Ci!.Value.Lower * 100_000, 2);
        Assert.Equal(Direction.Similar, comparison.Direction);
    }
}
