namespace Samverkan.Analytics.Ingestion.Tests.Catalog;

/// <summary>Finds the repository root (the folder holding Samverkan.Analytics.sln) from the test's bin folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string ShippedCatalog => Path.Combine(Root, "data-samples", "catalog");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Samverkan.Analytics.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Samverkan.Analytics.sln above {AppContext.BaseDirectory}.");
    }
}
