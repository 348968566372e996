using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Ingestion.Csv;
using Samverkan.Analytics.Ingestion.Tests.Support;

namespace Samverkan.Analytics.Ingestion.Tests.Csv.Microdata;

using Catalog = Samverkan.Analytics.Core.Catalog.Catalog;

/// <summary>Survey microdata aggregated with the catalogue's answer codes: weighted share and Kish's effective n.</summary>
public sealed class SurveyResponsesReaderTests
{
    private static readonly Lazy<Catalog> LazyCatalog = new(() =>
    {
        var some = Some.Catalog;
        IndicatorDefinition Coded(string id, string survey, int[] positive, int[] noAnswer) => new()
        {
            Id = id + "-" + survey,
            Title = id,
            PriorityAreaId = "overgripande",
            Measure = Measure.Proportion,
            Source = new IndicatorSource { Dataset = Dataset.Survey, Survey = survey, Question = id, PositiveCodes = positive, NoAnswerCodes = noAnswer },
        };
        return new Catalog(
            some.Version,
            some.Areas,
            [],
            [],
            [
                Coded("otrygg-ute-sen-kvall", "stockholm-trygghetsmatning", [3, 4], [5]),
                Coded("orolig-brott-ofta", "stockholm-trygghetsmatning", [1], []),
                Coded("trygg-ute", "stockholm-trygghetsmatning", [1, 2], []),
                Coded("trygg-ute", "polisen-trygghetsmatning", [1, 2], [9]),
            ],
            some.CrimeCategories);
    });

    private static ParsedFile Read(string text, ReadOptions? options = null) =>
        new CsvFileReader().Read("svar.csv", Some.Utf8(text), LazyCatalog.Value, options);

    [Fact]
    public void Read_AggregatesWeightedShareAndKishEffectiveN_PerAreaYearAndQuestion()
    {
        // Weights 1, 2, 3, 4 for Bromma: Kish n_eff = (1+2+3+4)² / (1+4+9+16) = 100/30 (Kish 1965, eq. 11.7.6).
        var file = Read(
            "respondent_id;år;område;vikt;otrygg-ute-sen-kvall;q_orolig_brott_ofta;kön\n" +
            "1;2023;Bromma;1;3;1;k\n" +
            "2;2023;Bromma;2;1;;m\n" +
            "3;2023;Bromma;3;4;2;k\n" +
            "4;2023;Bromma;4;2;1;m\n" +
            "5;2023;Bromma;2,5;5;2;k\n" +
            "6;2023;Spånga-Tensta;1,842;4;1;k\n");

        Assert.Equal(("survey-responses", InputKind.SurveyResponses), (file.Format, file.Kind));
        var warning = Assert.Single(file.Issues);
        Assert.Equal("Kolumnerna 'kön' är inga frågor med svarskoder i katalogen och hoppas över.", warning.Message);
        var unsafeBromma = file.Observations.Single(o => o.AreaId == "sdo-bromma" && o.Subject == "otrygg-ute-sen-kvall");

        // Respondent 5 answered 5 ("never goes out alone late"): not in the denominator.
        Assert.Equal((Dataset.Survey, Period.OfYear(2023), "stockholm-trygghetsmatning", "total"), (unsafeBromma.Dataset, unsafeBromma.Period, unsafeBromma.Source, unsafeBromma.Breakdown));
        Assert.Equal(4, unsafeBromma.Respondents);
        Assert.Equal(1 + 3, unsafeBromma.Positive);
        Assert.Equal(10, unsafeBromma.WeightedTotal);
        Assert.Equal(0.4, unsafeBromma.Share!.Value, 12);
        Assert.Equal(100.0 / 30.0, unsafeBromma.EffectiveN!.Value, 12);
        Assert.Equal(new Lineage(file.FileHash, 0, 2, 5), unsafeBromma.Lineage);

        // An empty answer is no answer: respondent 2 is not counted for orolig-brott-ofta.
        var worried = file.Observations.Single(o => o.AreaId == "sdo-bromma" && o.Subject == "orolig-brott-ofta");
        Assert.Equal((4.0, 5.0, 10.5), (worried.Respondents!.Value, worried.Positive!.Value, worried.WeightedTotal!.Value));
        Assert.Equal(10.5 * 10.5 / (1 + 9 + 16 + 6.25), worried.EffectiveN!.Value, 12);

        var single = file.Observations.Single(o => o.AreaId == "sdo-spanga-tensta" && o.Subject == "otrygg-ute-sen-kvall");
        Assert.Equal((1.0, 1.842, 1.0, 1.0), (single.Respondents!.Value, single.Positive!.Value, single.Share!.Value, single.EffectiveN!.Value));
    }

    [Fact]
    public void Read_CountsEveryRespondentOnce_WhenThereIsNoWeight()
    {
        var file = Read("respondent_id,year,area,otrygg-ute-sen-kvall\na,2020,Bromma,3\nb,2020,Bromma,1\nc,2020,Bromma,2\n");

        var only = Assert.Single(file.Observations);
        Assert.Equal((3.0, 1.0, 3.0, 3.0), (only.Respondents!.Value, only.Positive!.Value, only.WeightedTotal!.Value, only.EffectiveN!.Value));
    }

