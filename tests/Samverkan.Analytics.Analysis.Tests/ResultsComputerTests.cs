using Samverkan.Analytics.Analysis.Tests.Support;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Analysis.Tests;

public sealed class ResultsComputerTests
{
    private static IndicatorResult Row(IReadOnlyList<IndicatorResult> rows, string area, string period) =>
        Assert.Single(rows, r => r.AreaId == area && r.Period.ToString() == period);

    [Fact]
    public void Compute_ReportsNewcombeChange_WhenSurveyShareRoseSinceBaseline()
    {
        // Newcombe (1998b) Table II, example (a): 56/70 − 48/80 = 0.2000, method 10 CI 0.0524 to 0.3339
        // (as asserted in DescTools tests/misc.R and ratesci tests/testthat/test3.R).
        var catalog = Some.Catalog(Some.SurveyIndicator());
        var rows = new ResultsComputer().Compute(catalog, [Some.Survey("sdo-bromma", 2017, 48, 80), Some.Survey("sdo-bromma", 2020, 56, 70)]);

        var latest = Row(rows, "sdo-bromma", "2020");

        Assert.Equal(Period.OfYear(2017), latest.BaselinePeriod);
        Assert.Equal(60.0, latest.BaselineValue!.Value, 9);
        Assert.Equal(20.0, latest.Change!.Value, 9);
        Assert.Equal(5.24, latest.ChangeCiLow!.Value, 2);
        Assert.Equal(33.39, latest.ChangeCiHigh!.Value, 2);
        Assert.Equal(Verdict.Worse, latest.ChangeVerdict); // more insecure people is worse
        Assert.Equal("sak-2019", latest.AgreementId);
    }

    [Fact]
    public void Compute_AppliesPolarity_WhenHigherIsBetter()
    {
        var catalog = Some.Catalog(Some.SurveyIndicator(Polarity.HigherIsBetter));
        var rows = new ResultsComputer().Compute(catalog, [Some.Survey("sdo-bromma", 2017, 48, 80), Some.Survey("sdo-bromma", 2020, 56, 70)]);

        Assert.Equal(Verdict.Better, Row(rows, "sdo-bromma", "2020").ChangeVerdict);
    }

    [Fact]
    public void Compute_GivesSimilar_WhenTheIntervalIncludesNoChange()
    {
        // Newcombe (1998b) example (d): 5/56 − 0/29, CI −0.0381 to 0.1926: includes 0.
        var catalog = Some.Catalog(Some.SurveyIndicator(minRespondents: null));
        var rows = new ResultsComputer().Compute(catalog, [Some.Survey("sdo-bromma", 2017, 0, 29), Some.Survey("sdo-bromma", 2020, 5, 56)]);

        var latest = Row(rows, "sdo-bromma", "2020");

        Assert.Equal(-3.81, latest.ChangeCiLow!.Value, 2);
        Assert.Equal(19.26, latest.ChangeCiHigh!.Value, 2);
        Assert.Equal(Verdict.Similar, latest.ChangeVerdict);
    }

    [Fact]
    public void Compute_ReportsExactRateRatioTest_WhenCrimeCountsChanged()
    {
        // R: poisson.test(c(11, 23), c(1, 1)) gives p-value = 0.05761 and rate ratio 0.4782609.
        var catalog = Some.Catalog(Some.CrimeRate());
        var observations = Some.CrimeYear("sdo-bromma", 2018, 23).Concat(Some.CrimeYear("sdo-bromma", 2020, 11))
            .Append(Some.Population("sdo-bromma", 2018, 80_000)).Append(Some.Population("sdo-bromma", 2020, 80_000)).ToList();

        var latest = Row(new ResultsComputer().Compute(catalog, observations), "sdo-bromma", "2020");

        Assert.Equal(11 / 80_000.0 * 100_000, latest.Value!.Value, 9);
        Assert.Equal(0.4782609, latest.Change!.Value, 6);
        Assert.Equal(0.05761, latest.ChangeP!.Value, 4);
        Assert.Equal(Verdict.Similar, latest.ChangeVerdict); // p > 0.05: the CI includes 1
        Assert.Equal(Period.OfYear(2018), latest.BaselinePeriod);
        Assert.Equal(11.0, latest.Numerator);
        Assert.Equal(80_000.0, latest.Denominator);
    }

