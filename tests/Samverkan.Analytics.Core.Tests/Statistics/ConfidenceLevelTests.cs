using Samverkan.Analytics.Core.Statistics;

namespace Samverkan.Analytics.Core.Tests.Statistics;

public class ConfidenceLevelTests
{
    // methods.md §1: z = Φ⁻¹(c + (1 − c)/2) at full precision, as R qnorm gives it.
    [Theory]
    [InlineData(0.95, 1.959963984540054)]
    [InlineData(0.998, 3.090232306167813)]
    public void Z_IsTheTwoSidedNormalQuantile_WhenLevelIsAFraction(double confidence, double expected)
    {
        Assert.Equal(expected, ConfidenceLevel.Z(confidence), 1e-12);
    }

    [Fact]
    public void Z_SquaredIsFingertipsTrendThreshold_WhenLevelIs998()
    {
        // fingertips-open TrendMarkerCalculator hard-codes the χ²₁ critical value 9.54953570608324 (= z₉₉.₈²).
        var z = ConfidenceLevel.Z(0.998);

        Assert.Equal(9.54953570608324, z * z, 1e-9);
    }

    [Theory]
    [InlineData(0.9)]
    [InlineData(0.9999)]
    public void Z_AcceptsLevel_WhenAtTheEndsOfTheRange(double confidence)
    {
        Assert.True(ConfidenceLevel.Z(confidence) > 1.6);
    }

    [Theory]
    [InlineData(0.8999)]
    [InlineData(0.7)]
    [InlineData(0.99999)]
    [InlineData(1.0)]
    [InlineData(95.0)]
    [InlineData(99.8)]
    [InlineData(0.0)]
    [InlineData(double.NaN)]
    public void Z_Throws_WhenLevelIsOutsideTheFractionRange(double confidence)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceLevel.Z(confidence));
    }
}
