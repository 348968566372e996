namespace Samverkan.Analytics.Publishing.Tests.YearlyReport;

/// <summary>The repository's paths the report tests use (<see cref="RepositoryRoot"/>) and where they leave their images.</summary>
internal static class RepositoryPaths
{
    public static string Root => RepositoryRoot.Path;

    public static string Samples => RepositoryRoot.Samples;

    public static string Catalog => RepositoryRoot.Catalog;

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
}
