namespace Samverkan.Analytics.Ingestion.Tests.Catalog;

/// <summary>The repository's paths the catalogue tests use (<see cref="RepositoryRoot"/>).</summary>
internal static class RepositoryPaths
{
    public static string Root => RepositoryRoot.Path;

    public static string ShippedCatalog => RepositoryRoot.Catalog;
}
