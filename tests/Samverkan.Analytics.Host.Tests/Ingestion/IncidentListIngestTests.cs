using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Samverkan.Analytics.Core.Explanations;
using Samverkan.Analytics.Host.Tests.Support;

namespace Samverkan.Analytics.Host.Tests.Ingestion;

/// <summary>
/// An incident list whose monthly counts are streamed to the store (computed from the reader's tallies
/// as the store enumerates them, written a chunk at a time in one transaction): the built
/// <c>samverkan ingest</c> on a real SQLite file, with 2 304 counts (more than one write chunk). The
/// summaries are the exact lines an analyst reads; a revised delivery revises exactly the changed
/// counts; a rejected file stores nothing.
/// </summary>
public sealed class IncidentListIngestTests : IDisposable
{
    private static readonly string[] Districts =
        ["Bromma", "Kungsholmen", "Södermalm", "Farsta", "Skarpnäck", "Skärholmen", "Hässelby-Vällingby", "Enskede-Årsta-Vantör"];

    private static readonly string[] Categories = ["brott-mot-person", "misshandel", "ran", "skadegorelse", "narkotikabrott", "vapenbrott"];

    /// <summary>8 districts × 6 categories × 48 months (2020–2023).</summary>
    private const int Cells = 8 * 6 * 48;

    private static string N(int count) => count.ToString("N0", SwedishFormat.Culture);

    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Ingest_SummarisesRevisesAndRejectsExactly_WhenAnIncidentListStreamsItsCountsToTheStore()
    {
        var (first, firstRows) = Write("incidents-1.csv", cell => 1 + (cell % 3), badLine: false);
        var (second, secondRows) = Write("incidents-2.csv", cell => 1 + (cell % 3) + (cell % 5 == 0 ? 1 : 0), badLine: false);
        var (bad, _) = Write("incidents-3.csv", cell => 2, badLine: true);
        var revised = Enumerable.Range(0, Cells).Count(cell => cell % 5 == 0);

        var one = await CliRunner.RunAsync("ingest", first, "--kind", "crime-incidents", "--area-kind", "district", "--data-dir", _data.Path);
        var two = await CliRunner.RunAsync("ingest", second, "--kind", "crime-incidents", "--area-kind", "district", "--data-dir", _data.Path);
        var three = await CliRunner.RunAsync("ingest", bad, "--kind", "crime-incidents", "--area-kind", "district", "--data-dir", _data.Path);
        var imports = await CliRunner.RunAsync("imports", "--data-dir", _data.Path);

        Assert.True(one.ExitCode == 0, one.Output + one.Error);
        Assert.Contains(
            $"incidents-1.csv: inläst som import 1 (crime-incidents, crime-incidents; teckenkodning UTF-8, radbrytningar LF, avgränsare ';', {N(firstRows)} brott i 48 månader): {N(Cells)} tillagda, 0 reviderade, 0 oförändrade, 0 varningar.",
            one.Output,
            StringComparison.Ordinal);
        Assert.True(two.ExitCode == 0, two.Output + two.Error);
        Assert.Contains(
            $"incidents-2.csv: inläst som import 2 (crime-incidents, crime-incidents; teckenkodning UTF-8, radbrytningar LF, avgränsare ';', {N(secondRows)} brott i 48 månader): 0 tillagda, {N(revised)} reviderade, {N(Cells - revised)} oförändrade, 0 varningar.",
            two.Output,
            StringComparison.Ordinal);
        Assert.Equal(1, three.ExitCode);
        Assert.Contains("incidents-3.csv:", three.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("import 3", three.Output, StringComparison.Ordinal);
        Assert.Equal(0, imports.ExitCode);
        Assert.Contains("incidents-2.csv", imports.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("incidents-3.csv", imports.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportsShow_SaysWhatWasDetectedInSwedish_WhenTheImportWasStoredWithTheOldEnglishText()
    {
        var (first, _) = Write("incidents-1.csv", cell => 1, badLine: false);
        var one = await CliRunner.RunAsync("ingest", first, "--kind", "crime-incidents", "--area-kind", "district", "--data-dir", _data.Path);
        Assert.True(one.ExitCode == 0, one.Output + one.Error);
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(_data.Path, "samverkan.db"), Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE imports SET detected = 'encoding Windows-1252, CRLF line breaks, separator '';'', 1234567 incidents in 1 months' WHERE id = 1";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        var show = await CliRunner.RunAsync("imports", "show", "1", "--data-dir", _data.Path);

        Assert.True(show.ExitCode == 0, show.Output + show.Error);
        Assert.Contains("  upptäckt: teckenkodning Windows-1252, radbrytningar CRLF, avgränsare ';', 1\u00A0234\u00A0567 brott i 1 månad\n", show.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    /// <summary>An incident list with <paramref name="count"/> incidents per district × category × month; with <paramref name="badLine"/> its last row has no real date.</summary>
    private (string Path, int Rows) Write(string name, Func<int, int> count, bool badLine)
    {
        var text = new StringBuilder("ärende;anmälningsdatum;kategori;område\n");
        var rows = 0;
        for (var cell = 0; cell < Cells; cell++)
        {
            var month = cell % 48;
            var category = Categories[(cell / 48) % Categories.Length];
            var district = Districts[cell / (48 * Categories.Length)];
            for (var k = 0; k < count(cell); k++)
            {
                rows++;
                text.Append(CultureInfo.InvariantCulture, $"{name}-{rows};{2020 + (month / 12)}-{(month % 12) + 1:00}-{k + 1:00};{category};{district}\n");
            }
        }

        if (badLine)
        {
            text.Append("bad-1;2023-02-30;ran;Bromma\n");
        }

        var path = Path.Combine(_data.Path, name);
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        return (path, rows);
    }
}
