using System.Globalization;
using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Publishing.Site;

/// <summary>
/// The marker file (<c>.samverkan-site</c>) a published site carries: it says the folder is a site we
/// wrote (so a later publish may replace it) and which compute run and scope it shows. Lines:
/// the catalogue version, <c>run=ID</c>, <c>scope=KEY</c>.
/// </summary>
public static class SiteMarker
{
    /// <summary>The marker's file name inside the site.</summary>
    public const string FileName = SitePaths.Marker;

    /// <summary>The marker's text for a site of <paramref name="run"/> and <paramref name="scope"/>.</summary>
    public static string Text(ComputeRun run, SiteScope scope)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(scope);
        return string.Create(CultureInfo.InvariantCulture, $"{run.CatalogVersion}\nrun={run.Id}\nscope={scope.Key}\n");
    }

    /// <summary>The compute run the site in <paramref name="siteDirectory"/> shows; null when there is no site, or it was published before the marker named its run.</summary>
    public static long? ReadRun(string siteDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(siteDirectory);
        string[] lines;
        try
        {
            lines = File.ReadAllLines(Path.Combine(siteDirectory, FileName));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        return lines.Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("run=", StringComparison.Ordinal)) is { } line
            && long.TryParse(line.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }
}
