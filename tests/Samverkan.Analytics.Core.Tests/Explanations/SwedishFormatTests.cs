using Samverkan.Analytics.Core.Explanations;

namespace Samverkan.Analytics.Core.Tests.Explanations;

public sealed class SwedishFormatTests
{
    // Half away from zero on the number as written (SCB's rounding); .NET's "N" gives 18,2, 0,12, 2 and 1,00.
    [Theory]
    [InlineData(18.25, 1, "18,3")]
    [InlineData(-18.25, 1, "\u221218,3")]
    [InlineData(0.125, 2, "0,13")]
    [InlineData(-0.125, 2, "\u22120,13")]
    [InlineData(2.5, 0, "3")]
    [InlineData(-2.5, 0, "\u22123")]
    [InlineData(1.005, 2, "1,01")]
    [InlineData(0.15, 1, "0,2")]
    [InlineData(2.675, 2, "2,68")]
    [InlineData(1234.5, 0, "1\u00A0235")]
    [InlineData(18.24, 1, "18,2")]
    [InlineData(18.2499, 1, "18,2")]
    public void Number_RoundsHalfAwayFromZero_WhenTheDecimalIsExactlyHalf(double value, int digits, string expected) =>
        Assert.Equal(expected, SwedishFormat.Number(value, digits));

    [Fact]
    public void Number_HasNoMinusSign_WhenANegativeValueRoundsToZero()
    {
        Assert.Equal("0,0", SwedishFormat.Number(-0.04, 1));
        Assert.Equal("0", SwedishFormat.Number(-0.0, 0));
    }

    [Fact]
    public void Number_StillFormats_WhenTheValueIsOutsideDecimalsRange()
    {
        Assert.Equal(1e30.ToString("N0", SwedishFormat.Culture), SwedishFormat.Number(1e30, 0));
        Assert.Equal(double.NaN.ToString("N1", SwedishFormat.Culture), SwedishFormat.Number(double.NaN, 1));
    }

    [Theory]
    [InlineData(0, "0 filer")]
    [InlineData(1, "1 fil")]
    [InlineData(2, "2 filer")]
    [InlineData(21, "21 filer")]
    [InlineData(1234, "1\u00A0234 filer")]
    public void Count_UsesTheSingularForOneOnly_AndANoBreakSpaceBetweenThousands(long count, string expected) =>
        Assert.Equal(expected, SwedishFormat.Count(count, "fil", "filer"));
}
