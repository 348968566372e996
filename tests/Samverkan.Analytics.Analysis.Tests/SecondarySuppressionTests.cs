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
}
