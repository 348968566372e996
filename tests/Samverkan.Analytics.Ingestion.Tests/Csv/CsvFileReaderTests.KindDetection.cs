using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Ingestion.Csv;
using Samverkan.Analytics.Ingestion.Tests.Support;

namespace Samverkan.Analytics.Ingestion.Tests.Csv;

public sealed partial class CsvFileReaderTests
{
    [Theory]
    [InlineData("area;year;question;respondents;share", InputKind.Survey)]
    [InlineData("Område;År;Fråga;Svarande;Positiva", InputKind.Survey)]
    [InlineData("area;period;category;count", InputKind.Crime)]
    [InlineData("område;period;kategori;antal", InputKind.Crime)]
    [InlineData("area;year;population", InputKind.Population)]
    [InlineData("OMRÅDE;ÅR;BEFOLKNING", InputKind.Population)]
    [InlineData("område;år;folkmängd", InputKind.Population)]
    [InlineData("indicator;area;period;value", InputKind.Measurement)]
    [InlineData(" \"Indikator\" ; Område ; Period ; Värde ", InputKind.Measurement)]
    public void Read_DetectsKind_FromHeader(string header, InputKind expected)
    {
        var file = Some.Read(header + "\n");

        Assert.Equal(expected, file.Kind);
        var issue = Assert.Single(file.Issues); // a header alone has no rows
        Assert.Equal(1, issue.Line);
        Assert.Equal("Filen har en rubrikrad men inga datarader.", issue.Message);
    }

    [Fact]
    public void Read_UsesKindOption_OverHeader()
    {
        var file = Some.Read("area;year;question;respondents;share\nBromma;2023;q;10;1\n", new ReadOptions { Kind = InputKind.Crime });

        Assert.Equal(InputKind.Crime, file.Kind);
        Assert.True(file.IsRejected);
        Assert.Contains(file.Errors, i => i.Line == 1 && i.Message == "Den obligatoriska kolumnen 'category' saknas.");
        Assert.Contains(file.Errors, i => i.Line == 1 && i.Message == "Den obligatoriska kolumnen 'count' saknas.");
        Assert.Contains(file.Warnings, i => i.Line == 1 && i.Column == 3 && i.Message == "Den okända kolumnen 'question' hoppas över.");
    }

    [Fact]
    public void Read_RejectsWithColumnList_WhenKindCannotBeDetected()
    {
        var file = Some.Read("area;year;amount\nBromma;2023;4\n");

        var issue = Assert.Single(file.Issues);
        Assert.Null(file.Kind);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Equal(1, issue.Line);
        Assert.Contains("(area, year, amount)", issue.Message, StringComparison.Ordinal);
        Assert.Contains("--kind (survey|survey-responses|crime|crime-incidents|population|measurement)", issue.Hint, StringComparison.Ordinal);
        Assert.Contains("crime-incidents reported_date, kategori, område.", issue.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RejectsMicrodataNamingTheQuestions_WhenNoColumnIsAQuestionWithAnswerCodes()
    {
        var file = Some.Read("respondent_id;year;area;q1\n1;2023;Bromma;3\n");

        Assert.Equal(InputKind.SurveyResponses, file.Kind);
        Assert.Equal("survey-responses", file.Format);
        var issue = Assert.Single(file.Issues);
        Assert.Equal((1, 0), (issue.Line, issue.Column));
        Assert.Equal("Ingen kolumn är en fråga som katalogen har svarskoder för.", issue.Message);
    }
}
