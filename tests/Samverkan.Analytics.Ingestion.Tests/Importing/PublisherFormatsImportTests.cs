using System.Text;
using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Ingestion.Csv;
using Samverkan.Analytics.Ingestion.Importing;
using Samverkan.Analytics.Ingestion.Tests.Catalog;
using Samverkan.Analytics.Ingestion.Tests.Support;
using Samverkan.Analytics.Storage;

namespace Samverkan.Analytics.Ingestion.Tests.Importing;

/// <summary>
/// Issue #3 "done when": every publisher format imports through the drop folder into the real SQLite
/// store with the shipped catalogue: BRÅ's Solwebb export (also a chapter export), BRÅ's yearly
/// municipality files (with and without header), PxWeb wide exports, survey microdata and an
/// incident list, all dropped at once.
/// </summary>
public sealed class PublisherFormatsImportTests : IDisposable
{
    private readonly DataDirectory _data = new(Directory.CreateTempSubdirectory("samverkan-publishers-").FullName);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data.Root, recursive: true);
    }

    [Fact]
    public async Task ProcessAsync_ImportsEveryPublisherFormat_WhenDroppedInTheInboxTogether()
    {
        await using var storage = SamverkanStorage.OpenSqlite(_data, TimeProvider.System);
        await storage.Migrator.MigrateAsync(CancellationToken.None);
        Directory.CreateDirectory(_data.Inbox);

        // The populations first (oldest), so that BRÅ's rate columns are checked against them.
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        Drop("population-2017-2025.csv", File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "data-samples", "population-2017-2025.csv")), start);
        string[] samples =
        [
            "bra-solwebb-2023.txt", "bra-solwebb-kapitel-2020.txt", "anmalda-brott-i-kommunerna-2021.csv",
            "anmalda-brott-i-kommunerna-2023.csv", "pxweb-folkmangd-stadsdelsomraden.csv", "pxweb-folkmangd-kommun-kon.csv",
        ];
        foreach (var sample in samples)
        {
            Drop(sample, Publishers.Bytes(sample), start.AddMinutes(1));
        }

        Drop("svar-2020.csv", Encoding.UTF8.GetBytes("respondent_id;år;område;vikt;otrygg-ute-sen-kvall\n1;2020;Bromma;1,2;3\n2;2020;Bromma;0,8;1\n3;2020;Bromma;1,0;5\n"), start.AddMinutes(2));
        Drop("anmalningar-2024.csv", Encoding.UTF8.GetBytes("incident_id,reported_date,category,area\nA-1,2024-01-03,Rån inkl. grovt,Bromma\nA-2,2024-02-11,3 kap. Brott mot liv och hälsa,Bromma\n"), start.AddMinutes(2));
        var processor = new InboxProcessor(new FileImporter(storage.Observations, new CsvFileReader(), Publishers.Shipped), _data) { SettleTime = TimeSpan.Zero };

        var results = await processor.ProcessAsync(CancellationToken.None);

        Assert.All(results, r => Assert.True(r.Outcome == InboxFileOutcome.Imported, $"{r.FileName}: {r.Outcome} {string.Join(" | ", r.Import?.File.Errors.Select(e => e.Message) ?? [])}"));
        Assert.Equal(9, results.Count);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_data.Inbox));
        var imports = await storage.Observations.ListImportsAsync(CancellationToken.None);
        Assert.Equal(
            ["bra-kommun", "bra-solwebb", "canonical", "crime-incidents", "pxweb-wide", "survey-responses"],
            imports.Select(i => i.Format).Distinct().Order(StringComparer.Ordinal));
        var current = await storage.Observations.GetCurrentObservationsAsync(CancellationToken.None);
        Assert.Contains(current, o => o.Subject == "samtliga-brott" && o.AreaId == "kommun-0180" && o.Period.ToString() == "2023" && o.Value == 145208);
        Assert.Contains(current, o => o.Subject == "liv-och-halsa" && o.AreaId == "sdo-alvsjo" && o.Period.ToString() == "2020-01");
        Assert.Contains(current, o => o.Subject == "liv-och-halsa" && o.AreaId == "sdo-bromma" && o.Period.ToString() == "2024-02" && o.Value == 1);
    }

    private void Drop(string name, byte[] bytes, DateTime lastWriteUtc)
    {
        var path = Path.Combine(_data.Inbox, name);
        File.WriteAllBytes(path, bytes);
        File.SetLastWriteTimeUtc(path, lastWriteUtc);
    }
}