    [Fact]
    public void Compute_LeavesYearMissing_WhenAMonthIsMissing()
    {
        var catalog = Some.Catalog(Some.CrimeRate());
        var months = Some.CrimeYear("sdo-bromma", 2019, 120).Where(o => o.Period.Part != 5)
            .Append(Some.Crime("sdo-bromma", Period.OfMonth(2019, 5), null)).Append(Some.Population("sdo-bromma", 2019, 80_000)).ToList();

        var row = Row(new ResultsComputer().Compute(catalog, months), "sdo-bromma", "2019");

        Assert.Equal(ResultStatus.Missing, row.Status);
        Assert.Null(row.Value);
    }

    [Fact]
    public void Compute_LeavesYearMissing_WhenAMonthIsAbsent()
    {
        var catalog = Some.Catalog(Some.CrimeRate());
        var months = Some.CrimeYear("sdo-bromma", 2019, 120).Where(o => o.Period.Part != 5).Append(Some.Population("sdo-bromma", 2019, 80_000)).ToList();

        var row = Row(new ResultsComputer().Compute(catalog, months), "sdo-bromma", "2019");

        Assert.Equal(ResultStatus.Missing, row.Status);
    }

    [Fact]
    public void Compute_MarksPreliminary_WhenAnyMonthIsPreliminary()
    {
        var catalog = Some.Catalog(Some.CrimeRate());
        var months = Some.CrimeYear("sdo-bromma", 2025, 120, status: ObservationStatus.Preliminary).Append(Some.Population("sdo-bromma", 2025, 80_000)).ToList();

        var row = Row(new ResultsComputer().Compute(catalog, months), "sdo-bromma", "2025");

        Assert.Equal(ResultStatus.Preliminary, row.Status);
        Assert.Contains("preliminary", row.Flags);
    }

    [Fact]
    public void Compute_BuildsMergedDistrictFromItsPredecessors_WhenTheSuccessorHasNoDataYet()
    {
        var catalog = Some.Catalog(Some.CrimeRate());
        var observations = Some.CrimeYear("sdo-rinkeby-kista", 2018, 100).Concat(Some.CrimeYear("sdo-spanga-tensta", 2018, 60))
            .Concat(Some.CrimeYear("sdo-jarva", 2024, 150))
            .Append(Some.Population("sdo-rinkeby-kista", 2018, 50_000)).Append(Some.Population("sdo-spanga-tensta", 2018, 38_000))
            .Append(Some.Population("sdo-jarva", 2024, 92_000)).ToList();

        var rows = new ResultsComputer().Compute(catalog, observations);
        var jarva2018 = Row(rows, "sdo-jarva", "2018");
        var jarva2024 = Row(rows, "sdo-jarva", "2024");

        Assert.Equal(160.0, jarva2018.Numerator);
        Assert.Equal(88_000.0, jarva2018.Denominator);
        Assert.Equal(160 / 88_000.0 * 100_000, jarva2024.BaselineValue!.Value, 9);
        Assert.Equal("sak-2024", jarva2024.AgreementId);
        Assert.Equal(Period.OfYear(2018), jarva2024.BaselinePeriod); // no data for 2023: the latest before signing is 2018
        Assert.Equal(150 / 92_000.0 / (160 / 88_000.0), jarva2024.Change!.Value, 9);
    }

