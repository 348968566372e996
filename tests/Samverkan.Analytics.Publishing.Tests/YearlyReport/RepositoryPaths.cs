namespace Samverkan.Analytics.Publishing.Tests.YearlyReport;

/// <summary>The repository root (the folder holding Samverkan.Analytics.sln), found from the test's bin folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Find();

    public static string Samples => Path.Combine(Root, "data-samples");

    public static string Catalog => Path.Combine(Samples, "catalog");

    /// <summary>Where the tests leave the rendered report and page images for people to look at.</summary>
    public static string Artefacts
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, "yearly-report-artefacts");
            Directory.CreateDirectory(path);
            return path;
        }
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Samverkan.Analytics.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Samverkan.Analytics.sln not found above " + AppContext.BaseDirectory);
    }
}
