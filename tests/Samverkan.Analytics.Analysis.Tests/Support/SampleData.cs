using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Ingestion.Catalog;
using Samverkan.Analytics.Ingestion.Csv;
using Samverkan.Analytics.Ingestion.Layout;

namespace Samverkan.Analytics.Analysis.Tests.Support;

/// <summary>The shipped catalogue and every top-level sample file, read once, and their results.</summary>
internal static class SampleData
{
    private static readonly Lazy<(Catalog Catalog, IReadOnlyList<Observation> Observations, IReadOnlyList<IndicatorResult> Results)> Loaded = new(Load);

    public static Catalog Catalog => Loaded.Value.Catalog;

    public static IReadOnlyList<Observation> Observations => Loaded.Value.Observations;

    public static IReadOnlyList<IndicatorResult> Results => Loaded.Value.Results;

    private static (Catalog, IReadOnlyList<Observation>, IReadOnlyList<IndicatorResult>) Load()
    {
        var catalog = CatalogLoader.Load(RepositoryLayout.DefaultCatalogDirectory()!).GetCatalogOrThrow();
        var reader = new CsvFileReader();
        var observations = Directory.GetFiles(RepositoryLayout.DefaultSampleDirectory()!, "*.csv")
            .Order(StringComparer.Ordinal)
            .Select(f => reader.ReadFile(f, catalog))
            .Select(p => p.IsRejected ? throw new InvalidOperationException(string.Join('\n', p.Errors)) : p)
            .SelectMany(p => p.Observations)
            .ToList();
        return (catalog, observations, new ResultsComputer().Compute(catalog, observations));
    }
}
