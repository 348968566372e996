using System.Text;

namespace Samverkan.Analytics.Publishing.Site;

/// <summary>File names inside the site, made safe from ids that come from data.</summary>
internal static class SitePaths
{
    /// <summary>The file that marks a folder as a site we wrote (and so may replace).</summary>
    public const string Marker = ".samverkan-site";

    /// <summary>The results as CSV.</summary>
    public const string ResultsCsv = "results.csv";

    /// <summary>The results as JSON.</summary>
    public const string ResultsJson = "results.json";

    /// <summary>The style sheet.</summary>
    public const string StyleSheet = "style.css";

    /// <summary>An id as one path segment: lower-case a–z, 0–9, <c>-</c> and <c>_</c>; anything else becomes <c>-</c>.</summary>
    public static string Segment(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var sb = new StringBuilder(id.Length);
        foreach (var c in id.Trim().ToLowerInvariant())
        {
            sb.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' ? c : '-');
        }

        var segment = sb.ToString().Trim('-');
        return segment.Length == 0 ? "_" : segment;
    }

    /// <summary>The chart's path relative to the site, without extension: <c>charts/{indicator}/{area}</c>.</summary>
    public static string Chart(string indicatorId, string areaId) => $"charts/{Segment(indicatorId)}/{Segment(areaId)}";
}