    [Fact]
    public void Compute_SuppressesEverythingDerived_WhenTooFewRespondents()
    {
        var catalog = Some.Catalog(Some.SurveyIndicator(minRespondents: 30));
        var rows = new ResultsComputer().Compute(catalog, [Some.Survey("sdo-bromma", 2017, 8, 25), Some.Survey("sdo-bromma", 2020, 9, 29)]);

        var row = Row(rows, "sdo-bromma", "2020");

        Assert.Equal(ResultStatus.Suppressed, row.Status);
        Assert.Null(row.Value);
        Assert.Null(row.CiLow);
        Assert.Null(row.Numerator);
        Assert.Null(row.Denominator);
        Assert.Null(row.Change);
        Assert.Equal(Verdict.NotAssessed, row.ChangeVerdict);
        Assert.Equal(TargetStatus.NotAssessed, row.TargetStatus);
    }

    [Fact]
    public void Compute_ComparesDistrictWithRestOfCity_WhenCityContainsIt()
    {
        // District 48/80 against city 300/1000: the rest of the city is 252/920. Newcombe method 10
        // for 48/80 − 252/920 = 0.3261 gives an interval well above 0, so the district is worse.
        var catalog = Some.Catalog(Some.SurveyIndicator());
        var rows = new ResultsComputer().Compute(catalog, [Some.Survey("sdo-bromma", 2017, 48, 80), Some.Survey(Some.City, 2017, 300, 1000)]);

        var row = Row(rows, "sdo-bromma", "2017");

        Assert.Equal(30.0, row.ComparatorValue!.Value, 9);
        Assert.Equal(Verdict.Worse, row.ComparatorVerdict);
        Assert.Equal(Verdict.NotAssessed, Row(rows, Some.City, "2017").ComparatorVerdict);
    }

    [Fact]
    public void Compute_UsesTheDeliveredYear_WhenAYearAndItsMonthsAreBothStored()
    {
        // BRÅ's yearly municipality file (a year) and a Solwebb export (its months) of the same
        // category: the year is 100 offences, the months add up to 120; never 220.
        var catalog = Some.Catalog(Some.CrimeRate());
        var months = Enumerable.Range(1, 12).Select(m => Some.Crime("sdo-bromma", Period.OfMonth(2021, m), 10));
        var rows = new ResultsComputer().Compute(catalog, [Some.Crime("sdo-bromma", Period.OfYear(2021), 100), .. months, Some.Population("sdo-bromma", 2021, 100_000)]);

        Assert.Equal(100.0, Row(rows, "sdo-bromma", "2021").Numerator);
    }

    [Theory]
    [InlineData(0.95, Verdict.Worse)]
    [InlineData(0.998, Verdict.Similar)]
    public void Compute_ComparesWithTheCityAtTheIndicatorsLevel_WhenTheBenchmarkLiesBetweenThe95And998Limits(double confidence, Verdict expected)
    {
        // Fingertips' two-level rule (comparator 17) for an area not nested in the city (a local police
        // area that covers Lidingö): the city's 25 % lies below the 95 % Wilson interval of 81/263, 0.2553 to 0.3662
        // (Newcombe 1998a, example (a)), but inside the wider 99.8 % interval (lower limit 0.2280 by
        // the Wilson formula with z = 3.0902). The indicator's level decides which split is reported.
        var catalog = Some.Catalog(Some.SurveyIndicator() with { Confidence = confidence });
        var rows = new ResultsComputer().Compute(catalog, [Some.Survey("lpo-norrmalm", 2017, 81, 263), Some.Survey(Some.City, 2017, 250, 1000)]);

        var row = Row(rows, "lpo-norrmalm", "2017");

        Assert.Equal(25.0, row.ComparatorValue!.Value, 9);
        Assert.Equal(expected, row.ComparatorVerdict); // lower is better: higher than the city is worse
        if (confidence == 0.95)
        {
            Assert.Equal(25.53, row.CiLow!.Value, 2);
            Assert.Equal(36.62, row.CiHigh!.Value, 2);
        }
    }

