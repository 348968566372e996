using Samverkan.Analytics.Analysis;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Ingestion.Catalog;
using Samverkan.Analytics.Ingestion.Csv;
using Samverkan.Analytics.Publishing.Dashboards;
using Samverkan.Analytics.Publishing.Site;

namespace Samverkan.Analytics.Publishing.Tests.Support;

/// <summary>
/// The whole sample site, published once per test run from data-samples/ (the shipped catalogue,
/// every sample CSV, the real results computer) into the test output folder <c>sample-site/</c>,
/// where it can be opened and looked at after the run.
/// </summary>
public sealed class SampleSiteFixture
{
    public SampleSiteFixture()
    {
        Catalog = CatalogLoader.Load(Path.Combine(RepositoryRoot.Path, "data-samples", "catalog")).GetCatalogOrThrow();
        var reader = new CsvFileReader();
        var observations = System.IO.Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "data-samples"), "*.csv")
            .Order(StringComparer.Ordinal)
            .Select(f => reader.ReadFile(f, Catalog))
            .Where(p => !p.IsRejected)
            .SelectMany(p => p.Observations)
            .ToList();
        // One revised value, as the store reads it: Järva's 2024 safety walks replaced an earlier delivery's 21.
        var walks = observations.FindIndex(o => o.Subject == "trygghetsvandringar" && o.AreaId == "sdo-jarva" && o.Period == Period.OfYear(2024));
        observations[walks] = observations[walks] with { Revised = true };
        Revised = [Revision(observations[walks])];
        Results = new ResultsComputer().Compute(Catalog, observations);
        Run = new ComputeRun
        {
            Id = 1,
            ComputedAt = new DateTimeOffset(2026, 11, 25, 13, 5, 0, TimeSpan.Zero),
            CatalogVersion = Catalog.Version,
            LatestImportId = 9,
            RowCount = Results.Count,
        };
        Directory = Path.Combine(AppContext.BaseDirectory, "sample-site");
        Published = SitePublisher.Publish(Catalog, Run, Results, Directory, DashboardSet.Default, SiteScope.Everything, Revised);
    }

    /// <summary>The site's revised value: the earlier vintage and its import, and the current one.</summary>
    public IReadOnlyList<RevisedValue> Revised { get; }

    public Catalog Catalog { get; }

    public IReadOnlyList<IndicatorResult> Results { get; }

    public ComputeRun Run { get; }

    public string Directory { get; }

    public SitePublishResult Published { get; }

    private static RevisedValue Revision(Observation current)
    {
        ImportRecord Import(long id, string file, int day) => new()
        {
            Id = id, FileName = file, FileHash = new string((char)('a' + id), 64), Kind = InputKind.Measurement,
            ImportedAt = new DateTimeOffset(2025, 1, day, 9, 0, 0, TimeSpan.Zero),
        };
        var earlier = current with { Value = 21, Revised = false, Lineage = new Lineage(new string('c', 64), 3, 150, 150) };
        return new RevisedValue(earlier, Import(3, "matningar-2024-prel.csv", 15), current, Import(9, "measurements-2019-2025.csv", 28));
    }

    public string PathOf(string relative) => Path.Combine(Directory, relative.Replace('/', Path.DirectorySeparatorChar));
}
