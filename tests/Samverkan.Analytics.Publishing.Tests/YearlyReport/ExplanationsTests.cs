using Samverkan.Analytics.Core.Explanations;
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
    public void Change_IsCoresSentenceWithTheVerdict_WhenTheVerdictIsBetter()
    {
        var indicator = ReportFixtures.Otrygg();

        var text = Explanations.Change(indicator, "Rinkeby-Kista", RinkebyKista2023);

        // The city's published figures (domain.md §4.1): 25,3 % in 2017, 14,0 % in 2023.
        // Core's sentence (no-break spaces between numbers and units, as everywhere) and the verdict.
        Assert.Equal(ResultExplanations.Change(indicator, "Rinkeby-Kista", RinkebyKista2023) + " Det är en förbättring.", text);
        Assert.Matches(@"i Rinkeby-Kista har minskat från 25,3\s%\s\(2017\) till 14,0\s%\s\(2023\); minskningen är statistiskt säkerställd \(95\s%\)\. Det är en förbättring\.$", text);
    }

    [Fact]
    public void Change_AddsNoVerdict_WhenTheChangeIsNotSignificant()
    {
        var row = RinkebyKista2023 with { Value = 26.1, ChangeVerdict = Verdict.Similar };

        var text = Explanations.Change(ReportFixtures.Otrygg(), "Rinkeby-Kista", row);

        Assert.Matches(@"har ökat från 25,3\s%\s\(2017\) till 26,1\s%\s\(2023\); förändringen är inte statistiskt säkerställd \(95\s%\)\.$", text);
        Assert.DoesNotContain("förbättring", text, StringComparison.Ordinal);
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

        Assert.Contains("ökningen är statistiskt säkerställd", text, StringComparison.Ordinal);
        Assert.EndsWith("Indikatorn bedöms varken som bättre eller sämre.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("förbättring", text, StringComparison.Ordinal);
        Assert.DoesNotContain("försämring", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Change_ShowsNoNumber_WhenTheRowIsSuppressed()
    {
        var row = new IndicatorResult { IndicatorId = "avhoppare-i-program", AreaId = ReportFixtures.Farsta, Period = Period.OfYear(2024), Status = ResultStatus.Suppressed };

        var text = Explanations.Change(ReportFixtures.Avhoppare, "Farsta", row);

        Assert.Contains("i Farsta 2024 redovisas inte", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d+,\d", text);
    }

    [Fact]
    public void Change_SaysEstimatesAreNotTested_WhenTheRowIsAnEstimate()
    {
        var row = RinkebyKista2023 with { Status = ResultStatus.Estimate, Flags = ["estimate"], ChangeVerdict = Verdict.NotAssessed };

        var text = Explanations.Change(ReportFixtures.Otrygg(), "Farsta (lokalpolisområde)", row);

        Assert.Contains("värdet är en skattning", text, StringComparison.Ordinal);
        Assert.Contains("förändringen prövas inte statistiskt", text, StringComparison.Ordinal);
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
    public void Comparison_IsCoresTwoLevelSentence_WhenTheAreaDiffersAt95Only()
    {
        var row = RinkebyKista2023 with { ComparatorValue = 20.1, ComparatorVerdict = Verdict.Better, ComparatorVerdict95 = Verdict.Better, ComparatorVerdict998 = Verdict.Similar };

        var text = Explanations.Describe(ReportFixtures.Otrygg(), "Rinkeby-Kista", row, isCity: false);

        Assert.Contains(ResultExplanations.Comparison(ReportFixtures.Otrygg(), "Rinkeby-Kista", row)!, text, StringComparison.Ordinal);
        Assert.Contains("statistiskt säkerställd (95 %) men inte på 99,8 %-nivån", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Trend_SaysNothing_WhenNoTrendWasTested_ElseCoresSentence()
    {
        var improving = RinkebyKista2023 with { TrendN = 5, TrendVerdict = TrendVerdict.Improving, TrendSlope = -1.2, TrendMethod = "mann-kendall" };

        Assert.Null(Explanations.Trend(RinkebyKista2023));
        Assert.Equal(ResultExplanations.Trend(improving), Explanations.Trend(improving));
        Assert.Equal("Trenden är sjunkande och statistiskt säkerställd (Mann–Kendall).", Explanations.Trend(improving));
    }
}
