using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Ingestion.Catalog;
using Samverkan.Analytics.Ingestion.Layout;
using Samverkan.Analytics.Publishing.Maps;

namespace Samverkan.Analytics.Publishing.Tests.Maps;

/// <summary>The shipped geodata and catalogue, loaded once for all map tests.</summary>
internal static class MapFixture
{
    private static readonly Lazy<CityMap> LazyMap = new(CityMap.LoadDefault);
    private static readonly Lazy<Catalog> LazyCatalog = new(() =>
        CatalogLoader.Load(RepositoryLayout.DefaultCatalogDirectory()!).GetCatalogOrThrow());

    public static CityMap Map => LazyMap.Value;

    public static Catalog Catalog => LazyCatalog.Value;

    /// <summary>Where rendered maps go, to be looked at: bin/…/map-output.</summary>
    public static string OutputDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "map-output");
}
