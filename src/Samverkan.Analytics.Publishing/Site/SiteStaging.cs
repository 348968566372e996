namespace Samverkan.Analytics.Publishing.Site;

/// <summary>
/// The folder a publish writes before it swaps it in (<c>.site.new-…</c> beside <c>site</c>), owned
/// through an exclusive lock on a sibling file (<c>.site.new-….lock</c>) for as long as the publish
/// runs. The lock is what tells an abandoned folder (its publisher was killed: the OS released the
/// lock) from one being written right now: a job lock that outlived its timeout can let two
/// publishes run at once, and the second must not delete the first's folder under it (CI saw this).
/// .NET takes the lock with flock(2) on Linux and a share-mode lock on Windows.
/// </summary>
internal sealed class SiteStaging : IDisposable
{
    private const string NewInfix = ".new-";
    private const string OldInfix = ".old-";
    private const string LockSuffix = ".lock";

    private readonly FileStream _ownership;

    private SiteStaging(string path, FileStream ownership)
    {
        Path = path;
        _ownership = ownership;
    }

    /// <summary>The staging folder.</summary>
    public string Path { get; }

    /// <summary>
    /// Removes what killed publishes left (<see cref="RemoveAbandoned"/>; the Cli's publish has no job
    /// that does it first), takes the lock, then creates the folder (in that order, so no one sees it unowned).
    /// </summary>
    public static SiteStaging Create(string parent, string siteName)
    {
        RemoveAbandoned(System.IO.Path.Combine(parent, siteName));
        var path = System.IO.Path.Combine(parent, $".{siteName}{NewInfix}{Guid.NewGuid():N}");
        var ownership = new FileStream(path + LockSuffix, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        Directory.CreateDirectory(path);
        return new SiteStaging(path, ownership);
    }

    /// <summary>The folder a swap moves the previous site to, deleted right after the swap.</summary>
    public static string OldSitePath(string parent, string siteName) =>
        System.IO.Path.Combine(parent, $".{siteName}{OldInfix}{Guid.NewGuid():N}");

    /// <summary>
    /// Deletes the staging folders of publishes that were killed half way (their lock is free), and
    /// previous sites left by a swap that was killed, when no publish is running beside this one.
    /// </summary>
    /// <returns>Each folder looked at, with null when it was removed or the reason it was kept.</returns>
    public static IReadOnlyList<(string Folder, string? Kept)> RemoveAbandoned(string siteDirectory)
    {
        var target = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(siteDirectory));
        var parent = new DirectoryInfo(System.IO.Path.GetDirectoryName(target)!);
        var name = System.IO.Path.GetFileName(target);
        var outcome = new List<(string, string?)>();
        if (!parent.Exists)
        {
            return outcome;
        }

        var anotherPublishRuns = false;
        foreach (var staging in parent.EnumerateDirectories($".{name}{NewInfix}*"))
        {
            if (IsOwned(staging.FullName))
            {
                anotherPublishRuns = true;
                outcome.Add((staging.Name, "another publish is writing it"));
                continue;
            }

            outcome.Add((staging.Name, TryDelete(staging)));
        }

        var olds = parent.EnumerateDirectories($".{name}{OldInfix}*").OrderByDescending(d => d.LastWriteTimeUtc).ToList();
        if (!anotherPublishRuns && !Directory.Exists(target) && olds.FirstOrDefault(d => File.Exists(System.IO.Path.Combine(d.FullName, SitePaths.Marker))) is { } previous)
        {
            // A publish was killed between its two renames: the site it moved aside is the last complete one.
            Directory.Move(previous.FullName, target);
            olds.Remove(previous);
            outcome.Add((previous.Name, "restored as the site (a publish was killed between moving the old site aside and the new one in)"));
        }

        foreach (var old in olds)
        {
            outcome.Add((old.Name, anotherPublishRuns ? "another publish may be swapping it" : TryDelete(old)));
        }

        return outcome;
    }

    /// <summary>Releases the lock and deletes the folder if it was not swapped in.</summary>
    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Path))
            {
                Directory.Delete(Path, recursive: true);
            }
        }
        finally
        {
            _ownership.Dispose();
        }
    }

    private static bool IsOwned(string stagingPath)
    {
        var lockPath = stagingPath + LockSuffix;
        try
        {
            using var probe = new FileStream(lockPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        }
        catch (FileNotFoundException)
        {
            return false; // no owner: the publisher died (its lock file went with it) or predates the lock
        }
        catch (IOException)
        {
            return true;
        }

        File.Delete(lockPath); // an owner's lock file left by a crash (DeleteOnClose did not run)
        return false;
    }

    private static string? TryDelete(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
            return null;
        }
        catch (IOException e)
        {
            return e.Message;
        }
        catch (UnauthorizedAccessException e)
        {
            return e.Message;
        }
    }
}
