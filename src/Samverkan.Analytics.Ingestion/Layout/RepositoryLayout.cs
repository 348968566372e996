namespace Samverkan.Analytics.Ingestion.Layout;

/// <summary>
/// Where the shipped catalogue and sample data are: found by walking up from the program (or the
/// working directory) to the folder holding <c>Samverkan.Analytics.sln</c>, so the defaults work
/// from <c>dotnet run</c>, from a test's bin folder and from a published build next to a clone.
/// </summary>
public static class RepositoryLayout
{
    /// <summary>The solution file that marks the repository root.</summary>
    public const string SolutionFile = "Samverkan.Analytics.sln";

    /// <summary>The repository root, or null when the program runs outside a clone.</summary>
    public static string? FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    /// <summary>The shipped catalogue (<c>data-samples/catalog</c>), or null outside a clone.</summary>
    public static string? DefaultCatalogDirectory() =>
        FindRoot() is { } root ? Path.Combine(root, "data-samples", "catalog") : null;

    /// <summary>The sample deliveries (<c>data-samples</c>), or null outside a clone.</summary>
    public static string? DefaultSampleDirectory() =>
        FindRoot() is { } root ? Path.Combine(root, "data-samples") : null;
}