    [Theory]
    // PHEindicatormethods' funnel test data (tests/testthat/testdata_funnel_prop_outputs.csv, row
    // "1008"): around the benchmark 80.642448 % with 1008 in the denominator, the 95 % limits are
    // 78.203374–83.081521 and the 99.8 % limits 76.796814–84.488082. A value outside the limits is
    // exactly a benchmark outside the value's Wilson interval (methods.md §3.3), so Fingertips'
    // comparator 17 gives: 780/1008 = 77.38 % between the two lower limits → lower at 95 % only;
    // 770/1008 = 76.39 % below both → lower at both levels; 790/1008 = 78.37 % inside → similar.
    [InlineData(780, Verdict.Better, Verdict.Similar)]
    [InlineData(770, Verdict.Better, Verdict.Better)]
    [InlineData(790, Verdict.Similar, Verdict.Similar)]
    [InlineData(826, Verdict.Similar, Verdict.Similar)] // 81.94 %: inside 95 % upper limit 83.08
    [InlineData(840, Verdict.Worse, Verdict.Similar)]   // 83.33 %: between 83.08 and 84.49
    [InlineData(855, Verdict.Worse, Verdict.Worse)]     // 84.82 %: above 84.49
    public void Compute_ComparesWithTheCityAtBothLevels_WhenPheFunnelLimitsSplitThem(double positive, Verdict at95, Verdict at998)
    {
        foreach (var confidence in new[] { 0.95, 0.998 })
        {
            var catalog = Some.Catalog(Some.SurveyIndicator() with { Confidence = confidence });
            var rows = new ResultsComputer().Compute(catalog, [Some.Survey("lpo-norrmalm", 2017, positive, 1008), Some.Survey(Some.City, 2017, 80_642.448, 100_000)]);

            var row = Row(rows, "lpo-norrmalm", "2017");

            // Both levels whatever the indicator's own; comparator_verdict (DESIGN §4.4) stays at its own.
            Assert.Equal(at95, row.ComparatorVerdict95);
            Assert.Equal(at998, row.ComparatorVerdict998);
            Assert.Equal(confidence == 0.95 ? at95 : at998, row.ComparatorVerdict);
        }
    }

    [Fact]
    public void Compute_TestsBothLevelsAgainstTheRestOfTheCity_WhenTheAreaIsADistrict()
    {
        // A district is compared with the rest of the city by the two-sample test at each level:
        // 81/263 against 169/737, Newcombe's method 10 (tested in Core against Newcombe 1998b) gives
        // 0.017 to 0.144 at 95 % (worse) and −0.016 to 0.182 at 99.8 % (similar).
        var catalog = Some.Catalog(Some.SurveyIndicator());
        var rows = new ResultsComputer().Compute(catalog, [Some.Survey("sdo-bromma", 2017, 81, 263), Some.Survey(Some.City, 2017, 250, 1000)]);

        var row = Row(rows, "sdo-bromma", "2017");

        Assert.Equal(Verdict.Worse, row.ComparatorVerdict);
        Assert.Equal(row.ComparatorVerdict, row.ComparatorVerdict95);
        Assert.Equal(Verdict.Similar, row.ComparatorVerdict998);
        Assert.Equal((Verdict.Worse, false), ComparatorLevels.Of(row));
    }

