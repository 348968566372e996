using System.Globalization;
using System.Text;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Ingestion.Csv;
using Samverkan.Analytics.Ingestion.Tests.Support;

namespace Samverkan.Analytics.Ingestion.Tests.Csv.Incidents;

/// <summary>Incident lists counted per area, month and category, read one line at a time.</summary>
public sealed class CrimeIncidentsReaderTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("samverkan-incidents-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void Read_CountsPerAreaMonthAndCategory_AndZeroFillsMonthsWithoutIncidents()
    {
        var file = Some.Read(
            "incident_id;reported_date;category;area\n" +
            "a1;2024-01-03;ran;Bromma\n" +
            "a2;2024-01-31 23:59;Rån inkl. grovt;Bromma\n" +
            "a3;2024-03-01T08:00;därav misshandel inkl. grov;Bromma\n" +
            "a4;2024-03-15;ran;Stockholm\n");

        Assert.Empty(file.Issues);
        Assert.Equal(("crime-incidents", InputKind.CrimeIncidents, 4), (file.Format, file.Kind, file.RowCount));
        Assert.EndsWith(", 4 brott i 3 månader", file.Detected, StringComparison.Ordinal);
        var counts = file.Observations.Select(o => (o.AreaId, o.Period.ToString(), o.Subject, o.Value!.Value)).ToList();
        Assert.Equal(
            [
                ("kommun-0180", "2024-01", "ran", 0.0), ("kommun-0180", "2024-02", "ran", 0.0), ("kommun-0180", "2024-03", "ran", 1.0),
                ("sdo-bromma", "2024-01", "misshandel", 0.0), ("sdo-bromma", "2024-02", "misshandel", 0.0), ("sdo-bromma", "2024-03", "misshandel", 1.0),
                ("sdo-bromma", "2024-01", "ran", 2.0), ("sdo-bromma", "2024-02", "ran", 0.0), ("sdo-bromma", "2024-03", "ran", 0.0),
            ],
            counts);
        Assert.All(file.Observations, o => Assert.Equal(Dataset.Crime, o.Dataset));
        var january = file.Observations.Single(o => o.AreaId == "sdo-bromma" && o.Subject == "ran" && o.Period == Period.OfMonth(2024, 1));
        Assert.Equal((2, 3), (january.Lineage!.FirstRow, january.Lineage.LastRow));
        var empty = file.Observations.Single(o => o.AreaId == "sdo-bromma" && o.Subject == "ran" && o.Period == Period.OfMonth(2024, 2));
        Assert.Equal((2, 5), (empty.Lineage!.FirstRow, empty.Lineage.LastRow));
    }

    [Theory]
    [InlineData("2024-13-01", "'2024-13-01' i kolumnen 'reported_date' är inget datum.")]
    [InlineData("03/01/2024", "'03/01/2024' i kolumnen 'reported_date' är inget datum.")]
    [InlineData("2026-12-01", "'2026-12-01' ligger i framtiden (i dag är det 2026-11-25).")]
    [InlineData("1949-12-31", "'1949-12-31' ligger före 1950, tidigare än alla serier som tjänsten följer.")]
    public void Read_RejectsWithTheCell_WhenTheDateIsWrong(string date, string message)
    {
        var file = Some.Read($"reported_date;category;area\n{date};ran;Bromma\n", new ReadOptions { Today = new DateOnly(2026, 11, 25) });

        var issue = Assert.Single(file.Errors);
        Assert.Equal((2, 1), (issue.Line, issue.Column));
        Assert.Equal(message, issue.Message);
    }

    [Fact]
    public void Read_RejectsWithTheCell_WhenNoTodayIsGivenAndTheYearIsBeyondEveryPeriod()
    {
        // Found by ReaderPropertyTests (seed 3B2rnSlsonh1): without today, year 5024 reached Period.OfMonth and threw.
        var text = "reported_date;category;area\n2024-01-03;ran;Bromma\n5024-03-01 10:00;ran;Bromma\n";
        var path = Path.Combine(_directory.FullName, "framtid.csv");
        File.WriteAllText(path, text, new UTF8Encoding(false));

        foreach (var file in (ParsedFile[])[Some.Read(text), new CsvFileReader { StreamingThreshold = 0 }.ReadFile(path, Some.Catalog)])
        {
            var issue = Assert.Single(file.Errors);
            Assert.Equal((3, 1), (issue.Line, issue.Column));
            Assert.Equal("'5024-03-01 10:00' ligger efter år 2200, senare än någon period som tjänsten kan räkna med.", issue.Message);
        }
    }

    [Fact]
    public void Read_RejectsEachWrongDate_WhenItDiffersFromTheAcceptedDateBeforeItOnlyInTheDay()
    {
        // The rows read a date like the one before it without parsing it again: a day that does not exist
        // or lies in the future right after a good date of the same month must still be reported on its line.
        var file = Some.Read(
            "reported_date;category;area\n2024-02-29;ran;Bromma\n2024-02-29;ran;Bromma\n2024-02-30;ran;Bromma\n2024-02-29T10:00;ran;Bromma\n2026-11-25;ran;Bromma\n2026-11-26;ran;Bromma\n2026-11-25;ran;Bromma\n",
            new ReadOptions { Today = new DateOnly(2026, 11, 25) });

        Assert.Equal(
            [(4, 1, "'2024-02-30' i kolumnen 'reported_date' är inget datum."), (7, 1, "'2026-11-26' ligger i framtiden (i dag är det 2026-11-25).")],
            file.Errors.Select(e => (e.Line, e.Column, e.Message)));
    }

    [Fact]
    public void Read_RejectsNamingTheLabelOnce_WhenACategoryIsUnknown()
    {
        var file = Some.Read("reported_date;crime_code;area\n2024-01-01;0399;Bromma\n2024-01-02;0399;Bromma\n2024-01-03;ran;Bromma\n");

        var issue = Assert.Single(file.Errors);
        Assert.Equal((2, 2), (issue.Line, issue.Column));
        Assert.Equal("Okänd brottskategori '0399' (finns även på fler rader, antal: 1).", issue.Message);
        Assert.EndsWith("Lägg till benämningen i category_map i categories.yaml (\"0399\": <kategori-id>), eller ta inte med kategorin i exporten.", issue.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_GivesTheSameResult_WhenTheFileIsStreamedFromDisk()
    {
        var text = "reported_date,category,area\r\n" + string.Concat(Enumerable.Range(0, 3000).Select(i => $"2023-{(i % 12) + 1:00}-{(i % 28) + 1:00},ran,{(i % 3 == 0 ? "Bromma" : "Hägersten-Älvsjö")}\r\n"));
        var path = Path.Combine(_directory.FullName, "incidents.csv");
        File.WriteAllBytes(path, Some.Cp1252(text));
        var whole = new CsvFileReader().ReadFile(path, Some.Catalog);

        var streamed = new CsvFileReader { StreamingThreshold = 0 }.ReadFile(path, Some.Catalog);

        Assert.Empty(streamed.Issues);
        Assert.Equal(whole.FileHash, streamed.FileHash);
        Assert.Equal(whole.Observations, streamed.Observations);
        Assert.Equal(3000, streamed.Observations.Sum(o => o.Value));
        Assert.StartsWith("teckenkodning Windows-1252, radbrytningar CRLF, avgränsare ','", streamed.Detected, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_StreamsAFileLargerThanTheThreshold_InConstantMemoryPerGroup()
    {
        var path = Path.Combine(_directory.FullName, "big.csv");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(true)))
        {
            writer.Write("incident_id;reported_date;category;area\n");
            for (var i = 0; i < 240_000; i++)
            {
                writer.Write($"{i};2022-{(i % 12) + 1:00}-15;{((i / 12) % 2 == 0 ? "ran" : "misshandel")};Bromma\n");
            }
        }

        var file = new CsvFileReader { StreamingThreshold = 1024 * 1024 }.ReadFile(path, Some.Catalog);

        Assert.Empty(file.Issues);
        Assert.Equal(240_000, file.RowCount);
        Assert.Equal(24, file.Observations.Count);
        Assert.All(file.Observations, o => Assert.Equal(10_000, o.Value));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))), file.FileHash);
        Assert.StartsWith("teckenkodning UTF-8 med BOM", file.Detected, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_RejectsNamingTheLine_WhenALargeUtf8FileWithBomHasInvalidBytes()
    {
        var path = Path.Combine(_directory.FullName, "bad.csv");
        var good = Encoding.UTF8.GetBytes("reported_date;category;area\n2022-01-01;ran;Bromma\n");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. good, .. "2022-01-02;ran;Br"u8, 0xF6, .. "mma\n"u8]);

        var file = new CsvFileReader { StreamingThreshold = 0 }.ReadFile(path, Some.Catalog);

        var issue = Assert.Single(file.Issues);
        Assert.Equal("Filen börjar med en UTF-8-markering (BOM), men rad 3 är inte giltig UTF-8.", issue.Message);
    }

    [Fact]
    public void Read_RejectsNamingBothLines_WhenAnIncidentIdRepeats()
    {
        var file = Some.Read(
            "incident_id;reported_date;category;area\n" +
            "A-1;2024-01-03;ran;Bromma\n" +
            "A-2;2024-01-04;ran;Bromma\n" +
            " A-1 ;2024-01-05;ran;Bromma\n" +
            "A-3;2024-01-06;ran;Bromma\n" +
            "A-1;2024-01-07;ran;Bromma\n");

        Assert.True(file.IsRejected);
        var errors = file.Errors.ToList();
        Assert.Equal([(4, 1), (6, 1)], errors.Select(e => (e.Line, e.Column)));
        Assert.Equal("incident_id 'A-1' på rad 4 upprepar rad 2.", errors[0].Message);
        Assert.Equal("incident_id 'A-1' på rad 6 upprepar rad 2.", errors[1].Message);
        Assert.Equal("Varje anmält brott är en rad och räknas en gång; ta bort den upprepade raden (eller, om det är två brott, ge dem olika id).", errors[0].Hint);
    }

    [Fact]
    public void Read_RejectsNamingBothLines_WhenIdsRepeatFarApartOrAreLong()
    {
        // More rows between the repeats than the filter's look-ahead queue holds, and an id longer than a queue slot.
        var longId = new string('L', 80);
        var rows = new StringBuilder("incident_id;reported_date;category;area\n");
        for (var i = 0; i < 60; i++)
        {
            var id = i switch { 45 => "B-3", 50 => longId, 55 => "B-3", 58 => longId, 59 => "B-3", _ => $"B-{i}" };
            rows.Append(CultureInfo.InvariantCulture, $"{id};2024-01-03;ran;Bromma\n");
        }

        var file = Some.Read(rows.ToString());

        Assert.True(file.IsRejected);
        Assert.Equal(
            ["incident_id 'B-3' på rad 47 upprepar rad 5.", "incident_id 'B-3' på rad 57 upprepar rad 5.", $"incident_id '{longId}' på rad 60 upprepar rad 52.", "incident_id 'B-3' på rad 61 upprepar rad 5."],
            file.Errors.OrderBy(e => e.Line).Select(e => e.Message));
    }

    [Fact]
    public void Read_CountsEveryMonth_WhenRowsAreNotInDateOrder()
    {
        var file = Some.Read(
            "reported_date;category;area\n" +
            "2024-06-03;ran;Bromma\n" +
            "2021-01-04;ran;Bromma\n" +
            "2024-06-05;ran;Bromma\n" +
            "2025-02-06;ran;Bromma\n" +
            "2021-01-07;ran;Bromma\n");

        Assert.Empty(file.Errors);
        var bromma = file.Observations.Where(o => o.Value > 0).Select(o => (o.Period.ToString(), o.Value!.Value, o.Lineage!.FirstRow, o.Lineage.LastRow)).ToList();
        Assert.Equal([("2021-01", 2.0, 3, 6), ("2024-06", 2.0, 2, 4), ("2025-02", 1.0, 5, 5)], bromma);
        Assert.Equal(50, file.Observations.Count);
    }

    [Fact]
    public void Read_AcceptsRowsWithoutIds_WhenIdsAreEmptyOrAbsent()
    {
        var file = Some.Read("incident_id;reported_date;category;area\n;2024-01-03;ran;Bromma\n;2024-01-03;ran;Bromma\n");

        Assert.Empty(file.Issues);
        Assert.Equal(2, file.Observations.Single().Value);
    }

    [Fact]
    public void ReadFile_FindsARepeatFarApart_WhenALargeFileIsStreamed()
    {
        var path = Path.Combine(_directory.FullName, "repeat.csv");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            writer.Write("incident_id,reported_date,category,area\n");
            for (var i = 0; i < 200_000; i++)
            {
                writer.Write($"I{i},2022-{(i % 12) + 1:00}-15,ran,Bromma\n");
            }

            writer.Write("I17,2022-05-15,ran,Bromma\n");
        }

        var file = new CsvFileReader { StreamingThreshold = 1024 * 1024 }.ReadFile(path, Some.Catalog);

        var error = Assert.Single(file.Issues);
        Assert.Equal((200_002, 1), (error.Line, error.Column));
        Assert.Equal("incident_id 'I17' på rad 200002 upprepar rad 19.", error.Message);
    }
}
