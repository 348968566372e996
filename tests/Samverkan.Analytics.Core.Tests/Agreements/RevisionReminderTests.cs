using Samverkan.Analytics.Core.Agreements;

namespace Samverkan.Analytics.Core.Tests.Agreements;

public sealed class RevisionReminderTests
{
    private static readonly AgreementVersion Sak2019 = new() { Id = "sak-2019", Title = "Överenskommelse 2019", Signed = new DateOnly(2019, 10, 15) };
    private static readonly AgreementVersion Sak2024 = new() { Id = "sak-2024", Title = "Överenskommelse 2024", Signed = new DateOnly(2024, 1, 11) };

    [Theory]
    [InlineData("2026-11-26", RevisionState.Current)]
    [InlineData("2027-01-10", RevisionState.Current)]
    [InlineData("2027-01-11", RevisionState.Due)]       // three years old: due within a year
    [InlineData("2028-01-11", RevisionState.Due)]       // the last day
    [InlineData("2028-01-12", RevisionState.Overdue)]
    public void For_FlagsTheLatestVersion_ByItsAge(string today, RevisionState expected)
    {
        var reminder = RevisionReminder.For([Sak2019, Sak2024], DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture))!;

        Assert.Equal("sak-2024", reminder.Agreement.Id);
        Assert.Equal(new DateOnly(2028, 1, 11), reminder.DueBy);
        Assert.Equal(expected, reminder.State);
    }

    [Fact]
    public void For_UsesTheVersionInForceThen_WhenALaterOneIsNotSignedYet()
    {
        var reminder = RevisionReminder.For([Sak2019, Sak2024], new DateOnly(2023, 11, 1))!;

        Assert.Equal("sak-2019", reminder.Agreement.Id);
        Assert.Equal(RevisionState.Overdue, reminder.State);   // 2019-10-15 + 4 years = 2023-10-15
        Assert.Contains("försenad", reminder.SwedishText(), StringComparison.Ordinal);
        Assert.Contains("2023-10-15", reminder.SwedishText(), StringComparison.Ordinal);
    }

    [Fact]
    public void For_IsNull_WhenNoVersionIsSignedYet() =>
        Assert.Null(RevisionReminder.For([Sak2024], new DateOnly(2020, 1, 1)));
}
