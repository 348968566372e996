using Samverkan.Analytics.Core.Explanations;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Core.Tests.Explanations;

public sealed class ResultExplanationsTests
{
    private static readonly IndicatorDefinition Otrygga = new()
    {
        Id = "otrygg", Title = "Otrygga ute sent på kvällen", PriorityAreaId = "overgripande", Measure = Measure.Proportion,
        Source = new IndicatorSource { Dataset = Dataset.Survey }, Multiplier = 100, Unit = "%",
    };

    private static readonly IndicatorDefinition Ran = new()
    {
        Id = "ran", Title = "Anmälda rån", PriorityAreaId = "unga-i-risk", Measure = Measure.Rate,
        Source = new IndicatorSource { Dataset = Dataset.Crime }, Multiplier = 100_000, Unit = "per 100 000 inv.",
    };

    private static IndicatorResult Row(int year, double? value, double? baseline, Verdict verdict, ResultStatus status = ResultStatus.Ok) => new()
    {
        IndicatorId = "otrygg", AreaId = "sdo-jarva", Period = Period.OfYear(year), Value = value, Status = status,
        BaselinePeriod = Period.OfYear(2017), BaselineValue = baseline, Change = value - baseline, ChangeVerdict = verdict,
    };

    [Fact]
    public void Change_SaysDecreaseIsSignificant_WhenVerdictIsBetter()
    {
        var text = ResultExplanations.Change(Otrygga, "Järva", Row(2023, 13.957, 22.625, Verdict.Better));

        Assert.Equal("Otrygga ute sent på kvällen i Järva har minskat från 22,6\u00A0% (2017) till 14,0\u00A0% (2023); minskningen är statistiskt säkerställd (95\u00A0%).", text);
    }

    [Fact]
    public void Change_SaysNotSignificant_WhenIntervalIncludesNoChange()
    {
        var text = ResultExplanations.Change(Otrygga, "Bromma", Row(2020, 5.6, 4.7, Verdict.Similar));

        Assert.EndsWith("har ökat från 4,7\u00A0% (2017) till 5,6\u00A0% (2020); förändringen är inte statistiskt säkerställd (95\u00A0%).", text);
    }

    [Fact]
    public void Change_UsesSwedishThousandsAndUnit_ForRates()
    {
        var row = Row(2023, 3514.38, 4157.46, Verdict.Better) with { BaselinePeriod = Period.OfYear(2018) };

        var text = ResultExplanations.Change(Ran with { Confidence = 0.998 }, "Järva", row);

        Assert.Contains("från 4\u00A0157\u00A0per 100 000 inv. (2018) till 3\u00A0514\u00A0per 100 000 inv. (2023)", text);
        Assert.EndsWith("minskningen är statistiskt säkerställd (99,8\u00A0%).", text);
    }

    [Fact]
    public void Change_ShowsNoNumber_WhenSuppressed()
    {
        var text = ResultExplanations.Change(Otrygga, "Bromma", Row(2023, null, null, Verdict.NotAssessed, ResultStatus.Suppressed));

        Assert.Equal("Otrygga ute sent på kvällen i Bromma 2023 redovisas inte: för få svar eller fall för att visa värdet utan att röja enskilda.", text);
        Assert.DoesNotMatch(@"\d,\d", text);
    }

