using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Ingestion.Text;

namespace Samverkan.Analytics.Ingestion.Tests.Text;

public sealed class PeriodTextTests
{
    [Theory]
    [InlineData("2023", "2023", false)]
    [InlineData("2023-Q2", "2023-Q2", false)]
    [InlineData("2023Q2", "2023-Q2", false)]
    [InlineData("2023K2", "2023-Q2", false)]
    [InlineData("2023-k4", "2023-Q4", false)]
    [InlineData("2023-05", "2023-05", false)]
    [InlineData("2023M05", "2023-05", false)]
    [InlineData("2023m5", "2023-05", false)]
    [InlineData("2023 prel.", "2023", true)]
    [InlineData("2023 Prel", "2023", true)]
    public void TryParse_GivesCanonicalPeriod(string text, string expected, bool preliminary)
    {
        Assert.True(PeriodText.TryParse(text, out var period, out var prel));
        Assert.Equal(Period.Parse(expected), period);
        Assert.Equal(preliminary, prel);
    }

    [Theory]
    [InlineData("23")]
    [InlineData("2023-13")]
    [InlineData("2023M13")]
    [InlineData("2023Q5")]
    [InlineData("1850")]
    [InlineData("2023-5")]
    [InlineData("maj 2023")]
    public void TryParse_RejectsOtherForms(string text)
    {
        Assert.False(PeriodText.TryParse(text, out _, out _));
    }
}