    [Fact]
    public void Read_TakesTheSurveyFromTheColumn_WhenAQuestionIsAskedInTwoSurveys()
    {
        var file = Read("respondent_id;year;area;survey;trygg-ute\n1;2024;Bromma;polisen-trygghetsmatning;9\n2;2024;Bromma;polisen-trygghetsmatning;1\n3;2024;Bromma;stockholm-trygghetsmatning;9\n");

        Assert.Empty(file.Issues);
        Assert.Equal(
            [("polisen-trygghetsmatning", 1.0), ("stockholm-trygghetsmatning", 1.0)],
            file.Observations.Select(o => (o.Source, o.Respondents!.Value)).OrderBy(t => t.Source, StringComparer.Ordinal));
    }

    [Fact]
    public void Read_Rejects_WhenAQuestionOfTwoSurveysHasNoSurveyColumn()
    {
        var issue = Assert.Single(Read("respondent_id;year;area;trygg-ute\n1;2024;Bromma;1\n").Errors);

        Assert.Equal((1, 4), (issue.Line, issue.Column));
        Assert.Equal("Frågan 'trygg-ute' ställs i stockholm-trygghetsmatning och polisen-trygghetsmatning; filen måste ange vilken undersökning den gäller.", issue.Message);
    }

    [Theory]
    [InlineData("1;2023;Bromma;0;3", 4, "vikten '0' måste vara ett tal större än 0.")]
    [InlineData("1;2023;Bromma;-1;3", 4, "vikten '-1' måste vara ett tal större än 0.")]
    [InlineData("1;2023;Bromma;1;ja", 5, "'ja' i kolumnen 'otrygg-ute-sen-kvall' är ingen svarskod.")]
    [InlineData("1;2023;Bromma;1;3,5", 5, "'3,5' i kolumnen 'otrygg-ute-sen-kvall' är ingen svarskod.")]
    [InlineData("1;2023-05;Bromma;1;3", 2, "'2023-05' är inget år; filer av typen survey-responses har ett värde per år.")]
    [InlineData("1;1899;Bromma;1;3", 2, "'1899' är inget år; filer av typen survey-responses har ett värde per år.")]
    [InlineData("1;1949;Bromma;1;3", 2, "'1949' ligger före 1950, tidigare än alla serier som tjänsten följer.")]
    [InlineData(";2023;Bromma;1;3", 1, "'respondent_id' är tomt.")]
    public void Read_RejectsWithTheCell_WhenARespondentRowIsWrong(string row, int column, string message)
    {
        var file = Read("respondent_id;year;area;weight;otrygg-ute-sen-kvall\n" + row + "\n");

        var issue = Assert.Single(file.Errors);
        Assert.Equal((2, column), (issue.Line, issue.Column));
        Assert.Equal(message, issue.Message);
    }

    [Fact]
    public void Read_Rejects_WhenARespondentRepeats()
    {
        var issue = Assert.Single(Read("respondent_id;year;area;otrygg-ute-sen-kvall\n7;2023;Bromma;3\n7;2023;Bromma;1\n").Errors);

        Assert.Equal((3, 1), (issue.Line, issue.Column));
        Assert.Equal("respondent_id '7' på rad 3 upprepar rad 2.", issue.Message);
    }

    [Fact]
    public void Read_RejectsNamingTheLabelOnce_WhenAnAreaIsUnknown()
    {
        var issue = Assert.Single(Read("respondent_id;year;area;otrygg-ute-sen-kvall\n1;2023;Broma;3\n2;2023;Broma;1\n").Errors);

        Assert.Equal((2, 3), (issue.Line, issue.Column));
        Assert.Equal("Okänt område 'Broma' (finns även på fler rader, antal: 1).", issue.Message);
        Assert.StartsWith("Närmaste namn i katalogen: Bromma (sdo-bromma)", issue.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Rejects_WhenARequiredColumnIsMissing()
    {
        var issue = Assert.Single(Read("respondent_id;area;otrygg-ute-sen-kvall\n1;Bromma;3\n").Errors);

        Assert.Equal((1, 0), (issue.Line, issue.Column));
        Assert.Equal("Den obligatoriska kolumnen 'year' saknas.", issue.Message);
        Assert.Equal("Lägg till en kolumn med namnet 'year' or 'år'.", issue.Hint);
    }

    [Fact]
    public void Read_IsChosen_WhenTheKindOptionSaysSurveyResponses()
    {
        var file = Read("id;year;area;otrygg-ute-sen-kvall\n1;2023;Bromma;3\n", new ReadOptions { Kind = InputKind.SurveyResponses });

        Assert.Equal("survey-responses", file.Format);
        Assert.Equal("Den obligatoriska kolumnen 'respondent_id' saknas.", Assert.Single(file.Errors).Message);
    }
}
