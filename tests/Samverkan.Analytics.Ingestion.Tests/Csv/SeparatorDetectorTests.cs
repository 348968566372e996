using Samverkan.Analytics.Ingestion.Csv;

namespace Samverkan.Analytics.Ingestion.Tests.Csv;

public sealed class SeparatorDetectorTests
{
    [Theory]
    [InlineData("area;year;share", ';')]
    [InlineData("area,year,share", ',')]
    [InlineData("area\tyear\tshare", '\t')]
    [InlineData("\"area, name\";year;share", ';')]
    [InlineData("\"a;b\",c,d", ',')]
    [InlineData("a;b,c", ';')]
    public void Detect_FindsSeparator(string header, char expected)
    {
        Assert.Equal(expected, SeparatorDetector.Detect(header));
    }

    [Fact]
    public void Detect_GivesNull_WhenHeaderHasNoSeparator()
    {
        Assert.Null(SeparatorDetector.Detect("area year share"));
    }

    [Theory]
    [InlineData("sep=;", ';')]
    [InlineData("SEP=,", ',')]
    public void FromSepLine_ReadsExcelHint(string line, char expected)
    {
        Assert.Equal(expected, SeparatorDetector.FromSepLine(line));
    }
}
