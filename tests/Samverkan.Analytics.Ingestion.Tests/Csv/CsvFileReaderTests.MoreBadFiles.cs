using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Ingestion.Csv;
using Samverkan.Analytics.Ingestion.Csv.Checks;
using Samverkan.Analytics.Ingestion.Tests.Support;

namespace Samverkan.Analytics.Ingestion.Tests.Csv;

/// <summary>The rest of issue 3's list of bad inputs, each with its exact message, line and column.</summary>
public sealed partial class CsvFileReaderTests
{
    private const string CrimeHeader = "area;period;category;count\n";

    [Fact]
    public void Read_RejectsEveryShortRow_WhenRowsUseAnotherSeparatorThanTheHeader()
    {
        var file = Some.Read(CrimeHeader + "Bromma,2023,ran,4\n");

        var issue = SingleError(file);
        Assert.Equal((2, 0), (issue.Line, issue.Column));
        Assert.Equal("Raden har 1 fält men rubrikraden har 4.", issue.Message);
        Assert.Equal("Ett tomt värde behöver ändå sin avgränsare ';'.", issue.Hint);
    }

    [Fact]
    public void Read_Rejects_WhenTheSeparatorIsNoneOfTheAccepted()
    {
        var issue = SingleError(Some.Read("area|period|category|count\nBromma|2023|ran|4\n"));

        Assert.Equal((1, 0), (issue.Line, issue.Column));
        Assert.Equal("Kolumnavgränsaren går inte att hitta i rubrikraden 'area|period|category|count'.", issue.Message);
        Assert.Equal("Avgränsa kolumnerna med ';', ',' eller tabb.", issue.Hint);
    }

