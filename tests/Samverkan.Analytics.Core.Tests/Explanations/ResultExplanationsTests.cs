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

        Assert.Equal("Otrygga ute sent på kvällen i Järva har minskat från 22,6 % (2017) till 14,0 % (2023); minskningen är statistiskt säkerställd (95 %).", text);
    }

    [Fact]
    public void Change_SaysNotSignificant_WhenIntervalIncludesNoChange()
    {
        var text = ResultExplanations.Change(Otrygga, "Bromma", Row(2020, 5.6, 4.7, Verdict.Similar));

        Assert.EndsWith("har ökat från 4,7 % (2017) till 5,6 % (2020); förändringen är inte statistiskt säkerställd (95 %).", text);
    }

    [Fact]
    public void Change_UsesSwedishThousandsAndUnit_ForRates()
    {
        var row = Row(2023, 3514.38, 4157.46, Verdict.Better) with { BaselinePeriod = Period.OfYear(2018) };

        var text = ResultExplanations.Change(Ran with { Confidence = 0.998 }, "Järva", row);

        Assert.Contains("från 4\u00A0157 per 100 000 inv. (2018) till 3\u00A0514 per 100 000 inv. (2023)", text);
        Assert.EndsWith("minskningen är statistiskt säkerställd (99,8 %).", text);
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
}
