using Samverkan.Analytics.Analysis.Tests.Support;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Analysis.Tests;

public sealed class SecondarySuppressionTests
{
    private static readonly IndicatorDefinition Activity = new()
    {
        Id = "avhoppare", Title = "Avhoppare", PriorityAreaId = "avhoppare", Measure = Measure.Count,
        Source = new IndicatorSource { Dataset = Dataset.Measurement, MeasurementKey = "avhoppare" },
        Polarity = Polarity.None, SuppressBelow = 5,
    };

    private static Observation Count(string area, int year, double value) => new()
    {
        Dataset = Dataset.Measurement, AreaId = area, Period = Period.OfYear(year), Subject = "avhoppare", Value = value,
    };

    private static ResultStatus StatusOf(IReadOnlyList<IndicatorResult> rows, string area, int year) =>
        rows.Single(r => r.AreaId == area && r.Period == Period.OfYear(year)).Status;

    [Fact]
    public void Compute_SuppressesTheSmallestSibling_WhenOneDistrictIsSuppressedAndTheCityIsShown()
    {
        // City 47 = Bromma 3 + Rinkeby-Kista 14 + Spånga-Tensta 30: Bromma alone would be 47 − 14 − 30.
        var rows = new ResultsComputer().Compute(Some.Catalog(Activity),
            [Count(Some.City, 2021, 47), Count("sdo-bromma", 2021, 3), Count("sdo-rinkeby-kista", 2021, 14), Count("sdo-spanga-tensta", 2021, 30)]);

        Assert.Equal(ResultStatus.Suppressed, StatusOf(rows, "sdo-bromma", 2021));
        Assert.Equal(ResultStatus.Suppressed, StatusOf(rows, "sdo-rinkeby-kista", 2021));
        Assert.Equal(ResultStatus.Ok, StatusOf(rows, "sdo-spanga-tensta", 2021));
        Assert.Equal(ResultStatus.Ok, StatusOf(rows, Some.City, 2021));
        Assert.Null(rows.Single(r => r.AreaId == "sdo-rinkeby-kista").Value);
    }

    [Fact]
    public void Compute_SuppressesTheMergedDistrict_WhenOneOfItsPredecessorsIsSuppressed()
    {
        // Järva 2021 is built as Rinkeby-Kista 3 + Spånga-Tensta 30; shown, it would reveal the 3.
        var rows = new ResultsComputer().Compute(Some.Catalog(Activity),
            [Count("sdo-rinkeby-kista", 2021, 3), Count("sdo-spanga-tensta", 2021, 30)]);

        Assert.Equal(ResultStatus.Suppressed, StatusOf(rows, "sdo-jarva", 2021));
    }

    [Fact]
    public void Compute_SuppressesNothingMore_WhenNoCellIsSmall()
    {
        var rows = new ResultsComputer().Compute(Some.Catalog(Activity),
            [Count(Some.City, 2021, 60), Count("sdo-bromma", 2021, 16), Count("sdo-rinkeby-kista", 2021, 14), Count("sdo-spanga-tensta", 2021, 30)]);

        Assert.DoesNotContain(rows, r => r.Status == ResultStatus.Suppressed);
    }

    /// <summary>A local agreement's monthly count of the same measurement as <see cref="Activity"/> (yearly).</summary>
    private static readonly IndicatorDefinition MonthlyActivity = Activity with { Id = "lok-avhoppare", Period = PeriodKind.Month };

    /// <summary>Bromma's 2021 months: January (3) is below the threshold of 5; the year (114) is not.</summary>
    private static readonly int[] BrommaMonths = [3, 12, 9, 7, 11, 8, 10, 6, 14, 13, 9, 12];

    private static List<Observation> Months(string area, int year, int[] values) =>
        values.Select((v, i) => new Observation
        {
            Dataset = Dataset.Measurement, AreaId = area, Period = Period.OfMonth(year, i + 1), Subject = "avhoppare", Value = v,
        }).ToList();