    [Fact]
    public void Change_SaysEstimateIsNotTested_WhenApportioned()
    {
        var text = ResultExplanations.Change(Ran, "Globen", Row(2023, 120.4, 130, Verdict.NotAssessed, ResultStatus.Estimate));

        Assert.Contains("skattning", text, StringComparison.Ordinal);
        Assert.Contains("prövas inte statistiskt", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Trend_SaysTooFewPoints_WhenSeriesIsShort()
    {
        var row = Row(2023, 14, 22, Verdict.Better) with { TrendN = 3, TrendVerdict = TrendVerdict.NotAssessed };

        Assert.Equal("För få mätpunkter för att bedöma en trend (3 av minst 5).", ResultExplanations.Trend(row));
    }

    private static IndicatorResult Compared(Verdict own, Verdict at95, Verdict at998) =>
        Row(2023, 23.4, 22.6, Verdict.Similar) with { ComparatorValue = 18.26, ComparatorVerdict = own, ComparatorVerdict95 = at95, ComparatorVerdict998 = at998 };

    [Fact]
    public void Comparison_SaysDifferentAt95ButNot998_WhenOnlyThe95LevelSplits()
    {
        var text = ResultExplanations.Comparison(Otrygga, "Järva", Compared(Verdict.Worse, Verdict.Worse, Verdict.Similar));

        Assert.Equal("Järva ligger sämre till än staden som helhet (18,3\u00A0%) 2023; skillnaden är statistiskt säkerställd (95 %) men inte på 99,8 %-nivån.", text);
    }

    [Fact]
    public void Comparison_SaysAlsoAt998_WhenBothLevelsSplit()
    {
        var text = ResultExplanations.Comparison(Otrygga, "Järva", Compared(Verdict.Better, Verdict.Better, Verdict.Better));

        Assert.Equal("Järva ligger bättre till än staden som helhet (18,3\u00A0%) 2023; skillnaden är statistiskt säkerställd och Järva skiljer sig även på 99,8 %-nivån.", text);
    }

    [Fact]
    public void Comparison_SaysNotDifferentAt95_WhenSimilar()
    {
        var text = ResultExplanations.Comparison(Otrygga, "Bromma", Compared(Verdict.Similar, Verdict.Similar, Verdict.Similar));

        Assert.Equal("Skillnaden mellan Bromma och staden som helhet (18,3\u00A0%) 2023 är inte statistiskt säkerställd (95\u00A0%).", text);
    }

    [Fact]
    public void Comparison_UsesTheIndicatorsLevel_WhenTheRowHasNoTwoLevels()
    {
        // A run stored before the two levels were kept: only comparator_verdict, at the indicator's level.
        var text = ResultExplanations.Comparison(Ran with { Confidence = 0.998 }, "Järva", Compared(Verdict.Higher, Verdict.NotAssessed, Verdict.NotAssessed));

        Assert.EndsWith("har ett högre värde än staden som helhet (18\u00A0per 100 000 inv.) 2023; skillnaden är statistiskt säkerställd (99,8\u00A0%).", text);
    }

    [Fact]
    public void Comparison_IsNull_WhenSuppressedOrNotAssessed()
    {
        Assert.Null(ResultExplanations.Comparison(Otrygga, "Bromma", Compared(Verdict.NotAssessed, Verdict.NotAssessed, Verdict.NotAssessed)));
        Assert.Null(ResultExplanations.Comparison(Otrygga, "Bromma", Row(2023, null, null, Verdict.NotAssessed, ResultStatus.Suppressed) with { ComparatorVerdict95 = Verdict.Worse }));
    }

    // Local agreements' own indicators as titled in data-samples/catalog/agreement.yaml (lok-farsta, lok-jarva):
    // the same measure in every area it is computed for, so every sentence says the area once, after "i".
    [Theory]
    [InlineData("Ofta oroliga för att utsättas för brott, Farsta", "lok-farsta", "Farsta",
        "Ofta oroliga för att utsättas för brott i Farsta har minskat från 22,6 % (2017) till 14,0 % (2023); minskningen är statistiskt säkerställd (95 %).")]
    [InlineData("Ofta oroliga för att utsättas för brott, Farsta", "lok-farsta", "Farsta (lokalpolisområde)",
        "Ofta oroliga för att utsättas för brott i Farsta (lokalpolisområde) har minskat från 22,6 % (2017) till 14,0 % (2023); minskningen är statistiskt säkerställd (95 %).")]
    [InlineData("Ofta oroliga för att utsättas för brott, Farsta", "lok-farsta", "Järva",
        "Ofta oroliga för att utsättas för brott i Järva har minskat från 22,6 % (2017) till 14,0 % (2023); minskningen är statistiskt säkerställd (95 %).")]
    [InlineData("Ofta oroliga för att utsättas för brott, Farsta", "lok-farsta", "hela staden",
        "Ofta oroliga för att utsättas för brott i hela staden har minskat från 22,6 % (2017) till 14,0 % (2023); minskningen är statistiskt säkerställd (95 %).")]
    [InlineData("Trygga ute sent en kväll i det egna bostadsområdet, Järva (polisens mätning)", "lok-jarva", "Järva",
        "Trygga ute sent en kväll i det egna bostadsområdet (polisens mätning) i Järva har minskat från 22,6 % (2017) till 14,0 % (2023); minskningen är statistiskt säkerställd (95 %).")]
    [InlineData("Trygga ute sent en kväll i det egna bostadsområdet, Järva (polisens mätning)", "lok-jarva", "Farsta",
        "Trygga ute sent en kväll i det egna bostadsområdet (polisens mätning) i Farsta har minskat från 22,6 % (2017) till 14,0 % (2023); minskningen är statistiskt säkerställd (95 %).")]
    [InlineData("Trygga ute sent en kväll i det egna bostadsområdet, Järva (polisens mätning)", "lok-jarva", "hela staden",
        "Trygga ute sent en kväll i det egna bostadsområdet (polisens mätning) i hela staden har minskat från 22,6 % (2017) till 14,0 % (2023); minskningen är statistiskt säkerställd (95 %).")]
    [InlineData("Andel i Hägersten, Älvsjö", "lok-hagersten-alvsjo", "hela staden",
        "Andel i Hägersten, Älvsjö i hela staden har minskat från 22,6 % (2017) till 14,0 % (2023); minskningen är statistiskt säkerställd (95 %).")]
    [InlineData("Trygga i centrum, Hägersten-Älvsjö", "lok-hagersten-alvsjo", "Järva",
        "Trygga i centrum i Järva har minskat från 22,6 % (2017) till 14,0 % (2023); minskningen är statistiskt säkerställd (95 %).")]
    public void Change_NamesTheAreaOnce_ForALocalIndicatorInItsOwnAreaAnotherAreaAndTheCity(string title, string local, string area, string expected)
    {
        var indicator = Otrygga with { Title = title, LocalAgreementId = local };

        var text = ResultExplanations.Change(indicator, area, Row(2023, 13.957, 22.625, Verdict.Better));

        Assert.Equal(expected, text.Replace('\u00A0', ' '));
    }

    [Theory]
    [InlineData("Farsta", "Ofta oroliga för att utsättas för brott i Farsta 2023 redovisas inte: för få svar eller fall för att visa värdet utan att röja enskilda.")]
    [InlineData("hela staden", "Ofta oroliga för att utsättas för brott i hela staden 2023 redovisas inte: för få svar eller fall för att visa värdet utan att röja enskilda.")]
    public void Change_NamesTheAreaOnce_WhenALocalIndicatorsValueIsSuppressed(string area, string expected)
    {
        var indicator = Otrygga with { Title = "Ofta oroliga för att utsättas för brott, Farsta", LocalAgreementId = "lok-farsta" };

        Assert.Equal(expected, ResultExplanations.Change(indicator, area, Row(2023, null, null, Verdict.NotAssessed, ResultStatus.Suppressed)));
    }

    [Theory]
    [InlineData("Farsta")]
    [InlineData("hela staden")]
    public void Change_KeepsTheWholeTitle_WhenItIsNotALocalIndicator(string area)
    {
        var indicator = Otrygga with { Title = "Ofta oroliga för att utsättas för brott, Farsta" };

        var text = ResultExplanations.Change(indicator, area, Row(2023, 13.957, 22.625, Verdict.Better));

        Assert.StartsWith("Ofta oroliga för att utsättas för brott, Farsta i " + area + " har minskat", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Comparison_IsNull_WhenTheIndicatorIsACount()
    {
        var count = Otrygga with { Id = "trygghetsvandringar", Title = "Genomförda trygghetsvandringar", Measure = Measure.Count, Unit = "antal", Multiplier = 1 };

        Assert.Null(ResultExplanations.Comparison(count, "Järva", Compared(Verdict.Worse, Verdict.Worse, Verdict.Worse)));
    }

    [Theory]
    [InlineData(TargetStatus.OnTrack, "Målet är 15,0\u00A0% till 2027; utvecklingen är på väg mot målet.")]
    [InlineData(TargetStatus.OffTrack, "Målet är 15,0\u00A0% till 2027; utvecklingen är inte på väg mot målet.")]
    [InlineData(TargetStatus.Uncertain, "Målet är 15,0\u00A0% till 2027; det är osäkert om målet nås.")]
    [InlineData(TargetStatus.Met, "Målet är 15,0\u00A0% till 2027; målet är uppnått.")]
    [InlineData(TargetStatus.Missed, "Målet är 15,0\u00A0% till 2027; målet är inte uppnått.")]
    [InlineData(TargetStatus.NotAssessed, "Målet är 15,0\u00A0% till 2027; målet kan ännu inte bedömas.")]
    public void Target_SaysTheStatusInWords_WhenTheRowHasATarget(TargetStatus status, string expected)
    {
        var row = Row(2023, 20, 22, Verdict.Similar) with { TargetValue = 15, TargetYear = 2027, TargetStatus = status };

        Assert.Equal(expected, ResultExplanations.Target(Otrygga, row));
        Assert.Null(ResultExplanations.Target(Otrygga, row with { TargetValue = null }));
    }

    [Fact]
    public void Change_WritesTheBareNumber_WhenTheUnitOnlySaysItIsACount()
    {
        var walks = new IndicatorDefinition
        {
            Id = "trygghetsvandringar", Title = "Genomförda trygghetsvandringar", PriorityAreaId = "platser-och-omraden", Measure = Measure.Count,
            Source = new IndicatorSource { Dataset = Dataset.Measurement }, Unit = "antal",
        };
        var row = new IndicatorResult { IndicatorId = walks.Id, AreaId = "sdo-jarva", Period = Period.OfYear(2026), Value = 12 };

        Assert.Equal("Genomförda trygghetsvandringar i Järva var 12 (2026).", ResultExplanations.Change(walks, "Järva", row));
        Assert.Equal("12\u00A0personer", SwedishFormat.ValueWithUnit(walks with { Unit = "personer" }, 12));
        // Areas of different size are not compared with the city's total on counts.
        Assert.Null(ResultExplanations.Comparison(walks, "Järva", row with { ComparatorValue = 107, ComparatorVerdict = Verdict.Lower, ComparatorVerdict95 = Verdict.Lower }));
    }
}
