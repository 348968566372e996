using System.Diagnostics;
using Samverkan.Analytics.Publishing.Site;

namespace Samverkan.Analytics.Publishing.Tests.Site;

/// <summary>
/// Cleaning up after killed publishes without touching a running one: the owner's lock is held by a
/// real second process (util-linux flock, the same flock(2) .NET uses), which is then SIGKILLed.
/// </summary>
public sealed class SiteStagingTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("samverkan-staging-").FullName;

    private string Site => Path.Combine(_root, "site");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void RemoveAbandoned_KeepsTheFolder_WhilePublishInThisProcessIsWritingIt()
    {
        using var running = SiteStaging.Create(_root, "site");

        var outcome = SiteStaging.RemoveAbandoned(Site);

        Assert.True(Directory.Exists(running.Path));
        var (folder, kept) = Assert.Single(outcome);
        Assert.Equal(Path.GetFileName(running.Path), folder);
        Assert.NotNull(kept);
    }

    [Fact]
    public void RemoveAbandoned_RemovesTheFolder_OnlyAfterItsOwnerProcessWasKilled()
    {
        var staging = Path.Combine(_root, ".site.new-0123456789abcdef");
        Directory.CreateDirectory(Path.Combine(staging, "charts"));
        File.WriteAllText(Path.Combine(staging, "charts", "a.png"), "x");
        using var owner = Process.Start(new ProcessStartInfo("flock", ["--exclusive", "--no-fork", staging + ".lock", "sleep", "120"]))!;
        WaitUntilLocked(staging + ".lock");

        SiteStaging.RemoveAbandoned(Site);
        Assert.True(Directory.Exists(staging)); // the owner is alive

        owner.Kill(); // SIGKILL; --no-fork: the process holding the lock is the one killed, no child keeps it
        owner.WaitForExit();
        var outcome = SiteStaging.RemoveAbandoned(Site);

        Assert.False(Directory.Exists(staging));
        Assert.False(File.Exists(staging + ".lock"));
        Assert.Null(Assert.Single(outcome).Kept);
    }

    [Fact]
    public void RemoveAbandoned_RemovesFoldersWithoutALockFile_AndOldSites_WhenNoPublishRuns()
    {
        var staging = Directory.CreateDirectory(Path.Combine(_root, ".site.new-feedface")).FullName;
        var old = Directory.CreateDirectory(SiteStaging.OldSitePath(_root, "site")).FullName;
        var unrelated = Directory.CreateDirectory(Path.Combine(_root, ".other.new-feedface")).FullName;

        SiteStaging.RemoveAbandoned(Site);

        Assert.False(Directory.Exists(staging));
        Assert.False(Directory.Exists(old));
        Assert.True(Directory.Exists(unrelated));
    }

    [Fact]
    public void RemoveAbandoned_KeepsAnOldSite_WhileAnotherPublishMayBeSwappingIt()
    {
        using var running = SiteStaging.Create(_root, "site");
        var old = Directory.CreateDirectory(SiteStaging.OldSitePath(_root, "site")).FullName;

        SiteStaging.RemoveAbandoned(Site);

        Assert.True(Directory.Exists(old));
    }

    [Fact]
    public void RemoveAbandoned_RestoresThePreviousSite_WhenAPublishWasKilledBetweenItsTwoRenames()
    {
        var old = Directory.CreateDirectory(SiteStaging.OldSitePath(_root, "site")).FullName;
        File.WriteAllText(Path.Combine(old, SitePaths.Marker), "2026.11.1\n");
        File.WriteAllText(Path.Combine(old, "index.html"), "<!doctype html>");
        var staging = Directory.CreateDirectory(Path.Combine(_root, ".site.new-feedface")).FullName; // complete, never moved in

        SiteStaging.RemoveAbandoned(Site);

        Assert.True(File.Exists(Path.Combine(Site, "index.html")));
        Assert.False(Directory.Exists(old));
        Assert.False(Directory.Exists(staging));
    }

    [Fact]
    public void Create_RemovesWhatAKilledPublishLeft_WhenNoJobCleanedUpFirst()
    {
        var abandoned = Directory.CreateDirectory(Path.Combine(_root, ".site.new-0badc0de")).FullName;
        File.WriteAllText(abandoned + ".lock", "");

        using var staging = SiteStaging.Create(_root, "site");

        Assert.False(Directory.Exists(abandoned));
        Assert.False(File.Exists(abandoned + ".lock"));
        Assert.True(Directory.Exists(staging.Path));
    }

    [Fact]
    public void Dispose_DeletesTheFolderAndReleasesTheLock()
    {
        var staging = SiteStaging.Create(_root, "site");
        var path = staging.Path;

        staging.Dispose();

        Assert.False(Directory.Exists(path));
        Assert.False(File.Exists(path + ".lock"));
    }

    private static void WaitUntilLocked(string lockFile)
    {
        // Not a timing assertion: waits for the child to take its lock, whatever the machine's load.
        while (true)
        {
            try
            {
                using var probe = new FileStream(lockFile, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            }
            catch (FileNotFoundException)
            {
                Thread.Sleep(20);
                continue;
            }
            catch (IOException)
            {
                return;
            }

            Thread.Sleep(20);
        }
    }
}
