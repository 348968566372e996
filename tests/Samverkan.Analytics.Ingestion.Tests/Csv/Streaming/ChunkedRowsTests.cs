using System.Globalization;
using System.Text;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Ingestion.Csv;
using Samverkan.Analytics.Ingestion.Tests.Support;

namespace Samverkan.Analytics.Ingestion.Tests.Csv.Streaming;

using Catalog = Samverkan.Analytics.Core.Catalog.Catalog;

/// <summary>
/// Long incident and response files read in pieces on several cores: the pieces are made tiny here
/// (<see cref="ReadOptions.ChunkBytes"/>), so every edge lands on a piece boundary somewhere, and the
/// result must be exactly that of reading the file whole (<c>ChunkBytes = 0</c>), plus the lines the
/// tests name.
/// </summary>
public sealed class ChunkedRowsTests : IDisposable
{
    private static readonly ReadOptions Whole = new() { ChunkBytes = 0 };

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("samverkan-chunks-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Theory]
    [InlineData(7)]
    [InlineData(64)]
    [InlineData(1000)]
    public void ReadFile_GivesTheIssuesAndCountsOfAWholeRead_WhenAFileWithProblemsIsReadInPieces(int chunkBytes)
    {
        // A BOM, CRLF and LF and a lone CR, blank lines, and problems of every kind spread over the file; no newline at the end.
        var text = new StringBuilder("\uFEFFincident_id;reported_date;category;area\r\n");
        for (var i = 0; i < 400; i++)
        {
            var row = (i % 97) switch
            {
                10 => $"X{i};2024-13-01;ran;Bromma",
                20 => $"X{i};2024-02-03;0399;Bromma",
                30 => $"X{i};2024-02-03;ran;Atlantis",
                40 => $"X{i};2024-02-03;ran",
                50 => $"X{i};2024-02-03;\"ran;Bromma",
                60 => "",
                70 => $"X{i};2019-02-03;ran;Hägersten-Älvsjö",
                _ => $"X{i};2024-{(i % 12) + 1:00}-{(i % 28) + 1:00};{(i % 3 == 0 ? "ran" : "misshandel")};{(i % 2 == 0 ? "Bromma" : "Hägersten-Älvsjö")}",
            };
            text.Append(row).Append((i % 5) switch { 0 => "\r\n", 1 => "\r", _ => "\n" });
        }

        text.Append("X400;2024-05-05;ran;Bromma");
        var path = Write("incidents.csv", Encoding.UTF8.GetBytes(text.ToString()));

        var whole = ReadFile(path, Whole);
        var pieces = ReadFile(path, new ReadOptions { ChunkBytes = chunkBytes });

        AssertSame(whole, pieces);
        Assert.Equal(397, pieces.RowCount);
        var errors = pieces.Errors.Where(e => e.Line > 0).ToList();
        Assert.Equal(errors.OrderBy(e => e.Line).ThenBy(e => e.Column).Select(e => (e.Line, e.Column)), errors.Select(e => (e.Line, e.Column)));
        Assert.Contains(errors, e => e.Line == 12 && e.Message == "'2024-13-01' i kolumnen 'reported_date' är inget datum.");
        Assert.Contains(errors, e => e.Line == 109 && e.Message == "'2024-13-01' i kolumnen 'reported_date' är inget datum.");
        Assert.Contains(errors, e => e.Line == 22 && e.Message == "Okänd brottskategori '0399' (finns även på fler rader, antal: 3).");
    }

    [Fact]
    public void Read_GivesTheResultOfAWholeRead_WhenATextInMemoryIsReadInPieces()
    {
        var text = new StringBuilder("incident_id,reported_date,category,area\n");
        for (var i = 0; i < 300; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"I{i},2023-{(i % 12) + 1:00}-15,{(i % 7 == 3 ? "okänd" : "ran")},{(i % 2 == 0 ? "Bromma" : "Stockholm")}\n");
        }

        var whole = Some.Read(text.ToString(), Whole);
        var pieces = Some.Read(text.ToString(), new ReadOptions { ChunkBytes = 100 });

        AssertSame(whole, pieces);
        var unknown = Assert.Single(pieces.Errors);
        Assert.Equal((5, 3, "Okänd brottskategori 'okänd' (finns även på fler rader, antal: 42)."), (unknown.Line, unknown.Column, unknown.Message));
    }

    [Fact]
    public void ReadFile_ReportsTheQuoteOnItsLine_WhenAQuotedFieldHoldsALineBreakAcrossAPieceBoundary()
    {
        // Fields never span lines in this service: the opening line is an unterminated quote and the rest is its own (short) line.
        var head = "incident_id;reported_date;category;area\n" + string.Concat(Enumerable.Range(0, 20).Select(i => $"A{i};2024-01-02;ran;Bromma\n"));
        var text = head + "Q1;2024-01-02;\"ran\nmore\";Bromma\n" + "Z1;2024-01-03;ran;Bromma\n";
        var path = Write("quoted.csv", Encoding.UTF8.GetBytes(text));

        var whole = ReadFile(path, Whole);

        // Piece sizes from 8 bytes up put a cut after every line feed of the file once, the quoted one included.
        for (var chunkBytes = 8; chunkBytes < 120; chunkBytes += 3)
        {
            AssertSame(whole, ReadFile(path, new ReadOptions { ChunkBytes = chunkBytes }));
        }

        Assert.Equal([(22, 3), (23, 1)], whole.Errors.Select(e => (e.Line, e.Column)));
        Assert.Equal(21, whole.Observations.Sum(o => o.Value));
    }

