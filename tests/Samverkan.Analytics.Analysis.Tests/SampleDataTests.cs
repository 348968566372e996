using Samverkan.Analytics.Analysis.Tests.Support;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Analysis.Tests;

/// <summary>The real catalogue's mergers and disclosure rules on the shipped sample data.</summary>
public sealed class SampleDataTests
{
    private static IndicatorResult Row(string indicator, string area, string period) =>
        Assert.Single(SampleData.Results, r => r.IndicatorId == indicator && r.AreaId == area && r.Period.ToString() == period);

    private static double Count(string area, int year, string category) => SampleData.Observations
        .Where(o => o.Dataset == Dataset.Crime && o.AreaId == area && o.Period.Year == year && o.Subject == category)
        .Sum(o => o.Value ?? 0);

    [Theory]
    [InlineData("sdo-jarva", "sdo-rinkeby-kista", "sdo-spanga-tensta", 2018)]
    [InlineData("sdo-hagersten-alvsjo", "sdo-hagersten-liljeholmen", "sdo-alvsjo", 2019)]
    [InlineData("sdo-norra-innerstaden", "sdo-norrmalm", "sdo-ostermalm", 2018)]
    public void MergedDistrict_HasBaselineFromItsPredecessors_OnTheRealMergers(string successor, string first, string second, int year)
    {
        var row = Row("ran", successor, year.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(Count(first, year, "ran") + Count(second, year, "ran"), row.Numerator);
        Assert.Equal(ResultStatus.Ok, row.Status);
    }

    [Fact]
    public void MergedDistrict_IsComparedWithItsHarmonisedBaseline_AfterTheMerger()
    {
        var row = Row("ran", "sdo-jarva", "2023");

        Assert.Equal(Period.OfYear(2018), row.BaselinePeriod);
        Assert.NotNull(row.Change);
        Assert.NotEqual(Verdict.NotAssessed, row.ChangeVerdict);
    }

    [Fact]
    public void SuppressedCell_CannotBeRecoveredFromAnyOtherRow()
    {
        // For every suppressed cell: the city minus the other published districts of the same
        // geography must not be computable, and no aggregate that contains it (a merged district,
        // a local police area) may be shown.
        var catalog = SampleData.Catalog;
        var byKey = SampleData.Results.ToDictionary(r => (r.IndicatorId, r.AreaId, r.Period));
        var suppressed = SampleData.Results.Where(r => r.Status == ResultStatus.Suppressed).ToList();
        Assert.NotEmpty(suppressed); // the sample data has small activity counts on purpose

        foreach (var hidden in suppressed)
        {
            var area = catalog.Areas.Find(hidden.AreaId)!;
            IndicatorResult? At(string areaId) => byKey.GetValueOrDefault((hidden.IndicatorId, areaId, hidden.Period));
            bool IsBuiltFromPredecessors(Area a) => catalog.Areas.PredecessorsOf(a.Id) is { Count: > 0 } p && p.All(x => At(x.Id) is not null);

            if (area.Kind == AreaKind.District && !IsBuiltFromPredecessors(area) && At(catalog.CityAreaId) is { Value: not null })
            {
                var siblings = catalog.Areas.ChildrenOf(catalog.CityAreaId)
                    .Where(a => a.Kind == AreaKind.District && a.Id != area.Id && At(a.Id) is not null && !IsBuiltFromPredecessors(a))
                    .Select(a => At(a.Id)!)
                    .ToList();
                Assert.True(siblings.Any(s => s.Status == ResultStatus.Suppressed),
                    $"{hidden.IndicatorId} {hidden.AreaId} {hidden.Period} = city − {siblings.Count} published districts");
            }

            // A merged district built from its predecessors is not itself a part of anything.
            var aggregates = IsBuiltFromPredecessors(area) ? []
                : catalog.Areas.Overlaps.Where(o => o.DistrictId == area.Id).Select(o => o.LocalPoliceAreaId)
                    .Concat(area.SuccessorId is { } s ? [s] : []);
            foreach (var aggregate in aggregates)
            {
                Assert.True(At(aggregate) is null or { Value: null }, $"{hidden.IndicatorId} {hidden.Period}: {aggregate} reveals {hidden.AreaId}");
            }
        }
    }

    [Fact]
    public void EveryColumn_IsFilledSomewhere_ForTheSampleCatalogue()
    {
        var rows = SampleData.Results;

        Assert.Contains(rows, r => r.ChangeP is not null);
        Assert.Contains(rows, r => r.ChangeCiLow is not null);
        Assert.Contains(rows, r => r.ComparatorVerdict is Verdict.Better or Verdict.Worse);
        Assert.Contains(rows, r => r.TrendMethod == "fingertips-recent");
        Assert.Contains(rows, r => r.TrendSlope is not null && r.TrendP is not null && r.TrendStatistic is not null);
        Assert.Contains(rows, r => r.TargetStatus != TargetStatus.NotAssessed);
        Assert.Contains(rows, r => r.Status == ResultStatus.Estimate);
        Assert.Contains(rows, r => r.Status == ResultStatus.Preliminary);
        Assert.Contains(rows, r => r.Flags.Count > 0);
    }
}
