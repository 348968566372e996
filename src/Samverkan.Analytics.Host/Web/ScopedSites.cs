using System.Collections.Concurrent;
using System.Globalization;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Host.Jobs;
using Samverkan.Analytics.Host.Security;
using Samverkan.Analytics.Publishing.Dashboards;
using Samverkan.Analytics.Publishing.Site;

namespace Samverkan.Analytics.Host.Web;

/// <summary>
/// The copies of the site for area-limited viewers (docs/security.md, "Area limits"): on the first
/// request of a scope after each publish, the same generator publishes the run the full site shows
/// with the scope's areas and the city only, into <c>site-scopes/run-{run}-{scope}/</c> in the data
/// directory (staged next to it and renamed in, so a half-written copy is never served). A copy is
/// never changed once written; copies of older runs are deleted when a newer one is made. One
/// build per scope at a time on this server; servers sharing the data directory may build the same
/// copy at once, and the one that renames first wins.
/// </summary>
internal sealed class ScopedSites(
    Catalog catalog, IResultStore results, IRevisionHistory revisions, DataDirectory dataDirectory, TimeProvider time, ILogger<ScopedSites> log)
{
    /// <summary>The folder in the data directory that holds the copies.</summary>
    public const string FolderName = "site-scopes";

    private static readonly EventId Built = new(3101, "ScopedSiteBuilt");

    /// <summary>
    /// A marker written this recently is read again on every request: file times are coarse (a few
    /// milliseconds on Linux, 2 s on FAT), so a newer marker of the same length could carry the same
    /// time ("racy git"'s rule). A publish takes seconds, so this only costs reads just after one.
    /// </summary>
    private static readonly TimeSpan Settled = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<string, Lazy<Task<string?>>> _building = new(StringComparer.Ordinal);
    private volatile KnownMarker? _marker;

    /// <summary>The folder that holds the copies.</summary>
    public string Root => Path.Combine(dataDirectory.Root, FolderName);

    /// <summary>
    /// The folder of the copy of the current site for <paramref name="scope"/>, made now if needed;
    /// null when there is no site yet (or the run it shows is gone), or the scope names no area.
    /// </summary>
    public async Task<string?> FolderForAsync(AreaScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.IsLimited || scope.AreaIds.Count == 0)
        {
            return null;
        }

        var run = PublishedRun();
        if (run is not { } runId)
        {
            return null;
        }

        var siteScope = SiteScope.Of(scope.AreaIds);
        var folder = Path.Combine(Root, string.Create(CultureInfo.InvariantCulture, $"run-{runId}-{siteScope.Key}"));
        if (File.Exists(Path.Combine(folder, SiteMarker.FileName)))
        {
            return folder;
        }

        // Everyone asking for the same copy waits for one build; a cancelled request does not cancel it.
        var build = _building.GetOrAdd(folder, f => new Lazy<Task<string?>>(() => Task.Run(() => BuildAsync(runId, siteScope, f))));
        try
        {
            return await build.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (build.Value.IsCompleted)
            {
                _building.TryRemove(new KeyValuePair<string, Lazy<Task<string?>>>(folder, build));
            }
        }
    }

    /// <summary>
    /// The run the full site shows: its marker is read again only when the marker file changed (a
    /// publish writes a new one and renames the site in) or is too new to tell (<see cref="Settled"/>),
    /// so a viewer's request costs one stat, not a read.
    /// </summary>
    private long? PublishedRun()
    {
        // The stamp before the text: a publish between the two makes the next request read again,
        // never keeps an old run under a new stamp.
        var marker = new FileInfo(Path.Combine(dataDirectory.Site, SiteMarker.FileName));
        var stamp = marker.Exists ? new MarkerStamp(marker.LastWriteTimeUtc, marker.Length) : null;
        var known = _marker;
        long? run;
        if (stamp is not null && known is not null && known.Stamp == stamp)
        {
            run = known.Run;
        }
        else
        {
            run = SiteMarker.ReadRun(dataDirectory.Site);
            var settled = stamp is not null && time.GetUtcNow().UtcDateTime - stamp.LastWriteUtc >= Settled;
            _marker = settled ? new KnownMarker(stamp!, run) : null;
        }

        return run ?? PublishJob.PublishedRun(dataDirectory);
    }

    private async Task<string?> BuildAsync(long runId, SiteScope scope, string folder)
    {
        var stored = await results.GetRunAsync(runId, CancellationToken.None).ConfigureAwait(false);
        if (stored is not { } found)
        {
            return null;
        }

        Directory.CreateDirectory(Root);
        try
        {
            var revised = await revisions.GetRevisedValuesAsync(CancellationToken.None).ConfigureAwait(false);
            var published = SitePublisher.Publish(catalog, found.Run, found.Results, folder, DashboardSet.Default, scope, revised);
            log.LogInformation(Built, "Published the site of run {RunId} for an area scope ({Areas} areas): {Files} files in {Folder}",
                runId, scope.AreaIds.Count, published.FileCount, Path.GetFileName(folder));
        }
        catch (IOException) when (File.Exists(Path.Combine(folder, SiteMarker.FileName)))
        {
            // Another server renamed the same copy in first: it is the same site.
        }

        RemoveOtherRuns(runId);
        return folder;
    }

    /// <summary>Deletes the copies of other runs, and staging folders left by a build that was stopped an hour or more ago.</summary>
    private void RemoveOtherRuns(long runId)
    {
        var keep = string.Create(CultureInfo.InvariantCulture, $"run-{runId}-");
        foreach (var folder in new DirectoryInfo(Root).EnumerateDirectories())
        {
            var stale = folder.Name.StartsWith('.')
                ? folder.LastWriteTimeUtc < File.GetLastWriteTimeUtc(Path.Combine(dataDirectory.Site, SiteMarker.FileName)).AddHours(-1)
                : !folder.Name.StartsWith(keep, StringComparison.Ordinal);
            if (!stale)
            {
                continue;
            }

            try
            {
                folder.Delete(recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                log.LogWarning("Could not remove the old area copy {Folder}: {Reason}", folder.Name, e.Message);
            }
        }
    }

    private sealed record MarkerStamp(DateTime LastWriteUtc, long Length);

    private sealed record KnownMarker(MarkerStamp Stamp, long? Run);
}
