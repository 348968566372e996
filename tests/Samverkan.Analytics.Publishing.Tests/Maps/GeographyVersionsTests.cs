using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Publishing.Maps;

namespace Samverkan.Analytics.Publishing.Tests.Maps;

public class GeographyVersionsTests
{
    [Theory]
    [InlineData("2017", GeographyVersion.Districts2019, 14)]
    [InlineData("2019", GeographyVersion.Districts2019, 14)]
    [InlineData("2020", GeographyVersion.Districts2019, 14)]
    [InlineData("2020-06", GeographyVersion.Districts2019, 14)]
    [InlineData("2020-07", GeographyVersion.Districts2020, 13)]
    [InlineData("2021", GeographyVersion.Districts2020, 13)]
    [InlineData("2023", GeographyVersion.Districts2020, 13)]
    [InlineData("2023-Q3", GeographyVersion.Districts2023, 11)]
    [InlineData("2024", GeographyVersion.Districts2023, 11)]
    public void For_GivesTheDivisionInForceOnThePeriodsFirstDay_WhenGivenAPeriod(string period, GeographyVersion expected, int districts)
    {
        var version = GeographyVersions.For(Period.Parse(period));

        Assert.Equal(expected, version);
        Assert.Equal(districts, version.DistrictCount());
    }

    [Fact]
    public void For_SwitchesOnTheMergerDays_WhenGivenDays()
    {
        Assert.Equal(GeographyVersion.Districts2019, GeographyVersions.For(new DateOnly(2020, 6, 30)));
        Assert.Equal(GeographyVersion.Districts2020, GeographyVersions.For(new DateOnly(2020, 7, 1)));
        Assert.Equal(GeographyVersion.Districts2020, GeographyVersions.For(new DateOnly(2023, 6, 30)));
        Assert.Equal(GeographyVersion.Districts2023, GeographyVersions.For(new DateOnly(2023, 7, 1)));
    }
}
