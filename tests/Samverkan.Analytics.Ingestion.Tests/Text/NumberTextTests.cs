using Samverkan.Analytics.Ingestion.Text;

namespace Samverkan.Analytics.Ingestion.Tests.Text;

public sealed class NumberTextTests
{
    [Theory]
    [InlineData("12", ',', 12)]
    [InlineData("12,5", ',', 12.5)]
    [InlineData("12.5", '.', 12.5)]
    [InlineData("1 234", ',', 1234)]
    [InlineData("1\u00A0234,75", ',', 1234.75)]
    [InlineData("12\u202F345\u202F678", ',', 12345678)]
    [InlineData("-3", ',', -3)]
    [InlineData("\u2212928", ',', -928)]
    [InlineData("\u2011928", ',', -928)]
    [InlineData(" 0,0 ", ',', 0)]
    [InlineData("\u00A045\u00A0", ',', 45)]
    public void TryParse_ReadsSwedishAndEnglishForms(string text, char mark, double expected)
    {
        Assert.True(NumberText.TryParse(text, mark, out var value));
        Assert.Equal(expected, value, 12);
    }

    [Theory]
    [InlineData("12.5", ',')]
    [InlineData("12,5", '.')]
    [InlineData("1 23", ',')]
    [InlineData("1234 567", ',')]
    [InlineData("1 234 56", ',')]
    [InlineData(",5", ',')]
    [InlineData("5,", ',')]
    [InlineData("+5", ',')]
    [InlineData("1e3", '.')]
    [InlineData("--1", ',')]
    [InlineData("", ',')]
    [InlineData("-", ',')]
    public void TryParse_RejectsOtherForms(string text, char mark)
    {
        Assert.False(NumberText.TryParse(text, mark, out _));
    }
}
