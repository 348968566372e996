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
        Assert.Equal("The line has 1 fields but the header has 4.", issue.Message);
        Assert.Equal("An empty value still needs its separator ';'.", issue.Hint);
    }

    [Fact]
    public void Read_Rejects_WhenTheSeparatorIsNoneOfTheAccepted()
    {
        var issue = SingleError(Some.Read("area|period|category|count\nBromma|2023|ran|4\n"));

        Assert.Equal((1, 0), (issue.Line, issue.Column));
        Assert.Equal("Cannot find the column separator in the header line 'area|period|category|count'.", issue.Message);
        Assert.Equal("Separate the columns with ';', ',' or a tab.", issue.Hint);
    }

    [Fact]
    public void Read_RejectsTheMinorityMark_WhenATabFileMixesDecimalMarks()
    {
        var file = Some.Read("area\tyear\tquestion\trespondents\tshare\nBromma\t2023\tq\t100\t23,5\nBromma\t2023\tq2\t100\t12,5\nBromma\t2023\tq3\t100\t12.5\n");

        var issue = SingleError(file);
        Assert.Equal((4, 5), (issue.Line, issue.Column));
        Assert.Equal("'12.5' in column 'share' is not a number.", issue.Message);
        Assert.StartsWith("This file is separated by tab, so its decimal mark is a comma", issue.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RejectsAtTheFirstGarbledLetter_WhenWindows1252WasReadAsUtf8AndSavedAgain()
    {
        var file = Some.Read(CrimeHeader + "Bromma;2023;ran;4\nSp\u00C3\u00A5nga-Tensta;2023;ran;5\n");

        var issue = SingleError(file);
        Assert.Equal((3, 0), (issue.Line, issue.Column));
        Assert.Equal("Line 3 holds 'Ã¥' where 'å' belongs: the file was read as Windows-1252 and saved as UTF-8 again.", issue.Message);
        Assert.Equal("Deliver the export as it came from the source, or open it as UTF-8 before you save it.", issue.Hint);
    }

    [Fact]
    public void Read_RejectsTheLastLine_WhenTheFileIsTruncated()
    {
        var issue = SingleError(Some.Read(CrimeHeader + "Bromma;2023;ran;4\nBromma;2024;ran"));

        Assert.Equal((3, 0), (issue.Line, issue.Column));
        Assert.Equal("The line has 3 fields but the header has 4.", issue.Message);
    }

    [Fact]
    public void Read_Rejects_WhenAQuotedFieldHoldsALineBreak()
    {
        var file = Some.Read(CrimeHeader + "\"Brom\nma\";2023;ran;4\nBromma;2024;ran;5\n");

        Assert.True(file.IsRejected);
        var issue = file.Errors.First();
        Assert.Equal((2, 1), (issue.Line, issue.Column));
        Assert.Equal("A quoted field is not closed on this line.", issue.Message);
        Assert.Contains("a line break inside a field is not allowed", issue.Hint, StringComparison.Ordinal);
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
        Assert.Equal("'-4' in column 'count' must not be negative.", issue.Message);
        Assert.Equal("Check the value; write '..' when it is missing.", issue.Hint);
    }

    [Fact]
    public void Read_RejectsNamingTheLine_WhenTheFileHoldsNulBytes()
    {
        var issue = SingleError(Some.Read([.. Some.Utf8(CrimeHeader), 0x42, 0x00, 0x7F, 0x0A]));

        Assert.Equal((2, 0), (issue.Line, issue.Column));
        Assert.Equal("The file contains NUL bytes (first on line 2); it is not a text file.", issue.Message);
    }

    [Fact]
    public void Read_RejectsBinaryGarbage_WithoutThrowing()
    {
        var garbage = Enumerable.Range(0, 4096).Select(i => (byte)(0x80 + ((i * 37) % 0x7F))).ToArray();

        var issue = SingleError(Some.Read(garbage));

        Assert.Equal((1, 0), (issue.Line, issue.Column));
        Assert.StartsWith("Cannot find the column separator in the header line '", issue.Message, StringComparison.Ordinal);
        Assert.EndsWith("...'.", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RejectsATenMegabyteLine_AsOneShortRow()
    {
        var file = Some.Read(CrimeHeader + new string('x', 10 * 1024 * 1024) + "\nBromma;2023;ran;4\n");

        var issue = SingleError(file);
        Assert.Equal((2, 0), (issue.Line, issue.Column));
        Assert.Equal("The line has 1 fields but the header has 4.", issue.Message);
    }

    [Fact]
    public void Read_ShortensTheHeaderInTheMessage_WhenATenMegabyteLineHasNoSeparator()
    {
        var issue = SingleError(Some.Read(new string('y', 10 * 1024 * 1024) + "\n"));

        Assert.Equal($"Cannot find the column separator in the header line '{new string('y', 57)}...'.", issue.Message);
    }

    [Fact]
    public void Read_KeepsFormulaLikeCellsAsTextWithAWarning()
    {
        var file = Some.Read("area;year;question;respondents;share;breakdown\nBromma;2023;=cmd|' /C calc'!A0;100;12;@SUM(1+1)\nBromma;2023;q;100;12;-\n");

        Assert.False(file.IsRejected);
        Assert.Equal(2, file.Issues.Count);
        var (first, second) = (file.Issues[0], file.Issues[1]);
        Assert.Equal((IssueSeverity.Warning, 2, 3), (first.Severity, first.Line, first.Column));
        Assert.Equal("'=cmd|' /C calc'!A0' in column 'question' starts with '=' like a spreadsheet formula; it is kept as text and never evaluated.", first.Message);
        Assert.Equal("If a spreadsheet exported a formula, export the values instead. Anything shown from this cell is escaped.", first.Hint);
        Assert.Equal((2, 6), (second.Line, second.Column));
        Assert.Equal("'@SUM(1+1)' in column 'breakdown' starts with '@' like a spreadsheet formula; it is kept as text and never evaluated.", second.Message);
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
        Assert.Equal("'2031' lies in the future (today is 2026-11-25).", issue.Message);
        Assert.Equal("Check the year; a period can only be delivered once it has begun.", issue.Hint);
    }

    [Fact]
    public void Read_Rejects_WhenAYearIsImplausiblyEarly()
    {
        var issue = SingleError(Some.Read(CrimeHeader + "Bromma;1949-12;ran;4\n"));

        Assert.Equal((2, 2), (issue.Line, issue.Column));
        Assert.Equal("'1949-12' is before 1950, earlier than any series this service follows.", issue.Message);
    }

    [Fact]
    public void Read_Rejects_WhenOneSeriesComesAsAYearAndAMonthOfIt()
    {
        var issue = SingleError(Some.Read(CrimeHeader + "Bromma;2023;ran;40\nBromma;2023-05;ran;4\nBromma;2022;misshandel;9\nBromma;2023-05;misshandel;1\n"));

        Assert.Equal((3, 0), (issue.Line, issue.Column));
        Assert.Equal("Line 3 gives sdo-bromma, ran for the month 2023-05, which overlaps the year 2023 on line 2.", issue.Message);
        Assert.StartsWith("Give one series in one granularity", issue.Hint, StringComparison.Ordinal);
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
        Assert.Contains("CR line breaks", file.Detected, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_RejectsNamingBothLines_WhenAReaderLetAKeyThroughTwice()
    {
        Observation At(int line) => new() { Dataset = Dataset.Crime, AreaId = "sdo-bromma", Period = Period.OfYear(2023), Subject = "ran", Value = line, Lineage = new Lineage("h", 0, line, line) };
        var file = new ParsedFile { FileName = "x.csv", FileHash = "h", Kind = InputKind.Crime, Observations = [At(2), At(5)] };

        var issue = Assert.Single(FileChecks.Apply(file).Issues);

        Assert.Equal((IssueSeverity.Error, 5, 0), (issue.Severity, issue.Line, issue.Column));
        Assert.Equal("Line 5 repeats the key of line 2 (sdo-bromma, 2023, ran, total).", issue.Message);
    }
}
