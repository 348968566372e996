namespace Samverkan.Analytics.Host.Tests.Support;

/// <summary>A temporary folder, deleted with the test.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("samverkan-test-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process still holding a file (SQLite WAL) must not fail the test; /tmp is cleaned later.
        }
    }
}
