using Samverkan.Analytics.Core.Periods;

namespace Samverkan.Analytics.Core.Tests.Periods;

public class PeriodTests
{
    [Theory]
    [InlineData("2023", PeriodKind.Year, 2023, 0)]
    [InlineData("2023-Q2", PeriodKind.Quarter, 2023, 2)]
    [InlineData("2023-05", PeriodKind.Month, 2023, 5)]
    [InlineData(" 2017 ", PeriodKind.Year, 2017, 0)]
    public void Parse_ReadsKindYearAndPart_WhenTextIsCanonical(string text, PeriodKind kind, int year, int part)
    {
        var period = Period.Parse(text);

        Assert.Equal(kind, period.Kind);
        Assert.Equal(year, period.Year);
        Assert.Equal(part, period.Part);
    }

    [Theory]
    [InlineData("2023")]
    [InlineData("2023-Q4")]
    [InlineData("2023-01")]
    [InlineData("2023-12")]
    public void ToString_RoundTrips_WhenParsedFromCanonicalText(string text)
    {
        Assert.Equal(text, Period.Parse(text).ToString());
    }

    [Theory]
    [InlineData("2023M05")] // SCB/PxWeb form: readers map it, the canonical parser does not
    [InlineData("2023K2")]
    [InlineData("2023-13")]
    [InlineData("2023-00")]
    [InlineData("2023-Q5")]
    [InlineData("2023-Q0")]
    [InlineData("2023-5")]
    [InlineData("23")]
    [InlineData("1899")]
    [InlineData("2201")]
    [InlineData("2023 prel.")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_ReturnsFalse_WhenTextIsNotCanonical(string? text)
    {
        Assert.False(Period.TryParse(text, out _));
    }

    [Fact]
    public void Parse_Throws_WhenTextIsAPublisherForm()
    {
        Assert.Throws<FormatException>(() => Period.Parse("2023M05"));
    }

    [Theory]
    [InlineData("2023", "2023-01-01", "2023-12-31")]
    [InlineData("2023-Q1", "2023-01-01", "2023-03-31")]
    [InlineData("2023-Q2", "2023-04-01", "2023-06-30")]
    [InlineData("2023-Q4", "2023-10-01", "2023-12-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2023-02", "2023-02-01", "2023-02-28")]
    [InlineData("2023-12", "2023-12-01", "2023-12-31")]
    public void StartAndEnd_AreTheFirstAndLastDay_WhenKindVaries(string text, string start, string end)
    {
        var period = Period.Parse(text);

        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.End);
    }

    [Fact]
    public void CompareTo_OrdersByStartThenEnd_WhenKindsAreMixed()
    {
        var periods = new[] { "2023", "2023-05", "2022-12", "2023-Q2", "2023-Q1", "2023-01" }.Select(Period.Parse).ToList();

        periods.Sort();

        Assert.Equal(["2022-12", "2023-01", "2023-Q1", "2023", "2023-Q2", "2023-05"], periods.Select(p => p.ToString()));
    }

    [Fact]
    public void Operators_AgreeWithCompareTo_WhenPeriodsDiffer()
    {
        var q1 = Period.OfQuarter(2023, 1);
        var year = Period.OfYear(2023);

        Assert.True(q1 < year);
        Assert.True(year > q1);
        Assert.True(q1 <= Period.Parse("2023-Q1"));
        Assert.False(q1 >= year);
    }

    [Fact]
    public void Equals_IsTrue_WhenSameKindYearAndPart()
    {
        Assert.Equal(Period.OfMonth(2023, 5), Period.Parse("2023-05"));
        Assert.NotEqual(Period.OfYear(2023), Period.OfQuarter(2023, 1));
    }

    [Fact]
    public void RollUp_GivesTheContainingPeriods_WhenMonth()
    {
        var may = Period.OfMonth(2023, 5);

        Assert.Equal(Period.OfQuarter(2023, 2), may.ToQuarter());
        Assert.Equal(Period.OfYear(2023), may.ToYear());
        Assert.Equal(may, may.RollUpTo(PeriodKind.Month));
        Assert.Throws<InvalidOperationException>(() => Period.OfYear(2023).ToQuarter());
        Assert.Throws<InvalidOperationException>(() => Period.OfQuarter(2023, 2).RollUpTo(PeriodKind.Month));
    }

    [Fact]
    public void Months_ListsTheMonths_WhenQuarter()
    {
        Assert.Equal(["2023-04", "2023-05", "2023-06"], Period.OfQuarter(2023, 2).Months().Select(m => m.ToString()));
        Assert.Equal(12, Period.OfYear(2023).Months().Count());
    }

    [Fact]
    public void WithYear_KeepsThePart_WhenYearChanges()
    {
        Assert.Equal(Period.OfMonth(2017, 5), Period.OfMonth(2023, 5).WithYear(2017));
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(2201)]
    public void WithYear_Throws_WhenYearIsOutOfRange(int year)
    {
        // The factories only make years 1900–2200; a period outside that could not be parsed back.
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.OfMonth(2023, 5).WithYear(year));
    }

    [Theory]
    [InlineData(2023, 0)]
    [InlineData(2023, 13)]
    [InlineData(1800, 1)]
    public void OfMonth_Throws_WhenOutOfRange(int year, int month)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.OfMonth(year, month));
    }
}
