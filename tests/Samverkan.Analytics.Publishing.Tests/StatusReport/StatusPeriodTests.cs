using Samverkan.Analytics.Publishing.StatusReport;

namespace Samverkan.Analytics.Publishing.Tests.StatusReport;

public sealed class StatusPeriodTests
{
    [Theory]
    [InlineData("2025-Q2", "2025-04-01", "2025-06-30", "2025-Q1", "andra kvartalet 2025")]
    [InlineData("2025k1", "2025-01-01", "2025-03-31", "2024-Q4", "första kvartalet 2025")]
    [InlineData("2025-H1", "2025-01-01", "2025-06-30", "2024-H2", "första halvåret 2025")]
    [InlineData("2025-H2", "2025-07-01", "2025-12-31", "2025-H1", "andra halvåret 2025")]
    public void TryParse_GivesTheDaysAndThePreviousPeriod_WhenTheTextIsAQuarterOrHalf(string text, string start, string end, string previous, string words)
    {
        Assert.True(StatusPeriod.TryParse(text, out var period));

        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.End);
        Assert.Equal(previous, period.Previous.ToString());
        Assert.Equal(words, period.Words);
    }

    [Theory]
    [InlineData("2025-Q5")]
    [InlineData("2025-H3")]
    [InlineData("2025")]
    [InlineData("2025-06")]
    [InlineData("")]
    public void TryParse_Refuses_WhenTheTextIsNoQuarterOrHalf(string text) =>
        Assert.False(StatusPeriod.TryParse(text, out _));
}
