namespace Samverkan.Analytics.TestSupport;

/// <summary>
/// The repository root: the folder holding Samverkan.Analytics.sln, found by walking up from the test
/// binaries. One file, compiled into every test project (tests/Directory.Build.props links it).
/// </summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>The shipped sample data, <c>data-samples/</c>.</summary>
    public static string Samples => System.IO.Path.Combine(Path, "data-samples");

    /// <summary>The shipped catalogue, <c>data-samples/catalog/</c>.</summary>
    public static string Catalog => System.IO.Path.Combine(Samples, "catalog");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Samverkan.Analytics.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Samverkan.Analytics.sln not found above " + AppContext.BaseDirectory);
    }
}