    [Fact]
    public void Compute_TestsALocalPoliceAreaOfWholeCityDistrictsAgainstTheRestOfTheCity_LikeTheDistrictWithTheSameFigures()
    {
        // The sample data's robberies 2021: Järva 143 per 89 921 inhabitants (the district and the
        // local police area made of it), the city 1 182 per 972 733, so the rest of the city has 1 039
        // per 882 812. The exact conditional test (R poisson.test, methods.md §4.2, central
        // Clopper–Pearson limits for 143 of 1 182 with π₀ = 89 921 / 972 733) gives the rate ratio
        // 1.3512 with the 99.8 % interval 1.0121–1.7717 (95 %: 1.1265–1.6108), wholly above 1: worse at
        // both levels. Treating the city as a fixed benchmark instead would have called the police
        // area similar at 99.8 %, because the city's 121.51 lies inside Järva's own 99.8 % Byar's
        // interval (lower limit 121.06), though the city contains Järva.
        var catalog = Some.Catalog(Some.CrimeRate() with { Confidence = 0.998 });
        var crime = new[] { "sdo-rinkeby-kista", "sdo-spanga-tensta" }.Select(d => Some.Crime(d, Period.OfYear(2021), d == "sdo-rinkeby-kista" ? 84 : 59));
        var rows = new ResultsComputer().Compute(catalog,
        [
            .. crime,
            Some.Crime(Some.City, Period.OfYear(2021), 1182),
            Some.Population("sdo-rinkeby-kista", 2021, 51_289),
            Some.Population("sdo-spanga-tensta", 2021, 38_632),
            Some.Population(Some.City, 2021, 972_733),
        ]);

        var police = Row(rows, "lpo-jarva", "2021");
        var district = Row(rows, "sdo-jarva", "2021");

        Assert.Equal((143.0, 89_921.0), (police.Numerator, police.Denominator));
        Assert.Equal(Verdict.Worse, police.ComparatorVerdict998);
        Assert.Equal(Verdict.Worse, police.ComparatorVerdict95);
        Assert.Equal(Verdict.Worse, police.ComparatorVerdict);
        Assert.Equal((district.ComparatorVerdict95, district.ComparatorVerdict998), (police.ComparatorVerdict95, police.ComparatorVerdict998));
    }

    [Fact]
    public void Compute_SetsTargetFromBaseline_WhenTargetIsRelative()
    {
        var target = new IndicatorTarget { Year = 2025, RelativeChange = -0.5, AgreementId = "sak-2019" };
        var catalog = Some.Catalog(Some.SurveyIndicator(target: target));
        var rows = new ResultsComputer().Compute(catalog, [Some.Survey("sdo-bromma", 2017, 200, 1000), Some.Survey("sdo-bromma", 2020, 100, 1000)]);

        var row = Row(rows, "sdo-bromma", "2020");

        Assert.Equal(10.0, row.TargetValue!.Value, 9);
        Assert.Equal(2025, row.TargetYear);
        // Path: 20 % in 2017 to 10 % in 2025, so −3.75 pp expected by 2020; the change −10 pp has a CI wholly below it.
        Assert.Equal(TargetStatus.OnTrack, row.TargetStatus);
    }

    [Fact]
    public void Compute_SaysTooFewPoints_WhenSeriesIsShort()
    {
        var catalog = Some.Catalog(Some.SurveyIndicator());
        var rows = new ResultsComputer().Compute(catalog, [Some.Survey("sdo-bromma", 2017, 48, 80), Some.Survey("sdo-bromma", 2020, 56, 70)]);

        var row = Row(rows, "sdo-bromma", "2020");

        Assert.Null(row.TrendMethod);
        Assert.Equal(2, row.TrendN);
        Assert.Equal(TrendVerdict.NotAssessed, row.TrendVerdict);
    }

    [Fact]
    public void Compute_FlagsRevised_WhenAMonthWasRevised()
    {
        var catalog = Some.Catalog(Some.CrimeRate());
        var months = Some.CrimeYear("sdo-bromma", 2021, 120)
            .Select(o => o.Period.Part == 3 ? o with { Revised = true } : o)
            .Append(Some.Population("sdo-bromma", 2021, 80_000)).ToList();

        var rows = new ResultsComputer().Compute(catalog, months);

        Assert.Contains("revised", Row(rows, "sdo-bromma", "2021").Flags);
        Assert.DoesNotContain(rows, r => r.AreaId == "sdo-bromma" && r.Flags.Contains("preliminary"));
    }
}
