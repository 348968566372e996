using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Ingestion.Tests.Support;

namespace Samverkan.Analytics.Ingestion.Tests.Csv;

/// <summary>Each problem gives its exact line and column, a message and a hint; one bad row rejects the file.</summary>
public sealed partial class CsvFileReaderTests
{
    private const string SurveyHeader = "area;year;question;respondents;positive;share\n";

    private static RowIssue SingleError(ParsedFile file)
    {
        Assert.True(file.IsRejected);
        var issue = Assert.Single(file.Issues);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Equal("test.csv", issue.File);
        Assert.False(string.IsNullOrWhiteSpace(issue.Hint));
        return issue;
    }

    [Fact]
    public void Read_RejectsWithLineAndColumn_WhenDecimalPointInSemicolonFile()
    {
        var file = Some.Read(SurveyHeader + "Bromma;2023;q;100;;12,5\nBromma;2023;q2;100;;23.5\n");

        var issue = SingleError(file);
        Assert.Equal(3, issue.Line);
        Assert.Equal(6, issue.Column);
        Assert.Equal("'23.5' i kolumnen 'share' är inget tal.", issue.Message);
        Assert.Contains("skriv tal som 1 234,5", issue.Hint, StringComparison.Ordinal);
        Assert.Equal("test.csv, rad 3, kolumn 6: fel: '23.5' i kolumnen 'share' är inget tal. " + issue.Hint, issue.ToString());
    }

    [Theory]
    [InlineData("1 23")]
    [InlineData("12 3456")]
    [InlineData("1.234")]
    [InlineData("12abc")]
    [InlineData("1e3")]
    public void Read_RejectsMalformedNumbers(string cell)
    {
        var file = Some.Read($"area;period;category;count\nBromma;2023;ran;{cell}\n");

        var issue = SingleError(file);
        Assert.Equal((2, 4), (issue.Line, issue.Column));
        Assert.Equal($"'{cell}' i kolumnen 'count' är inget tal.", issue.Message);
    }

