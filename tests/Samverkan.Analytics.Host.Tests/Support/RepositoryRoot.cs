namespace Samverkan.Analytics.Host.Tests.Support;

/// <summary>Finds the repository root (the folder holding Samverkan.Analytics.sln) from the test's bin folder.</summary>
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