    [Fact]
    public void Compute_SuppressesAnotherMonth_WhenOneMonthIsSuppressedAndTheYearIsShown()
    {
        var rows = new ResultsComputer().Compute(Some.Catalog(Activity, MonthlyActivity), Months("sdo-bromma", 2021, BrommaMonths));

        var year = rows.Single(r => r.IndicatorId == "avhoppare" && r.AreaId == "sdo-bromma");
        Assert.Equal((ResultStatus.Ok, 114.0), (year.Status, year.Value));
        var bromma = rows.Where(r => r.IndicatorId == "lok-avhoppare" && r.AreaId == "sdo-bromma").ToList();
        var hidden = bromma.Where(r => r.Status == ResultStatus.Suppressed).Select(r => r.Period).ToList();
        // January is primary; August (6), the smallest published month, is suppressed with it.
        Assert.Equal([Period.OfMonth(2021, 1), Period.OfMonth(2021, 8)], hidden);

        // Try to recover January: the year minus the published months leaves January + August, two unknowns.
        var published = bromma.Where(r => r.Value is not null).Sum(r => r.Value!.Value);
        Assert.Equal(3 + 6, year.Value!.Value - published);
        Assert.All(rows.Where(r => r.Status == ResultStatus.Suppressed), r => Assert.Null(r.Value));
    }

    [Fact]
    public void Compute_HidesNoOtherMonth_WhenNoYearOfTheSameCountIsPublished()
    {
        var rows = new ResultsComputer().Compute(Some.Catalog(MonthlyActivity), Months("sdo-bromma", 2021, BrommaMonths));

        Assert.Equal(Period.OfMonth(2021, 1), Assert.Single(rows, r => r.AreaId == "sdo-bromma" && r.Status == ResultStatus.Suppressed).Period);
    }

    [Fact]
    public void Compute_SuppressesTheCitysOtherDistrictMonth_WhenAMonthHiddenForItsYearExposesASibling()
    {
        // The city's August (6 + 20 = 26) is published and Bromma's August is hidden for the year's
        // sake: then Rinkeby-Kista's August (20) would reveal it, so it is hidden too.
        var rinkeby = BrommaMonths.Select(v => v + 17).ToArray();
        var city = BrommaMonths.Zip(rinkeby, (a, b) => a + b).ToArray();
        var rows = new ResultsComputer().Compute(
            Some.Catalog(Activity, MonthlyActivity),
            [.. Months("sdo-bromma", 2021, BrommaMonths), .. Months("sdo-rinkeby-kista", 2021, rinkeby), .. Months(Some.City, 2021, city)]);

        ResultStatus Month(string area, int month) =>
            rows.Single(r => r.IndicatorId == "lok-avhoppare" && r.AreaId == area && r.Period == Period.OfMonth(2021, month)).Status;
        Assert.Equal(ResultStatus.Suppressed, Month("sdo-bromma", 1));
        Assert.Equal(ResultStatus.Suppressed, Month("sdo-rinkeby-kista", 1));
        Assert.Equal(ResultStatus.Suppressed, Month("sdo-bromma", 8));
        Assert.Equal(ResultStatus.Suppressed, Month("sdo-rinkeby-kista", 8));
        Assert.Equal(ResultStatus.Ok, Month(Some.City, 8));

        // No published cell equals a sum or difference that isolates one hidden month: every family
        // (a year and its months; the city and its districts in a month) hides none or at least two.
        foreach (var area in new[] { "sdo-bromma", "sdo-rinkeby-kista" })
        {
            var hiddenMonths = rows.Count(r => r.IndicatorId == "lok-avhoppare" && r.AreaId == area && r.Status == ResultStatus.Suppressed);
            var yearHidden = rows.Single(r => r.IndicatorId == "avhoppare" && r.AreaId == area).Status == ResultStatus.Suppressed ? 1 : 0;
            Assert.NotEqual(1, hiddenMonths + yearHidden);
        }

        for (var m = 1; m <= 12; m++)
        {
            var inMonth = new[] { "sdo-bromma", "sdo-rinkeby-kista", Some.City }.Count(a => Month(a, m) == ResultStatus.Suppressed);
            Assert.NotEqual(1, inMonth);
        }
    }
}
