using Samverkan.Analytics.Core.Imports;

namespace Samverkan.Analytics.Core.Tests.Imports;

public sealed class SourcePlaceTests
{
    [Theory]
    [InlineData(12, 3, "områden.yaml, rad 12, kolumn 3")]
    [InlineData(12, 0, "områden.yaml, rad 12")]
    [InlineData(0, 0, "områden.yaml")]
    [InlineData(0, 7, "områden.yaml")]
    public void Of_WritesTheSwedishPlace_WithoutWhatTheProblemLacks(int line, int column, string expected) =>
        Assert.Equal(expected, SourcePlace.Of("områden.yaml", line, column));

    [Fact]
    public void RowIssue_WritesItsPlaceLikeSourcePlace_WhenItHasLineAndColumn() =>
        Assert.Equal("brott.csv, rad 1234, kolumn 5: fel: Fel.", new RowIssue("brott.csv", 1234, 5, "Fel.", "").ToString());
}
