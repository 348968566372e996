using Microsoft.Extensions.DependencyInjection;
using Samverkan.Analytics.Host.Security;
using Samverkan.Analytics.Host.Tests.Security;
using Samverkan.Analytics.Host.Web;
using Samverkan.Analytics.Publishing.Site;

namespace Samverkan.Analytics.Host.Tests.Dashboards;

/// <summary>
/// Which copy an area-limited viewer is served: the site marker is read again only when the marker
/// file changed (or is too new for its time to tell), and a new publish (a new site renamed in, with
/// a new marker) is seen at the next request. The copies are made beforehand here, so no publish runs.
/// </summary>
public sealed class ScopedSitesTests
{
    private static readonly AreaScope Jarva = AreaScope.Limited(["sdo-jarva"]);

    [Fact]
    public async Task FolderFor_SeesANewPublishAtOnce_WhenANewSiteIsRenamedIn()
    {
        // Both markers are written within milliseconds: their times may be equal (coarse file times),
        // which a real publish, taking seconds, never gives; the Host must read such fresh markers again.
        await using var host = new SecurityTestHost();
        var sites = ActivatorUtilities.CreateInstance<ScopedSites>(host.Factory.Services);
        var site = Path.Combine(host.DataPath, "site");
        WriteMarker(site, 1);
        var first = MakeCopy(sites, 1);
        var second = MakeCopy(sites, 2);

        var before = await sites.FolderForAsync(Jarva, CancellationToken.None);
        var staging = Path.Combine(host.DataPath, ".site.new-test");
        WriteMarker(staging, 2);
        Directory.Move(site, site + ".old");
        Directory.Move(staging, site);
        var after = await sites.FolderForAsync(Jarva, CancellationToken.None);

        Assert.Equal(first, before);
        Assert.Equal(second, after);
    }

    [Fact]
    public async Task FolderFor_KeepsTheRunItRead_UntilTheMarkerFileChanges()
    {
        await using var host = new SecurityTestHost();
        var sites = ActivatorUtilities.CreateInstance<ScopedSites>(host.Factory.Services);
        var site = Path.Combine(host.DataPath, "site");
        var marker = WriteMarker(site, 1);
        var first = MakeCopy(sites, 1);
        var second = MakeCopy(sites, 2);
        var stamp = File.GetLastWriteTimeUtc(marker);
        host.Time.SetUtcNow(new DateTimeOffset(stamp).AddSeconds(10)); // the marker has settled

        var read = await sites.FolderForAsync(Jarva, CancellationToken.None);
        // Another run's text with the same length and time: only a read of the file could see it.
        WriteMarker(site, 2);
        File.SetLastWriteTimeUtc(marker, stamp);
        var cached = await sites.FolderForAsync(Jarva, CancellationToken.None);
        File.SetLastWriteTimeUtc(marker, stamp.AddSeconds(1));
        var changed = await sites.FolderForAsync(Jarva, CancellationToken.None);

        Assert.Equal(first, read);
        Assert.Equal(first, cached);
        Assert.Equal(second, changed);
    }

    private static string WriteMarker(string site, long run)
    {
        Directory.CreateDirectory(site);
        var path = Path.Combine(site, SiteMarker.FileName);
        File.WriteAllText(path, $"1\nrun={run}\nscope=alla\n");
        return path;
    }

    /// <summary>A finished copy of <paramref name="run"/> for Järva, where the Host looks for it.</summary>
    private static string MakeCopy(ScopedSites sites, long run)
    {
        var folder = Path.Combine(sites.Root, $"run-{run}-{SiteScope.Of(Jarva.AreaIds).Key}");
        WriteMarker(folder, run);
        return folder;
    }
}