    [Fact]
    public void Read_RejectsTheMinorityMark_WhenATabFileMixesDecimalMarks()
    {
        var file = Some.Read("area\tyear\tquestion\trespondents\tshare\nBromma\t2023\tq\t100\t23,5\nBromma\t2023\tq2\t100\t12,5\nBromma\t2023\tq3\t100\t12.5\n");

        var issue = SingleError(file);
        Assert.Equal((4, 5), (issue.Line, issue.Column));
        Assert.Equal("'12.5' i kolumnen 'share' är inget tal.", issue.Message);
        Assert.StartsWith("Filen är avgränsad med tabb: skriv tal som 1 234,5", issue.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RejectsAtTheFirstGarbledLetter_WhenWindows1252WasReadAsUtf8AndSavedAgain()
    {
        var file = Some.Read(CrimeHeader + "Bromma;2023;ran;4\nSp\u00C3\u00A5nga-Tensta;2023;ran;5\n");

        var issue = SingleError(file);
        Assert.Equal((3, 0), (issue.Line, issue.Column));
        Assert.Equal("Rad 3 innehåller 'Ã¥' där det ska stå 'å': filen har lästs som Windows-1252 och sparats som UTF-8 en gång till.", issue.Message);
        Assert.Equal("Leverera exporten som den kom från källan, eller öppna den som UTF-8 innan du sparar den.", issue.Hint);
    }

    [Fact]
    public void Read_RejectsTheLastLine_WhenTheFileIsTruncated()
    {
        var issue = SingleError(Some.Read(CrimeHeader + "Bromma;2023;ran;4\nBromma;2024;ran"));

        Assert.Equal((3, 0), (issue.Line, issue.Column));
        Assert.Equal("Raden har 3 fält men rubrikraden har 4.", issue.Message);
    }

    [Fact]
    public void Read_Rejects_WhenAQuotedFieldHoldsALineBreak()
    {
        var file = Some.Read(CrimeHeader + "\"Brom\nma\";2023;ran;4\nBromma;2024;ran;5\n");

        Assert.True(file.IsRejected);
        var issue = file.Errors.First();
        Assert.Equal((2, 1), (issue.Line, issue.Column));
        Assert.Equal("Ett fält med citattecken avslutas inte på den här raden.", issue.Message);
        Assert.Contains("ett radbyte inuti ett fält är inte tillåtet", issue.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_KeepsTheSeparatorAsText_WhenItIsInsideQuotes()
    {
        var file = Some.Read("indicator,area,period,value\n\"trygghetsvandringar, kväll\",Bromma,2023,4\n");

        Assert.Empty(file.Issues);
        Assert.Equal("trygghetsvandringar, kväll", Assert.Single(file.Observations).Subject);
    }

    [Fact]
    public void Read_Rejects_WhenACountIsNegative()
    {
        var issue = SingleError(Some.Read(CrimeHeader + "Bromma;2023;ran;-4\n"));

        Assert.Equal((2, 4), (issue.Line, issue.Column));
        Assert.Equal("'-4' i kolumnen 'count' får inte vara negativt.", issue.Message);
        Assert.Equal("Kontrollera värdet; skriv '..' när det saknas.", issue.Hint);
    }

    [Fact]
    public void Read_RejectsNamingTheLine_WhenTheFileHoldsNulBytes()
    {
        var issue = SingleError(Some.Read([.. Some.Utf8(CrimeHeader), 0x42, 0x00, 0x7F, 0x0A]));

        Assert.Equal((2, 0), (issue.Line, issue.Column));
        Assert.Equal("Filen innehåller NUL-tecken (första gången på rad 2); den är inte en textfil.", issue.Message);
    }

    [Fact]
    public void Read_RejectsBinaryGarbage_WithoutThrowing()
    {
        var garbage = Enumerable.Range(0, 4096).Select(i => (byte)(0x80 + ((i * 37) % 0x7F))).ToArray();

        var issue = SingleError(Some.Read(garbage));

        Assert.Equal((1, 0), (issue.Line, issue.Column));
        Assert.StartsWith("Kolumnavgränsaren går inte att hitta i rubrikraden '", issue.Message, StringComparison.Ordinal);
        Assert.EndsWith("...'.", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RejectsATenMegabyteLine_AsOneShortRow()
    {
        var file = Some.Read(CrimeHeader + new string('x', 10 * 1024 * 1024) + "\nBromma;2023;ran;4\n");

        var issue = SingleError(file);
        Assert.Equal((2, 0), (issue.Line, issue.Column));
        Assert.Equal("Raden har 1 fält men rubrikraden har 4.", issue.Message);
    }

    [Fact]
    public void Read_ShortensTheHeaderInTheMessage_WhenATenMegabyteLineHasNoSeparator()
    {
        var issue = SingleError(Some.Read(new string('y', 10 * 1024 * 1024) + "\n"));

        Assert.Equal($"Kolumnavgränsaren går inte att hitta i rubrikraden '{new string('y', 57)}...'.", issue.Message);
    }

    [Fact]
    public void Read_KeepsFormulaLikeCellsAsTextWithAWarning()
    {
        var file = Some.Read("area;year;question;respondents;share;breakdown\nBromma;2023;=cmd|' /C calc'!A0;100;12;@SUM(1+1)\nBromma;2023;q;100;12;-\n");

        Assert.False(file.IsRejected);
        Assert.Equal(2, file.Issues.Count);
        var (first, second) = (file.Issues[0], file.Issues[1]);
        Assert.Equal((IssueSeverity.Warning, 2, 3), (first.Severity, first.Line, first.Column));
        Assert.Equal("'=cmd|' /C calc'!A0' i kolumnen 'question' börjar med '=' som en kalkylbladsformel; värdet behålls som text och beräknas aldrig.", first.Message);
        Assert.Equal("Om ett kalkylprogram exporterade en formel, exportera värdena i stället. Allt som visas från cellen visas som ren text.", first.Hint);
        Assert.Equal((2, 6), (second.Line, second.Column));
        Assert.Equal("'@SUM(1+1)' i kolumnen 'breakdown' börjar med '@' som en kalkylbladsformel; värdet behålls som text och beräknas aldrig.", second.Message);
        Assert.Equal("=cmd|' /c calc'!a0", file.Observations[0].Subject);
        Assert.Equal(2, file.Observations.Count);
    }

    [Theory]
    [InlineData("+46 8 508 000", true)]
    [InlineData("-Tensta", true)]
    [InlineData("=1", true)]
    [InlineData("-2", true)]
    [InlineData("\t=1", true)]
    [InlineData("-", false)]
    [InlineData("+", false)]
    [InlineData("Spånga-Tensta", false)]
    public void LooksLikeFormula_FlagsTextCellsThatStartLikeAFormula(string text, bool expected) =>
        Assert.Equal(expected, FormulaCells.LooksLikeFormula(text));

    [Fact]
    public void Read_Rejects_WhenAPeriodHasNotBegun()
    {
        var issue = SingleError(Some.Read(CrimeHeader + "Bromma;2031;ran;4\n", new ReadOptions { Today = new DateOnly(2026, 11, 25) }));

        Assert.Equal((2, 2), (issue.Line, issue.Column));
        Assert.Equal("'2031' ligger i framtiden (i dag är det 2026-11-25).", issue.Message);
        Assert.Equal("Kontrollera året; en period kan levereras först när den har börjat.", issue.Hint);
    }

    [Fact]
    public void Read_Rejects_WhenAYearIsImplausiblyEarly()
    {
        var issue = SingleError(Some.Read(CrimeHeader + "Bromma;1949-12;ran;4\n"));

        Assert.Equal((2, 2), (issue.Line, issue.Column));
        Assert.Equal("'1949-12' ligger före 1950, tidigare än alla serier som tjänsten följer.", issue.Message);
    }

    [Fact]
    public void Read_Rejects_WhenOneSeriesComesAsAYearAndAMonthOfIt()
    {
        var issue = SingleError(Some.Read(CrimeHeader + "Bromma;2023;ran;40\nBromma;2023-05;ran;4\nBromma;2022;misshandel;9\nBromma;2023-05;misshandel;1\n"));

        Assert.Equal((3, 0), (issue.Line, issue.Column));
        Assert.Equal("Rad 3 ger sdo-bromma, ran för månaden 2023-05, som överlappar året 2023 på rad 2.", issue.Message);
        Assert.StartsWith("Leverera en serie i en och samma tidsindelning", issue.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Spanga-Tensta")]
    [InlineData("SPÅNGA – TENSTA")]
    [InlineData("Spånga\u00A0-\u00A0Tensta")]
    [InlineData("sdo-spanga-tensta")]
    public void Read_ResolvesPublisherSpellings_ThroughCaseDiacriticsAndDashes(string spelling)
    {
        var file = Some.Read(CrimeHeader + spelling + ";2022;ran;4\n");

        Assert.Empty(file.Issues);
        Assert.Equal("sdo-spanga-tensta", Assert.Single(file.Observations).AreaId);
    }

    [Fact]
    public void Read_ReadsClassicMacLineBreaks()
    {
        var file = Some.Read("area;period;category;count\rBromma;2023;ran;4\rBromma;2024;ran;5\r");

        Assert.Empty(file.Issues);
        Assert.Equal([2, 3], file.Observations.Select(o => o.Lineage!.FirstRow));
        Assert.Contains("radbrytningar CR", file.Detected, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_RejectsNamingBothLines_WhenAReaderLetAKeyThroughTwice()
    {
        Observation At(int line) => new() { Dataset = Dataset.Crime, AreaId = "sdo-bromma", Period = Period.OfYear(2023), Subject = "ran", Value = line, Lineage = new Lineage("h", 0, line, line) };
        var file = new ParsedFile { FileName = "x.csv", FileHash = "h", Kind = InputKind.Crime, Observations = [At(2), At(5)] };

        var issue = Assert.Single(FileChecks.Apply(file).Issues);

        Assert.Equal((IssueSeverity.Error, 5, 0), (issue.Severity, issue.Line, issue.Column));
        Assert.Equal("Rad 5 upprepar nyckeln från rad 2 (sdo-bromma, 2023, ran, total).", issue.Message);
    }
}
