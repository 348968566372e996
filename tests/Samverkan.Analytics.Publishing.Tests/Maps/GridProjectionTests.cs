using Samverkan.Analytics.Publishing.Maps;

namespace Samverkan.Analytics.Publishing.Tests.Maps;

public class GridProjectionTests
{
    /// <summary>
    /// Lantmäteriet's control points ("Kontrollpunkter", SWEREF 99 ↔ RT 90), SWEREF 99 TM, to the millimetre:
    /// latitude and longitude as degrees, minutes, seconds.
    /// </summary>
    [Theory]
    [InlineData(67, 5, 26.452769, 21, 2, 5.101575, 7_454_204.638, 761_811.242)]
    [InlineData(63, 32, 14.761735, 16, 14, 59.594626, 7_046_077.605, 562_140.337)]
    [InlineData(60, 9, 33.882413, 14, 45, 28.167152, 6_669_189.376, 486_557.055)]
    [InlineData(56, 21, 17.199245, 13, 52, 23.754022, 6_246_136.458, 430_374.835)]
    public void Project_MatchesLantmaterietsControlPoints_WhenTheGridIsSweref99Tm(
        int latD, int latM, double latS, int lonD, int lonM, double lonS, double northing, double easting)
    {
        var (n, e) = GridProjection.Sweref99Tm.Project(latD + (latM / 60.0) + (latS / 3600), lonD + (lonM / 60.0) + (lonS / 3600));

        Assert.Equal(northing, n, 0.001);
        Assert.Equal(easting, e, 0.001);
    }

    [Fact]
    public void Project_KeepsNorthUpAndScaleTrue_OnStockholmsCentralMeridian()
    {
        var (n1, e1) = GridProjection.Sweref991800.Project(59.30, 18.0);
        var (n2, e2) = GridProjection.Sweref991800.Project(59.31, 18.0);
        var (_, eEast) = GridProjection.Sweref991800.Project(59.30, 18.01);

        Assert.Equal(150_000, e1, 0.001);
        Assert.Equal(150_000, e2, 0.001);
        // At 59,3° N a degree of latitude is ≈ 111 400 m (meridian arc on GRS 80) and of longitude ≈ 111 320 m × cos 59,3° ≈ 56 900 m.
        Assert.InRange(n2 - n1, 1113, 1115);
        Assert.InRange(eEast - e1, 566, 571);
    }
}
