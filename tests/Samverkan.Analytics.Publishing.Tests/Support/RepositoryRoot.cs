namespace Samverkan.Analytics.Publishing.Tests.Support;

/// <summary>The repository root: the folder holding Samverkan.Analytics.sln, found by walking up from the test binaries.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

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
