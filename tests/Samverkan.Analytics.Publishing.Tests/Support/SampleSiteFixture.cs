using Samverkan.Analytics.Analysis;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Ingestion.Catalog;
using Samverkan.Analytics.Ingestion.Csv;
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
        Published = SitePublisher.Publish(Catalog, Run, Results, Directory);
    }

    public Catalog Catalog { get; }

    public IReadOnlyList<IndicatorResult> Results { get; }

    public ComputeRun Run { get; }

    public string Directory { get; }

    public SitePublishResult Published { get; }

    public string PathOf(string relative) => Path.Combine(Directory, relative.Replace('/', Path.DirectorySeparatorChar));
}