    [Fact]
    public void ReadFile_NamesBothLines_WhenAnIdRepeatsInAnotherPiece()
    {
        var text = new StringBuilder("incident_id;reported_date;category;area\n");
        for (var i = 0; i < 500; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{(i is 250 or 499 ? "I3" : i == 400 ? "I100" : $"I{i}")};2024-01-02;ran;Bromma\n");
        }

        var path = Write("repeats.csv", Encoding.UTF8.GetBytes(text.ToString()));

        var whole = ReadFile(path, Whole);
        var pieces = ReadFile(path, new ReadOptions { ChunkBytes = 512 });

        AssertSame(whole, pieces);
        Assert.Equal(
            ["incident_id 'I3' på rad 252 upprepar rad 5.", "incident_id 'I100' på rad 402 upprepar rad 102.", "incident_id 'I3' på rad 501 upprepar rad 5."],
            pieces.Errors.Select(e => e.Message));
    }

    [Fact]
    public void ReadFile_FindsTheHeader_WhenTheFirstPieceHoldsOnlyBlankLines()
    {
        var text = new string('\n', 50) + "reported_date;category;area\n2024-01-02;ran;Bromma\n2024-01-03;ran;Atlantis\n";
        var path = Write("blank-start.csv", Encoding.UTF8.GetBytes(text));

        var pieces = ReadFile(path, new ReadOptions { ChunkBytes = 8 });

        AssertSame(ReadFile(path, Whole), pieces);
        Assert.Equal(53, Assert.Single(pieces.Errors).Line);
    }

    [Fact]
    public void ReadFile_ReadsAWindows1252FileInPieces_LikeAWholeRead()
    {
        var text = "reported_date;category;area\r\n" + string.Concat(Enumerable.Range(0, 200).Select(i => $"2023-{(i % 12) + 1:00}-15;ran;{(i % 2 == 0 ? "Hägersten-Älvsjö" : "Bromma")}\r\n"));
        var path = Write("cp1252.csv", Some.Cp1252(text));

        var pieces = ReadFile(path, new ReadOptions { ChunkBytes = 300 });

        AssertSame(ReadFile(path, Whole), pieces);
        Assert.Empty(pieces.Issues);
        Assert.Equal(200, pieces.Observations.Sum(o => o.Value));
    }

    [Fact]
    public void ReadFile_SumsWeightsLikeAWholeReadAndTheSameEveryTime_WhenResponsesAreReadInPieces()
    {
        var text = new StringBuilder("respondent_id;år;område;vikt;otrygg-ute-sen-kvall\n");
        for (var i = 0; i < 600; i++)
        {
            var row = i switch
            {
                100 => $"R{i};2023;Bromma;-1;3",
                350 => $"R{i};2023;Bromma;1,5;x",
                599 => "R7;2023;Bromma;1;3",
                _ => string.Create(CultureInfo.InvariantCulture, $"R{i};{2021 + (i % 3)};{(i % 2 == 0 ? "Bromma" : "Stockholm")};{1 + (i % 7 / 10.0) + (i % 3 / 1000.0)};{(i % 5) + 1}"),
            };
            text.Append(row.Replace('.', ',')).Append('\n');
        }

        var path = Write("svar.csv", Encoding.UTF8.GetBytes(text.ToString()));
        var whole = ReadFile(path, Whole, Some.SurveyCatalog);
        var pieces = ReadFile(path, new ReadOptions { ChunkBytes = 700 }, Some.SurveyCatalog);
        var again = ReadFile(path, new ReadOptions { ChunkBytes = 700 }, Some.SurveyCatalog);

        Assert.Equal(whole.Issues, pieces.Issues);
        Assert.Equal([102, 352, 601], pieces.Errors.Select(e => e.Line));
        Assert.Equal("respondent_id 'R7' på rad 601 upprepar rad 9.", pieces.Errors.Last().Message);
        Assert.Equal(whole.Observations.Count, pieces.Observations.Count);
        foreach (var (w, p) in whole.Observations.Zip(pieces.Observations))
        {
            Assert.Equal((w.AreaId, w.Period, w.Subject, w.Respondents, w.Lineage), (p.AreaId, p.Period, p.Subject, p.Respondents, p.Lineage));
            Assert.Equal(w.WeightedTotal!.Value, p.WeightedTotal!.Value, 1e-9);
            Assert.Equal(w.Share!.Value, p.Share!.Value, 1e-12);
        }

        Assert.Equal(pieces.Observations, again.Observations);
    }

    private static ParsedFile ReadFile(string path, ReadOptions options, Catalog? catalog = null) =>
        new CsvFileReader { StreamingThreshold = 0 }.ReadFile(path, catalog ?? Some.Catalog, options);

    private static void AssertSame(ParsedFile whole, ParsedFile pieces)
    {
        Assert.Equal(whole.Issues, pieces.Issues);
        Assert.Equal(whole.Observations, pieces.Observations);
        Assert.Equal((whole.RowCount, whole.Detected, whole.FileHash), (pieces.RowCount, pieces.Detected, pieces.FileHash));
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_directory.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
