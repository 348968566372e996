using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Explanations;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Digest;
using Samverkan.Analytics.Publishing.Tests.Digest.Support;

namespace Samverkan.Analytics.Publishing.Tests.Digest;

public sealed class DigestTextsTests
{
    private static readonly Area Farsta = new() { Id = "sdo-farsta", Name = "Farsta", Kind = AreaKind.District };

    private static string Plain(string text) => text.Replace('\u00A0', ' ');

    private static IndicatorResult Robbery(double change, double low, double high, Verdict verdict, double baseline = 136) =>
        DigestWorld.Row("ran", "sdo-farsta", 2024, 103, 79, 132) with
        {
            BaselinePeriod = Period.OfYear(2018),
            BaselineValue = baseline,
            Change = change,
            ChangeCiLow = low,
            ChangeCiHigh = high,
            ChangeVerdict = verdict,
        };

    [Fact]
    public void Explanation_SaysTheSharedSentenceThenTheChangeWithItsInterval_WhenARateFellSignificantly()
    {
        var indicator = DigestWorld.Ran();
        var row = Robbery(0.76, 0.65, 0.89, Verdict.Better);

        var text = DigestTexts.Explanation(indicator, Farsta, row);

        // One wording with the pages: the first sentence is Core's ResultExplanations.Change, word for word.
        Assert.StartsWith(ResultExplanations.Change(indicator, "Farsta", row) + " ", text, StringComparison.Ordinal);
        Assert.Equal(
            "Anmälda rån i Farsta har minskat från 136 per 100 000 inv. (2018) till 103 per 100 000 inv. (2024); minskningen är statistiskt säkerställd (95 %). " +
            "Förändring sedan 2018: −24 %, 95 % KI −35 till −11 %, en förbättring.",
            Plain(text));
    }

    [Theory]
    [InlineData(1.12, 0.95, 1.31, Verdict.Similar, 92, "har ökat från 92 per 100 000 inv. (2018) till 103 per 100 000 inv. (2024); förändringen är inte statistiskt säkerställd (95 %). Förändring sedan 2018: +12 %, 95 % KI −5 till +31 %.")]
    [InlineData(1.40, 1.10, 1.80, Verdict.Worse, 74, "har ökat från 74 per 100 000 inv. (2018) till 103 per 100 000 inv. (2024); ökningen är statistiskt säkerställd (95 %). Förändring sedan 2018: +40 %, 95 % KI +10 till +80 %, en försämring.")]
    [InlineData(1.002, 0.9, 1.1, Verdict.Similar, 103, "var 103 per 100 000 inv. (2018) och 103 per 100 000 inv. (2024); förändringen är inte statistiskt säkerställd (95 %). Förändring sedan 2018: 0 %, 95 % KI −10 till +10 %.")]
    public void Explanation_DescribesTheChange_ForEachVerdict(double change, double low, double high, Verdict verdict, double baseline, string expected)
    {
        var text = Plain(DigestTexts.Explanation(DigestWorld.Ran(), Farsta, Robbery(change, low, high, verdict, baseline)));

        Assert.Equal("Anmälda rån i Farsta " + expected, text);
    }

    [Fact]
    public void Explanation_GivesTheChangeInPercentagePoints_WhenTheIndicatorIsAProportion()
    {
        var indicator = new IndicatorDefinition
        {
            Id = "otrygg-ute-sen-kvall",
            Title = "Otrygga ute ensamma sent en kväll",
            PriorityAreaId = "overgripande",
            Measure = Measure.Proportion,
            Multiplier = 100,
            Unit = "%",
            Source = new IndicatorSource { Dataset = Dataset.Survey, Survey = "stockholm-trygghetsmatning", Question = "otrygg-ute-sen-kvall" },
        };
        var row = DigestWorld.Row("otrygg-ute-sen-kvall", "sdo-farsta", 2023, 8.1, 7.2, 9.1) with
        {
            BaselinePeriod = Period.OfYear(2017), BaselineValue = 10.2, Change = -2.1, ChangeCiLow = -3.0, ChangeCiHigh = -1.2, ChangeVerdict = Verdict.Better,
        };

        var text = Plain(DigestTexts.Explanation(indicator, Farsta, row));

        Assert.Equal(
            "Otrygga ute ensamma sent en kväll i Farsta har minskat från 10,2 % (2017) till 8,1 % (2023); minskningen är statistiskt säkerställd (95 %). " +
            "Förändring sedan 2017: −2,1 procentenheter, 95 % KI −3,0 till −1,2, en förbättring.",
            text);
    }

