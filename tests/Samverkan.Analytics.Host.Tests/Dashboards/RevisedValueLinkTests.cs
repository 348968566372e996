using System.Text;
using System.Text.RegularExpressions;
using Samverkan.Analytics.Analysis;
using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Host.Tests.Support;
using Samverkan.Analytics.Ingestion.Csv;
using Samverkan.Analytics.Ingestion.Importing;
using Samverkan.Analytics.Publishing.Site;
using Samverkan.Analytics.Storage;

namespace Samverkan.Analytics.Host.Tests.Dashboards;

/// <summary>A revised value end to end: import, import a revision, compute, publish; the mark links to the earlier value.</summary>
public sealed partial class RevisedValueLinkTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Publish_LinksTheRevisedValueToTheEarlierValueAndItsImport_WhenAFileRevisesIt()
    {
        var catalog = Samverkan.Analytics.Ingestion.Catalog.CatalogLoader.Load(Path.Combine(RepositoryRoot.Path, "data-samples", "catalog")).GetCatalogOrThrow();
        var dataDirectory = new DataDirectory(_data.Path);
        await using var storage = SamverkanStorage.OpenSqlite(dataDirectory, TimeProvider.System);
        await storage.Migrator.MigrateAsync(CancellationToken.None);
        var importer = new FileImporter(storage.Observations, new CsvFileReader(), catalog);
        const string Header = "indicator,area,area_kind,period,value\n";
        const string Kept = "trygghetsvandringar,kommun-0180,municipality,2019,40\ntrygghetsvandringar,kommun-0180,municipality,2024,52\n"
            + "trygghetsvandringar,sdo-jarva,district,2024,9\n";
        var first = await importer.ImportAsync("vandringar-2025-01.csv", Encoding.UTF8.GetBytes(Header + Kept + "trygghetsvandringar,sdo-jarva,district,2023,7\n"), null, false, CancellationToken.None);
        var second = await importer.ImportAsync("vandringar-2025-03-rättad.csv", Encoding.UTF8.GetBytes(Header + Kept + "trygghetsvandringar,sdo-jarva,district,2023,11\n"), null, false, CancellationToken.None);
        Assert.True(first.Outcome?.Import.Added > 0 && second.Outcome?.Import.Revised == 1);
        var run = await new ComputeService(catalog, storage.Observations, storage.Results, TimeProvider.System).RunAsync(CancellationToken.None);
        var site = Path.Combine(_data.Path, "site");

        await new SitePublishService(catalog, storage.Results, revisions: storage.Observations).PublishAsync(site, run.Id, CancellationToken.None);

        var row = File.ReadAllLines(Path.Combine(site, "results.csv")).Single(l => l.StartsWith("trygghetsvandringar,sdo-jarva,2023,", StringComparison.Ordinal));
        Assert.Contains("revised", row, StringComparison.Ordinal);
        Assert.DoesNotContain("revised", File.ReadAllLines(Path.Combine(site, "results.csv")).Single(l => l.StartsWith("trygghetsvandringar,sdo-jarva,2024,", StringComparison.Ordinal)), StringComparison.Ordinal);
        var indicatorPage = await File.ReadAllTextAsync(Path.Combine(site, "indikator", "trygghetsvandringar.html"));
        var links = RevisionLink().Matches(indicatorPage).Select(m => m.Groups["href"].Value).Distinct().ToList();
        // Järva the local police area is apportioned from Järva the district: its value is revised too.
        Assert.Equal(["../revideringar/trygghetsvandringar.html#rev-sdo-jarva-2023", "../revideringar/trygghetsvandringar.html#rev-lpo-jarva-2023"], links);
        var revisions = await File.ReadAllTextAsync(Path.Combine(site, "revideringar", "trygghetsvandringar.html"));
        foreach (var anchor in new[] { "rev-sdo-jarva-2023", "rev-lpo-jarva-2023" })
        {
            var section = revisions[revisions.IndexOf($"id=\"{anchor}\"", StringComparison.Ordinal)..];
            section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
            var cells = Cell().Matches(section).Select(m => m.Groups[1].Value).ToList();
            Assert.Equal(
                ["7", "vandringar-2025-01.csv, importerad " + Day(first.Outcome!.Import.ImportedAt), "11", "vandringar-2025-03-rättad.csv, importerad " + Day(second.Outcome!.Import.ImportedAt)],
                cells);
        }
    }

    private static string Day(DateTimeOffset t) => Publishing.YearlyReport.ReportWords.Day(t);

    [GeneratedRegex("<a class=\"flag\" href=\"(?<href>[^\"]+)\"[^>]*>rev\\.")]
    private static partial Regex RevisionLink();

    [GeneratedRegex("<td[^>]*>([^<]*)</td>")]
    private static partial Regex Cell();
}
