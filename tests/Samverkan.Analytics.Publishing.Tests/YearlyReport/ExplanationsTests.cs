using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.YearlyReport;

namespace Samverkan.Analytics.Publishing.Tests.YearlyReport;

public sealed class ExplanationsTests
{
    private static readonly IndicatorResult RinkebyKista2023 = new()
    {
        IndicatorId = "otrygg-ute-sen-kvall", AreaId = ReportFixtures.RinkebyKista, Period = Period.OfYear(2023),
        Value = 14.000000000000002, CiLow = 11.7, CiHigh = 16.7,
        BaselinePeriod = Period.OfYear(2017), BaselineValue = 25.323910482921086,
        Change = -11.32, ChangeCiLow = -15.13, ChangeCiHigh = -7.46, ChangeVerdict = Verdict.Better,
    };

    [Fact]
    public void Change_SaysTheDecreaseIsSignificant_WhenTheVerdictIsBetter()
    {
        var text = Explanations.Change(ReportFixtures.Otrygg(), "Rinkeby-Kista", RinkebyKista2023);

        Assert.Equal(
            "I Rinkeby-Kista har andelen minskat från 25,3\u00A0% (2017) till 14,0\u00A0% (2023); minskningen är statistiskt säkerställd, en förbättring.",
            text);
    }

    [Fact]
    public void Change_SaysTheChangeIsNotSignificant_WhenTheVerdictIsSimilar()
    {
        var row = RinkebyKista2023 with { Value = 26.1, ChangeVerdict = Verdict.Similar };

        var text = Explanations.Change(ReportFixtures.Otrygg(), "Rinkeby-Kista", row);

        Assert.Equal("I Rinkeby-Kista har andelen ökat från 25,3\u00A0% (2017) till 26,1\u00A0% (2023); ökningen är inte statistiskt säkerställd.", text);
    }

    [Fact]
    public void Change_NeverCallsAChangeBetter_WhenTheIndicatorHasNoPolarity()
    {
        var row = new IndicatorResult
        {
            IndicatorId = "narkotikabrott", AreaId = ReportFixtures.City, Period = Period.OfYear(2023), Value = 1367.888,
            BaselinePeriod = Period.OfYear(2018), BaselineValue = 1174.665, Change = 1.164, ChangeVerdict = Verdict.Higher,
        };

        var text = Explanations.Change(ReportFixtures.Narkotika, "hela staden", row);

        Assert.Equal(
            "I hela staden har antalet per 100\u00A0000 invånare ökat från 1\u00A0175 (2018) till 1\u00A0368 (2023); " +
            "ökningen är statistiskt säkerställd; indikatorn bedöms varken som bättre eller sämre.",
            text);
    }

    [Fact]
    public void Change_ShowsNoNumber_WhenTheRowIsSuppressed()
    {
        var row = new IndicatorResult { IndicatorId = "avhoppare-i-program", AreaId = ReportFixtures.Farsta, Period = Period.OfYear(2024), Status = ResultStatus.Suppressed };

        var text = Explanations.Change(ReportFixtures.Avhoppare, "Farsta", row);

        Assert.Equal("Uppgiften för Farsta 2024 visas inte: antalet är så litet att enskilda personer skulle kunna pekas ut.", text);
        Assert.DoesNotMatch(@"\d+,\d", text);
    }

    [Fact]
    public void Change_SaysEstimatesAreNotTested_WhenTheRowIsAnEstimate()
    {
        var row = RinkebyKista2023 with { Status = ResultStatus.Estimate, Flags = ["estimate"], ChangeVerdict = Verdict.NotAssessed };

        var text = Explanations.Change(ReportFixtures.Otrygg(), "Farsta (lokalpolisområde)", row);

        Assert.EndsWith("14,0\u00A0% (2023, skattning); värdena är skattningar och förändringen prövas inte statistiskt.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TargetStatus.OnTrack, "Målet är 12,7\u00A0% till 2025; utvecklingen är på väg mot målet.")]
    [InlineData(TargetStatus.OffTrack, "Målet är 12,7\u00A0% till 2025; utvecklingen är inte på väg mot målet.")]
    [InlineData(TargetStatus.Uncertain, "Målet är 12,7\u00A0% till 2025; det är osäkert om målet nås.")]
    [InlineData(TargetStatus.Met, "Målet är 12,7\u00A0% till 2025; målet är uppnått.")]
    public void Target_SaysWhereTheAreaStands_WhenTheRowHasATarget(TargetStatus status, string expected)
    {
        var row = RinkebyKista2023 with { TargetValue = 12.66195, TargetYear = 2025, TargetStatus = status };

        Assert.Equal(expected, Explanations.Target(ReportFixtures.Otrygg(), row));
    }

    [Fact]
    public void Trend_SaysNothing_WhenNoTrendWasTested()
    {
        Assert.Null(Explanations.Trend(RinkebyKista2023));
        Assert.Equal(
            "Trenden över de senaste 5 mätningarna är en statistiskt säkerställd förbättring.",
            Explanations.Trend(RinkebyKista2023 with { TrendN = 5, TrendVerdict = TrendVerdict.Improving }));
    }
}