    [Fact]
    public void Read_RejectsLoneDashWithHint_InCanonicalFile()
    {
        var file = Some.Read("area;period;category;count\nBromma;2023;ran;-\n");

        var issue = SingleError(file);
        Assert.Equal((2, 4), (issue.Line, issue.Column));
        Assert.Equal("'-' i kolumnen 'count' är inget värde.", issue.Message);
        Assert.Contains("Skriv 0 för noll, '..' när värdet saknas", issue.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Rejects_WhenRespondentsIsZero()
    {
        var issue = SingleError(Some.Read(SurveyHeader + "Bromma;2023;q;0;;10\n"));

        Assert.Equal((2, 4), (issue.Line, issue.Column));
        Assert.Equal("svarande (respondents) måste vara större än 0, men är '0'.", issue.Message);
    }

    [Fact]
    public void Read_Rejects_WhenRespondentsIsNotWhole()
    {
        var issue = SingleError(Some.Read(SurveyHeader + "Bromma;2023;q;10,5;;10\n"));

        Assert.Equal((2, 4), (issue.Line, issue.Column));
        Assert.Equal("'10,5' i kolumnen 'respondents' måste vara ett heltal.", issue.Message);
    }

    [Fact]
    public void Read_Rejects_WhenPositiveExceedsRespondents()
    {
        var issue = SingleError(Some.Read(SurveyHeader + "Bromma;2023;q;100;101;\n"));

        Assert.Equal((2, 5), (issue.Line, issue.Column));
        Assert.Equal("positiva (101) är fler än svarande (100).", issue.Message);
    }

    [Theory]
    [InlineData("100,5")]
    [InlineData("\u22121")]
    public void Read_Rejects_WhenShareIsOutsidePercentRange(string share)
    {
        var issue = SingleError(Some.Read(SurveyHeader + $"Bromma;2023;q;100;;{share}\n"));

        Assert.Equal((2, 6), (issue.Line, issue.Column));
        Assert.Equal($"andelen (share) '{share}' ligger utanför 0–100.", issue.Message);
        Assert.Contains("procentsats", issue.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Rejects_WhenSharesLookLikeFractions()
    {
        var issue = SingleError(Some.Read(SurveyHeader + "Bromma;2023;q;100;;0,235\nBromma;2023;q2;100;;0,1\n"));

        Assert.Equal((2, 6), (issue.Line, issue.Column));
        Assert.StartsWith("Alla andelar i filen är högst 1 (till exempel '0,235' på rad 2)", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RejectsWithClosestNames_WhenAreaIsUnknown()
    {
        var issue = SingleError(Some.Read(SurveyHeader + "Bromma;2020;q;100;;10\nSpånga;2020;q;100;;10\n"));

        Assert.Equal((3, 1), (issue.Line, issue.Column));
        Assert.Equal("Okänt område 'Spånga'.", issue.Message);
        Assert.Contains("Spånga-Tensta (sdo-spanga-tensta)", issue.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RejectsListingCandidates_WhenAreaIsAmbiguous()
    {
        var issue = SingleError(Some.Read("area;period;category;count\nJärva;2024;ran;4\n"));

        Assert.Equal((2, 1), (issue.Line, issue.Column));
        Assert.Equal("'Järva' är tvetydigt för 2024: det kan avse Järva (sdo-jarva, district) eller Järva (lpo-jarva, local-police-area).", issue.Message);
        Assert.Contains("area_kind", issue.Hint, StringComparison.Ordinal);
        Assert.Contains("--area-kind", issue.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WarnsAndDropsRow_WhenAreaIsNotValidForPeriod()
    {
        var file = Some.Read("area;period;category;count\nBromma;2024;ran;4\nSpånga-Tensta;2024;ran;7\nStadsdelsområde Järva (Sthlm);2023-11;ran;0\n");

        Assert.False(file.IsRejected);
        Assert.Equal(["sdo-bromma"], file.Observations.Select(o => o.AreaId));
        Assert.Equal(2, file.Warnings.Count());
        var first = file.Warnings.First();
        Assert.Equal((3, 1), (first.Line, first.Column));
        Assert.Equal("'Spånga-Tensta' (sdo-spanga-tensta) finns inte med det här namnet under 2024; raden hoppas över.", first.Message);
        Assert.Contains("'Järva' (sdo-jarva)", first.Hint, StringComparison.Ordinal);
        var second = file.Warnings.Last();
        Assert.Equal((4, 1), (second.Line, second.Column));
        Assert.Contains("(sdo-jarva) finns inte med det här namnet under 2023-11", second.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(file.Observations, o => o.Value == 0);
    }

    [Fact]
    public void Read_RejectsWithKnownCategories_WhenCategoryIsUnknown()
    {
        var issue = SingleError(Some.Read("area;period;category;count\nBromma;2023;Bedrägeri;4\n"));

        Assert.Equal((2, 3), (issue.Line, issue.Column));
        Assert.Equal("Okänd brottskategori 'Bedrägeri'.", issue.Message);
        Assert.Contains("misshandel (Misshandel inkl. grov), ran (Rån inkl. grovt)", issue.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RejectsNamingBothLines_WhenKeyRepeats()
    {
        var issue = SingleError(Some.Read("area;period;category;count\nBromma;2023-05;ran;4\nBromma;2023-06;ran;4\nbromma;2023M05;Rån inkl. grovt;5\n"));

        Assert.Equal((4, 0), (issue.Line, issue.Column));
        Assert.Equal("Rad 4 upprepar nyckeln från rad 2 (sdo-bromma, 2023-05, ran, total).", issue.Message);
    }

    [Fact]
    public void Read_RejectsWithColumn_WhenQuoteIsNotClosed()
    {
        var file = Some.Read("area;period;category;count\nBromma;2023;ran;4\nBromma;\"2024;ran;5\nBromma;2022;ran;6\n");

        var issue = SingleError(file);
        Assert.Equal((3, 2), (issue.Line, issue.Column));
        Assert.Equal("Ett fält med citattecken avslutas inte på den här raden.", issue.Message);
        Assert.Equal(2, file.Observations.Count);
    }

    [Fact]
    public void Read_RejectsWithColumn_WhenQuoteIsInsideUnquotedField()
    {
        var issue = SingleError(Some.Read("area,period,category,count\nBromma,2023,ran,4\nBromma,2024,ran\"x,5\n"));

        Assert.Equal((3, 3), (issue.Line, issue.Column));
        Assert.Equal("Ett citattecken (\") står inne i ett fält utan citattecken.", issue.Message);
    }

    [Fact]
    public void Read_RejectsWithSpellings_WhenRequiredColumnIsMissing()
    {
        var issue = SingleError(Some.Read("area;year;respondents;share\nBromma;2023;100;10\n", new() { Kind = InputKind.Survey }));

        Assert.Equal((1, 0), (issue.Line, issue.Column));
        Assert.Equal("Den obligatoriska kolumnen 'question' saknas.", issue.Message);
        Assert.Equal("Lägg till en kolumn med namnet 'question' eller 'fråga'.", issue.Hint);
    }

    [Fact]
    public void Read_Rejects_WhenSurveyHasNeitherPositiveNorShare()
    {
        var issue = SingleError(Some.Read("area;year;question;respondents\nBromma;2023;q;100\n"));

        Assert.Equal("En enkätfil behöver kolumnen 'positiva' (positive) eller 'andel' (share).", issue.Message);
    }

    [Fact]
    public void Read_WarnsAndIgnores_WhenColumnIsUnknown()
    {
        var file = Some.Read("area;year;question;respondents;share;kommentar\nBromma;2023;q;100;10;hej\n");

        var issue = Assert.Single(file.Issues);
        Assert.False(file.IsRejected);
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        Assert.Equal((1, 6), (issue.Line, issue.Column));
        Assert.Equal("Den okända kolumnen 'kommentar' hoppas över.", issue.Message);
        Assert.Single(file.Observations);
    }

    [Fact]
    public void Read_Rejects_WhenColumnRepeats()
    {
        var issue = SingleError(Some.Read("area;year;question;respondents;share;andel\nBromma;2023;q;100;10;10\n"));

        Assert.Equal((1, 6), (issue.Line, issue.Column));
        Assert.Equal("Kolumnen 'andel' upprepar kolumn 5 ('share').", issue.Message);
    }

    [Fact]
    public void Read_Rejects_WhenRowIsShort()
    {
        var issue = SingleError(Some.Read("area;period;category;count\nBromma;2023;ran\n"));

        Assert.Equal((2, 0), (issue.Line, issue.Column));
        Assert.Equal("Raden har 3 fält men rubrikraden har 4.", issue.Message);
    }

    [Fact]
    public void Read_Rejects_WhenRowHasExtraValue()
    {
        var issue = SingleError(Some.Read("area,period,category,count\nBromma,2023,ran,1,204\n"));

        Assert.Equal((2, 5), (issue.Line, issue.Column));
        Assert.Equal("Raden har 5 fält men rubrikraden har 4, och fält 5 är inte tomt.", issue.Message);
        Assert.Contains("citattecken", issue.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023-13", "'2023-13' är ingen period.")]
    [InlineData("23", "'23' är ingen period.")]
    [InlineData("2023K5", "'2023K5' är ingen period.")]
    public void Read_Rejects_WhenPeriodIsMalformed(string period, string message)
    {
        var issue = SingleError(Some.Read($"area;period;category;count\nBromma;{period};ran;1\n"));

        Assert.Equal((2, 2), (issue.Line, issue.Column));
        Assert.Equal(message, issue.Message);
    }

    [Fact]
    public void Read_Rejects_WhenSurveyPeriodIsNotAYear()
    {
        var issue = SingleError(Some.Read("area;period;question;respondents;share\nBromma;2023-Q2;q;100;10\n"));

        Assert.Equal((2, 2), (issue.Line, issue.Column));
        Assert.Equal("'2023-Q2' är inget år; filer av typen survey har ett värde per år.", issue.Message);
    }

    [Fact]
    public void Read_Rejects_WhenStatusWordIsUnknown()
    {
        var issue = SingleError(Some.Read("area;period;category;count;status\nBromma;2023;ran;1;kanske\n"));

        Assert.Equal((2, 5), (issue.Line, issue.Column));
        Assert.Equal("Okänd status 'kanske'.", issue.Message);
        Assert.Contains("preliminär", issue.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Rejects_WhenConfidenceLimitsAreReversed()
    {
        var issue = SingleError(Some.Read("indicator;area;period;value;ci_low;ci_high\nx;Bromma;2023;5;6;4\n"));

        Assert.Equal((2, 5), (issue.Line, issue.Column));
        Assert.Equal("ki_låg (6) är större än ki_hög (4).", issue.Message);
    }

    [Fact]
    public void Read_ListsEveryProblemOfARow_InColumnOrder()
    {
        var file = Some.Read(SurveyHeader + "Okänt;20x3;;-5;;abc\n");

        Assert.True(file.IsRejected);
        Assert.Equal([1, 2, 3, 4, 6], file.Issues.Select(i => i.Column));
        Assert.All(file.Issues, i => Assert.Equal(2, i.Line));
    }

    [Fact]
    public void Read_RejectsWholeFile_WhenOneRowIsBad()
    {
        var good = string.Concat(Enumerable.Range(2000, 20).Select(y => $"Bromma;{y};ran;{y - 1990}\n"));
        var file = Some.Read("area;period;category;count\n" + good + "Bromma;2020;ran;x\n");

        Assert.True(file.IsRejected);
        var issue = Assert.Single(file.Errors);
        Assert.Equal((22, 4), (issue.Line, issue.Column));
    }

    [Fact]
    public void Read_CapsTheIssueList_WhenEveryRowIsBad()
    {
        var rows = string.Concat(Enumerable.Range(0, 30).Select(_ => "Bromma;2023;ran;x\n"));

        var file = Some.Read("area;period;category;count\n" + rows, new() { MaxIssues = 10 });

        Assert.Equal(11, file.Issues.Count);
        Assert.Equal("Ytterligare 20 problem visas inte.", file.Issues[^1].Message);
        Assert.True(file.IsRejected);
    }

    [Fact]
    public void Read_Rejects_WhenFileIsAnExcelWorkbook()
    {
        var issue = SingleError(Some.Read([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));

        Assert.Equal(0, issue.Line);
        Assert.StartsWith("Filen är en Excel-arbetsbok", issue.Message, StringComparison.Ordinal);
        Assert.Contains("CSV UTF-8", issue.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RejectsNamingLine_WhenUtf8BomIsFollowedByInvalidBytes()
    {
        byte[] bytes = [.. Some.Utf8WithBom("area;period;category;count\nBromma;2023;ran;1\n"), .. Some.Cp1252("Skärholmen;2023;ran;1\n")];

        var issue = SingleError(Some.Read(bytes));

        Assert.Equal(3, issue.Line);
        Assert.Equal("Filen börjar med en UTF-8-markering (BOM), men rad 3 är inte giltig UTF-8.", issue.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n  \n")]
    public void Read_Rejects_WhenFileIsEmpty(string text)
    {
        var issue = SingleError(Some.Read(text));

        Assert.Equal("Filen är tom.", issue.Message);
    }

    [Fact]
    public void Read_Rejects_WhenHeaderHasNoSeparator()
    {
        var issue = SingleError(Some.Read("\nareayearcount\nx\n"));

        Assert.Equal((2, 0), (issue.Line, issue.Column));
        Assert.Equal("Kolumnavgränsaren går inte att hitta i rubrikraden 'areayearcount'.", issue.Message);
    }
}
