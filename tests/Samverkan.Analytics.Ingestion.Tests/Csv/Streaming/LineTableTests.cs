using System.Globalization;
using System.Text;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Ingestion.Csv;
using Samverkan.Analytics.Ingestion.Tests.Support;

namespace Samverkan.Analytics.Ingestion.Tests.Csv.Streaming;

/// <summary>
/// The rows of the streaming readers split and read on their UTF-8 bytes: multi-byte names where a
/// piece or the read buffer is cut, a Windows-1252 file (transcoded to UTF-8 as it is read), quoted
/// fields with the separator inside, white space that is not ASCII. Every expectation is a count or
/// a message written out here, not the output of another path of the same code.
/// </summary>
public sealed class LineTableTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("samverkan-linetable-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(61)]
    [InlineData(4096)]
    public void ReadFile_CountsMultiByteNames_WhenTheyMeetPieceAndBufferEdges(int chunkBytes)
    {
        // Rows of different lengths put "Hägersten-Älvsjö" and "Spånga-Tensta" across every alignment of the
        // 64 KiB read buffer (the file is larger than it) and of the pieces.
        var text = new StringBuilder("ärende;anmälningsdatum;kategori;område\n");
        var expected = new Dictionary<string, int>(StringComparer.Ordinal) { ["sdo-hagersten-alvsjo"] = 0, ["sdo-spanga-tensta"] = 0, ["sdo-bromma"] = 0 };
        for (var i = 0; i < 3000; i++)
        {
            var (name, id) = (i % 3) switch { 0 => ("Hägersten-Älvsjö", "sdo-hagersten-alvsjo"), 1 => ("Spånga-Tensta", "sdo-spanga-tensta"), _ => ("Bromma", "sdo-bromma") };
            text.Append(CultureInfo.InvariantCulture, $"K{i}{new string('x', i % 7)};2023-03-{(i % 28) + 1:00};Rån inkl. grovt;{name}\n");
            expected[id]++;
        }

        Assert.True(Encoding.UTF8.GetByteCount(text.ToString()) > 1 << 16);
        var parsed = ReadFile(Write("incidents.csv", Encoding.UTF8.GetBytes(text.ToString())), chunkBytes);

        Assert.Empty(parsed.Issues);
        Assert.Equal(3000, parsed.RowCount);
        var march = parsed.Observations.Where(o => o.Period == Period.OfMonth(2023, 3)).ToList();
        Assert.All(march, o => Assert.Equal("ran", o.Subject));
        Assert.Equal(expected, march.ToDictionary(o => o.AreaId, o => (int)o.Value!.Value, StringComparer.Ordinal));
    }

    [Fact]
    public void ReadFile_ReadsTheNamesAndReportsThemDecoded_WhenTheFileIsWindows1252()
    {
        var text = "reported_date;category;area\r\n"
            + string.Concat(Enumerable.Range(0, 40).Select(i => $"2023-05-{(i % 28) + 1:00};Rån inkl. grovt;{(i % 2 == 0 ? "Hägersten-Älvsjö" : "Spånga-Tensta")}\r\n"))
            + "2023-05-03;ran;Åkersberga\r\n";

        var parsed = ReadFile(Write("cp1252.csv", Some.Cp1252(text)), 64);

        Assert.Equal(20, parsed.Observations.Single(o => o.AreaId == "sdo-hagersten-alvsjo" && o.Subject == "ran").Value);
        Assert.Equal(20, parsed.Observations.Single(o => o.AreaId == "sdo-spanga-tensta" && o.Subject == "ran").Value);
        var unknown = Assert.Single(parsed.Errors);
        Assert.Equal((42, 3, IngestionMessages.Format(IngestionMessages.UnknownArea, "Åkersberga")), (unknown.Line, unknown.Column, unknown.Message));
    }

    [Fact]
    public void ReadFile_ReadsTheFileAsWindows1252_WhenItsFirstNonUtf8ByteComesAfterTheHead()
    {
        // 300 kB of ASCII rows (the head looks like UTF-8, so the file is first read as UTF-8), then names in Windows-1252.
        var text = new StringBuilder("reported_date;category;area\n");
        while (text.Length < 300_000)
        {
            text.Append("2023-05-02;ran;Bromma\n");
        }

        var ascii = text.ToString().Count(c => c == '\n') - 1;
        text.Append("2023-05-03;Rån inkl. grovt;Hägersten-Älvsjö\n2023-05-04;ran;Spånga-Tensta\n");

        var parsed = ReadFile(Write("late-cp1252.csv", Some.Cp1252(text.ToString())), 64 * 1024);

        Assert.Empty(parsed.Issues);
        Assert.StartsWith("teckenkodning Windows-1252", parsed.Detected, StringComparison.Ordinal);
        Assert.Equal(ascii, parsed.Observations.Single(o => o.AreaId == "sdo-bromma" && o.Period == Period.OfMonth(2023, 5)).Value);
        Assert.Equal(1, parsed.Observations.Single(o => o.AreaId == "sdo-hagersten-alvsjo" && o.Period == Period.OfMonth(2023, 5)).Value);
        Assert.Equal(1, parsed.Observations.Single(o => o.AreaId == "sdo-spanga-tensta" && o.Period == Period.OfMonth(2023, 5)).Value);
    }

    [Fact]
    public void ReadFile_TakesQuotedFieldsWithTheSeparatorInside_AndFindsTheirRepeats()
    {
        var text = "incident_id;reported_date;category;area\n"
            + "\"A;1\";2024-01-02;ran;\"Bromma\"\n"
            + "B2;2024-01-03;\"Rån inkl. grovt\";Bromma\n"
            + "\"C \"\"3\"\"\" ;2024-01-04;ran;Bromma\n"
            + "\"A;1\";2024-01-05;ran;Bromma\n";

        var parsed = ReadFile(Write("quoted.csv", Encoding.UTF8.GetBytes(text)), 0);

        Assert.Equal(4, parsed.Observations.Single(o => o.AreaId == "sdo-bromma" && o.Subject == "ran").Value);
        var repeat = Assert.Single(parsed.Errors);
        Assert.Equal((5, 1, IngestionMessages.Format(IngestionMessages.DuplicateIncident, "A;1", 5, 2)), (repeat.Line, repeat.Column, repeat.Message));
    }

    [Fact]
    public void ReadFile_TrimsWhiteSpaceThatIsNotAscii_AndSkipsBlankLinesOfIt()
    {
        // NBSP (U+00A0), ideographic space (U+3000) and a tab around the cells; a line of separators and NBSPs.
        var text = "\uFEFFreported_date;category;area\r\n"
            + "\u00A02024-01-02\u3000;\tran ;\u00A0Bromma\u00A0\r\n"
            + ";\u00A0;\u3000\r\n"
            + "2024-01-03;ran;Bromma\r\n";

        var parsed = ReadFile(Write("spaces.csv", Encoding.UTF8.GetBytes(text)), 0);

        Assert.Empty(parsed.Issues);
        Assert.Equal(2, parsed.RowCount);
        Assert.Equal(2, parsed.Observations.Single(o => o.AreaId == "sdo-bromma" && o.Subject == "ran").Value);
    }

    [Fact]
    public void ReadFile_SumsDecimalCommaWeights_WhenResponsesAreReadOnTheirBytes()
    {
        var catalog = Some.SurveyCatalog;
        var text = "respondent_id;år;område;vikt;otrygg-ute-sen-kvall\n"
            + "R1;2023;Bromma;0,1;3\n"
            + "R2;2023;Bromma;0,2;1\n"
            + "R3;2023;Bromma;1 000,5;4\n"
            + "R4;2023;Hägersten-Älvsjö;2,25;5\n";

        var parsed = new CsvFileReader { StreamingThreshold = 0 }.ReadFile(Write("svar.csv", Encoding.UTF8.GetBytes(text)), catalog, new ReadOptions { ChunkBytes = 0 });

        var bromma = parsed.Observations.Single(o => o.AreaId == "sdo-bromma");
        Assert.Equal(3, bromma.Respondents);
        Assert.Equal(0.1 + 0.2 + 1000.5, bromma.WeightedTotal);
        Assert.Equal(0.1 + 1000.5, bromma.Positive);
        Assert.DoesNotContain(parsed.Observations, o => o.AreaId == "sdo-hagersten-alvsjo");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4096)]
    public void ReadFile_CountsLinesAsTextReaderDoes_WhenLfCrlfAndLoneCrAlternate(int chunkBytes)
    {
        // LF, CRLF and a lone CR in turn over more than the 64 KiB read buffer, so each kind of line end
        // meets its edge; row i is on physical line i + 2, and one bad month must be reported there.
        var ends = new[] { "\n", "\r\n", "\r" };
        var text = new StringBuilder("ärende;anmälningsdatum;kategori;område\n");
        for (var i = 0; i < 3000; i++)
        {
            var month = i == 2500 ? 13 : 3;
            text.Append(CultureInfo.InvariantCulture, $"K{i}{new string('x', i % 5)};2023-{month:00}-{(i % 28) + 1:00};Rån inkl. grovt;Bromma{ends[i % 3]}");
        }

        Assert.True(Encoding.UTF8.GetByteCount(text.ToString()) > 1 << 16);
        var parsed = ReadFile(Write("line-ends.csv", Encoding.UTF8.GetBytes(text.ToString())), chunkBytes);

        var issue = Assert.Single(parsed.Issues);
        Assert.Equal((2502, 2), (issue.Line, issue.Column));
        Assert.Contains("2023-13-", issue.Message, StringComparison.Ordinal);
        Assert.Equal(3000, parsed.RowCount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4096)]
    public void ReadFile_CutsLongLinesAtEverySeparator_WhenLineEndsAndSeparatorsMeetEveryBlockEdge(int chunkBytes)
    {
        // Ids of 1 to 151 bytes put the separators and the line end (LF, CRLF, lone CR in turn) at every
        // offset of the 64-byte blocks the fast path reads (and past them: lines of up to about 200 bytes);
        // every row must count, on its physical line (row i on line i + 2: the lineage's first and last rows).
        var ends = new[] { "\n", "\r\n", "\r" };
        var text = new StringBuilder("ärende;anmälningsdatum;kategori;område\n");
        for (var i = 0; i < 3000; i++)
        {
            var area = i % 2 == 0 ? "Bromma" : "Hägersten-Älvsjö";
            text.Append(CultureInfo.InvariantCulture, $"K{i}{new string('x', i % 151)};2023-03-{(i % 28) + 1:00};Rån inkl. grovt;{area}{ends[i % 3]}");
        }

        var parsed = ReadFile(Write("long-lines.csv", Encoding.UTF8.GetBytes(text.ToString())), chunkBytes);

        Assert.Empty(parsed.Issues);
        Assert.Equal(3000, parsed.RowCount);
        var bromma = Assert.Single(parsed.Observations, o => o.AreaId == "sdo-bromma");
        var hagersten = Assert.Single(parsed.Observations, o => o.AreaId == "sdo-hagersten-alvsjo");
        Assert.Equal((1500d, 2, 3000), (bromma.Value!.Value, bromma.Lineage!.FirstRow, bromma.Lineage.LastRow));
        Assert.Equal((1500d, 3, 3001), (hagersten.Value!.Value, hagersten.Lineage!.FirstRow, hagersten.Lineage.LastRow));
    }

    private static ParsedFile ReadFile(string path, int chunkBytes) =>
        new CsvFileReader { StreamingThreshold = 0 }.ReadFile(path, Some.Catalog, new ReadOptions { ChunkBytes = chunkBytes });

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_directory.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
