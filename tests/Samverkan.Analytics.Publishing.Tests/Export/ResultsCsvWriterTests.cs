using System.Globalization;
using System.Text;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Export;
using Samverkan.Analytics.Publishing.Tests.Support;

namespace Samverkan.Analytics.Publishing.Tests.Export;

public class ResultsCsvWriterTests
{
    private const string ExpectedHeader =
        "indicator_id,area_id,period,value,ci_low,ci_high,numerator,denominator,status,baseline_period,baseline_value," +
        "change,change_ci_low,change_ci_high,change_p,change_verdict,comparator_value,comparator_verdict,trend_method," +
        "trend_n,trend_statistic,trend_p,trend_slope,trend_verdict,target_value,target_year,target_status,agreement_id,flags";

    private static readonly IndicatorResult Full = new()
    {
        IndicatorId = "otrygg-ute-sen-kvall",
        AreaId = "sdo-spanga-tensta",
        Period = Period.OfYear(2023),
        Value = 0.1 + 0.2,
        CiLow = 1.0 / 3.0,
        CiHigh = 123456789.123456789,
        Numerator = 312,
        Denominator = 1398,
        Status = ResultStatus.Preliminary,
        BaselinePeriod = Period.OfYear(2017),
        BaselineValue = 31.8,
        Change = -0.5,
        ChangeCiLow = -1e-7,
        ChangeCiHigh = 5e-324,
        ChangeP = 0.00012345678901234567,
        ChangeVerdict = Verdict.NotAssessed,
        ComparatorValue = 17.2,
        ComparatorVerdict = Verdict.Worse,
        TrendMethod = "mann-kendall",
        TrendN = 7,
        TrendStatistic = -13,
        TrendP = 0.0301,
        TrendSlope = -1.25,
        TrendVerdict = TrendVerdict.NoTrend,
        TargetValue = 5,
        TargetYear = 2025,
        TargetStatus = TargetStatus.OffTrack,
        AgreementId = "sak-2019",
        Flags = ["preliminary", "revised"],
    };

    [Fact]
    public void Write_WritesTheContractHeaderExactly_WhenThereAreNoRows()
    {
        var text = WriteToString([]);

        Assert.Equal(ExpectedHeader + "\n", text);
        Assert.Equal(ExpectedHeader, string.Join(',', ResultColumns.All));
    }

    [Fact]
    public void Write_RoundTripsEveryDoubleBitExact_WhenParsedBack()
    {
        var cells = Cells(WriteToString([Full]))[0];

        double Parse(string column) => double.Parse(cells[Index(column)], NumberStyles.Float, CultureInfo.InvariantCulture);
        Assert.Equal(BitConverter.DoubleToInt64Bits(0.1 + 0.2), BitConverter.DoubleToInt64Bits(Parse("value")));
        Assert.Equal(BitConverter.DoubleToInt64Bits(1.0 / 3.0), BitConverter.DoubleToInt64Bits(Parse("ci_low")));
        Assert.Equal(BitConverter.DoubleToInt64Bits(123456789.123456789), BitConverter.DoubleToInt64Bits(Parse("ci_high")));
        Assert.Equal(BitConverter.DoubleToInt64Bits(5e-324), BitConverter.DoubleToInt64Bits(Parse("change_ci_high")));
        Assert.Equal(BitConverter.DoubleToInt64Bits(0.00012345678901234567), BitConverter.DoubleToInt64Bits(Parse("change_p")));
        Assert.Equal("0.30000000000000004", cells[Index("value")]);
        Assert.Equal("-0.5", cells[Index("change")]);
        Assert.Equal("-1E-07", cells[Index("change_ci_low")]);
    }

    [Fact]
    public void Write_WritesWordsPeriodsAndFlags_WhenTheRowIsFull()
    {
        var cells = Cells(WriteToString([Full]))[0];

        Assert.Equal(ResultColumns.All.Count, cells.Length);
        Assert.Equal("2023", cells[Index("period")]);
        Assert.Equal("preliminary", cells[Index("status")]);
        Assert.Equal("2017", cells[Index("baseline_period")]);
        Assert.Equal("not-assessed", cells[Index("change_verdict")]);
        Assert.Equal("worse", cells[Index("comparator_verdict")]);
        Assert.Equal("no-trend", cells[Index("trend_verdict")]);
        Assert.Equal("off-track", cells[Index("target_status")]);
        Assert.Equal("7", cells[Index("trend_n")]);
        Assert.Equal("2025", cells[Index("target_year")]);
        Assert.Equal("312", cells[Index("numerator")]);
        Assert.Equal("preliminary|revised", cells[Index("flags")]);
    }

