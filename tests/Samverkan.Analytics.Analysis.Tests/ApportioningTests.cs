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
        Assert.Equal(ResultStatus.Ok, lpo2024.Status); // whole districts add up exactly: not an estimate
        Assert.NotEqual(Verdict.NotAssessed, lpo2024.ChangeVerdict);
    }

    [Fact]
    public void Compute_WeighsSplitDistricts_WhenPoliceAreaCoversPartOfADistrict()
    {
        // 2018 gives a baseline, so only the split makes the change untested.
        var observations = Some.CrimeYear("sdo-bromma", 2018, 400).Concat(Some.CrimeYear("sdo-bromma", 2021, 120))
            .Append(Some.Population("sdo-bromma", 2018, 80_000)).Append(Some.Population("sdo-bromma", 2021, 80_000)).ToList();

        var rows = new ResultsComputer().Compute(Some.Catalog(Some.CrimeRate()), observations);
        var row = rows.Single(r => r.AreaId == "lpo-vallingby" && r.Period.Year == 2021);

        Assert.Equal(Verdict.Better, rows.Single(r => r.AreaId == "sdo-bromma" && r.Period.Year == 2021).ChangeVerdict);
        Assert.NotNull(row.Change);

        Assert.Equal(60.0, row.Numerator);
        Assert.Equal(40_000.0, row.Denominator);
        Assert.Equal(ResultStatus.Estimate, row.Status); // half a district is an estimate ...
        Assert.Contains("estimate", row.Flags);
        Assert.Equal(Verdict.NotAssessed, row.ChangeVerdict); // ... and gets no significance tests
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
