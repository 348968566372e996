using Samverkan.Analytics.Analysis.Tests.Support;
using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Analysis.Tests;

public sealed class ApportioningTests
{
    [Fact]
    public void Compute_ApportionsPoliceAreaFromDistricts_InEachPublishersGeography()
    {
        var observations = Some.CrimeYear("sdo-rinkeby-kista", 2023, 100).Concat(Some.CrimeYear("sdo-spanga-tensta", 2023, 60))
            .Concat(Some.CrimeYear("sdo-jarva", 2024, 150))
            .Append(Some.Population("sdo-rinkeby-kista", 2023, 50_000)).Append(Some.Population("sdo-spanga-tensta", 2023, 40_000))
            .Append(Some.Population("sdo-jarva", 2024, 92_000)).ToList();

        var rows = new ResultsComputer().Compute(Some.Catalog(Some.CrimeRate()), observations);
        var lpo2023 = rows.Single(r => r.AreaId == "lpo-jarva" && r.Period.Year == 2023);
        var lpo2024 = rows.Single(r => r.AreaId == "lpo-jarva" && r.Period.Year == 2024);

        Assert.Equal(160.0, lpo2023.Numerator); // Rinkeby-Kista + Spånga-Tensta (BRÅ still uses them in 2023)
        Assert.Equal(90_000.0, lpo2023.Denominator);
        Assert.Equal(150.0, lpo2024.Numerator); // Järva
        Assert.Equal(ResultStatus.Estimate, lpo2024.Status);
        Assert.Contains("estimate", lpo2024.Flags);
        Assert.Equal(Verdict.NotAssessed, lpo2024.ChangeVerdict); // apportioned values get no significance tests
    }

    [Fact]
    public void Compute_WeighsSplitDistricts_WhenPoliceAreaCoversPartOfADistrict()
    {
        var observations = Some.CrimeYear("sdo-bromma", 2021, 120).Append(Some.Population("sdo-bromma", 2021, 80_000)).ToList();

        var row = new ResultsComputer().Compute(Some.Catalog(Some.CrimeRate()), observations).Single(r => r.AreaId == "lpo-vallingby");

        Assert.Equal(60.0, row.Numerator);
        Assert.Equal(40_000.0, row.Denominator);
    }

    [Fact]
    public void Compute_DoesNotApportion_WhenAPartOfThePoliceAreaHasNoData()
    {
        // Spånga-Tensta is missing in 2023 and Järva (its successor) has no 2023 data either.
        var observations = Some.CrimeYear("sdo-rinkeby-kista", 2023, 100).Append(Some.Population("sdo-rinkeby-kista", 2023, 50_000)).ToList();

        var rows = new ResultsComputer().Compute(Some.Catalog(Some.CrimeRate()), observations);

        Assert.DoesNotContain(rows, r => r.AreaId == "lpo-jarva");
    }
}