    [Fact]
    public void Write_WritesEmptyCells_WhenValuesAreAbsentOrNotFinite()
    {
        var row = new IndicatorResult
        {
            IndicatorId = "ran",
            AreaId = "lpo-jarva",
            Period = Period.OfQuarter(2024, 2),
            Value = double.NaN,
            CiLow = double.PositiveInfinity,
        };

        var line = WriteToString([row]).Split('\n')[1];

        Assert.Equal("ran,lpo-jarva,2024-Q2,,,,,,ok,,,,,,,not-assessed,,not-assessed,,,,,,not-assessed,,,not-assessed,,", line);
    }

    [Fact]
    public void Write_ClearsEverythingDerived_WhenTheRowIsSuppressed()
    {
        var suppressed = Full with { Status = ResultStatus.Suppressed, ChangeVerdict = Verdict.Better, TrendVerdict = TrendVerdict.Improving };

        var cells = Cells(WriteToString([suppressed]))[0];

        foreach (var column in new[] { "value", "ci_low", "ci_high", "numerator", "denominator", "change", "change_ci_low", "change_p", "trend_n", "trend_p", "trend_slope" })
        {
            Assert.True(cells[Index(column)].Length == 0, column);
        }

        Assert.Equal("not-assessed", cells[Index("change_verdict")]);
        Assert.Equal("not-assessed", cells[Index("trend_verdict")]);
        Assert.Equal("suppressed", cells[Index("status")]);
        Assert.Equal("31.8", cells[Index("baseline_value")]);
    }

    [Fact]
    public void Write_NeutralisesFormulaTextButNotNegativeNumbers_WhenACellStartsWithAFormulaCharacter()
    {
        var row = Full with { AreaId = "=HYPERLINK(\"http://x\",\"klick\")", AgreementId = "+sak", TrendMethod = "@sum", Change = -0.5 };

        var line = WriteToString([row]).Split('\n')[1];

        Assert.StartsWith("otrygg-ute-sen-kvall,\"'=HYPERLINK(\"\"http://x\"\",\"\"klick\"\")\",2023,", line, StringComparison.Ordinal);
        var cells = Cells(WriteToString([row]))[0];
        Assert.Equal("'=HYPERLINK(\"http://x\",\"klick\")", cells[Index("area_id")]);
        Assert.Equal("'+sak", cells[Index("agreement_id")]);
        Assert.Equal("'@sum", cells[Index("trend_method")]);
        Assert.Equal("-0.5", cells[Index("change")]);
    }

    [Fact]
    public void Write_QuotesPerRfc4180_WhenTextHoldsCommasQuotesOrNewlines()
    {
        Assert.Equal("\"a,b\"", ResultsCsvWriter.TextCell("a,b"));
        Assert.Equal("\"say \"\"hej\"\"\"", ResultsCsvWriter.TextCell("say \"hej\""));
        Assert.Equal("\"two\nlines\"", ResultsCsvWriter.TextCell("two\nlines"));
        Assert.Equal("plain", ResultsCsvWriter.TextCell("plain"));
    }

    [Fact]
    public void Write_WritesUtf8WithoutBomAndLfOnly_WhenWritingToAStream()
    {
        using var stream = new MemoryStream();

        ResultsCsvWriter.Write(stream, [Full, Full with { AreaId = "sdo-älvsjö" }]);

        var bytes = stream.ToArray();
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal((byte)'i', bytes[0]);
        Assert.DoesNotContain((byte)'\r', bytes);
        var text = new UTF8Encoding(false, true).GetString(bytes);
        Assert.Contains("sdo-älvsjö", text, StringComparison.Ordinal);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.Equal(3, text.Count(c => c == '\n'));
    }

    [Fact]
    public async Task WriteAsync_WritesTheSameBytes_AsTheSynchronousWriter()
    {
        using var sync = new MemoryStream();
        using var async = new MemoryStream();

        ResultsCsvWriter.Write(sync, [Full]);
        await ResultsCsvWriter.WriteAsync(async, [Full]);

        Assert.Equal(sync.ToArray(), async.ToArray());
    }

    [Fact]
    public void Write_WritesTheSampleSeries_OneLinePerRow()
    {
        var rows = Some.SpangaTenstaSeries();

        var lines = WriteToString(rows).TrimEnd('\n').Split('\n');

        Assert.Equal(rows.Count + 1, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.Equal(ResultColumns.All.Count - 1, l.Count(c => c == ',')));
    }

    private static int Index(string column) => ResultColumns.All.ToList().IndexOf(column);

    private static string WriteToString(IEnumerable<IndicatorResult> rows)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        ResultsCsvWriter.Write(writer, rows);
        return writer.ToString();
    }

    /// <summary>A minimal RFC 4180 reader for checking (quoted fields, doubled quotes).</summary>
    private static List<string[]> Cells(string csv)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        return records.Skip(1).ToList();
    }
}