    [Fact]
    public void Explanation_GivesNoNumber_WhenTheLatestRowIsSuppressed()
    {
        var row = Robbery(0.76, 0.65, 0.89, Verdict.Better) with { Status = ResultStatus.Suppressed };

        var text = DigestTexts.Explanation(DigestWorld.Ran(), Farsta, row);

        Assert.Equal("Anmälda rån i Farsta 2024 redovisas inte: för få svar eller fall för att visa värdet utan att röja enskilda.", text);
    }

    [Theory]
    [InlineData(ResultStatus.Suppressed, "visas inte (för litet underlag)", "–", "–", "–")]
    [InlineData(ResultStatus.Missing, "saknas", "–", "–", "–")]
    [InlineData(ResultStatus.Preliminary, "103 (prel.)", "79–132", "−24 % (−35 till −11 %) sedan 2018", "bättre")]
    public void Cells_ShowNoNumbers_WhenTheRowMayNotBeShown(ResultStatus status, string value, string interval, string change, string verdict)
    {
        var row = Robbery(0.76, 0.65, 0.89, Verdict.Better) with { Status = status };
        var indicator = DigestWorld.Ran();

        Assert.Equal(
            (value, interval, change, verdict),
            (DigestTexts.ValueCell(row, indicator), DigestTexts.IntervalCell(row, indicator), Plain(DigestTexts.ChangeCell(row, indicator)), DigestTexts.VerdictCell(row)));
    }

    [Fact]
    public void Sentence_AddsNoSecondFullStop_WhenTheUnitEndsWithOne()
    {
        Assert.Equal(("… inv.", "… %."), (DigestTexts.Sentence("… inv."), DigestTexts.Sentence("… %")));
    }

    [Theory]
    [InlineData("NewPeriod,Revised", "Förändringar i Farsta: 2 förändringar")]
    [InlineData("Revised", "Förändringar i Farsta: 1 förändring")]
    [InlineData("BecameWorse,NewPeriod,Revised", "Förändringar i Farsta: 1 sämre, 2 andra förändringar")]
    [InlineData("BecameBetter,NewPeriod", "Förändringar i Farsta: 1 bättre, 1 annan förändring")]
    public void MessageSubject_SaysOtherOnlyBesideWorseOrBetter(string headlines, string expected)
    {
        var sections = headlines.Split(',').Select(Enum.Parse<DigestChangeKind>).Select(kind => new DigestSection
        {
            Indicator = DigestWorld.Ran(),
            Area = Farsta,
            Changes = [new DigestChange(kind, "text")],
            Explanation = "text",
            Rows = [],
            PageUrl = "https://uppfoljning.stad.example/",
        }).ToList();
        var content = new DigestContent(
            new Core.Digests.DigestSubscription { Id = "farsta", Recipients = ["a@stad.example"], AreaIds = [Farsta.Id] },
            [Farsta],
            ["Farsta"],
            new ComputeRun { Id = 2, ComputedAt = new DateTimeOffset(2026, 11, 25, 6, 0, 0, TimeSpan.Zero), CatalogVersion = "1", LatestImportId = 1, RowCount = 0 },
            null,
            sections);

        Assert.Equal(expected, DigestTexts.MessageSubject(content));
    }
}
