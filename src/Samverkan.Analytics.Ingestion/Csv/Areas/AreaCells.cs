using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Periods;

namespace Samverkan.Analytics.Ingestion.Csv.Areas;

/// <summary>The messages about an area cell that did not resolve, the same in every format.</summary>
internal static class AreaCells
{
    /// <summary>Unknown area: an error whose hint lists the closest catalogue names.</summary>
    public static void ReportUnknown(IssueList issues, AreaLookup areas, int line, int column, string name, int moreLines = 0)
    {
        var closest = areas.Closest(name);
        var message = moreLines > 0
            ? IngestionMessages.Format(IngestionMessages.UnknownAreaRepeated, name, moreLines)
            : IngestionMessages.Format(IngestionMessages.UnknownArea, name);
        issues.Error(
            line,
            column,
            message,
            closest.Count > 0 ? IngestionMessages.Format(IngestionMessages.UnknownAreaHint, string.Join(", ", closest)) : IngestionMessages.UnknownAreaNoSuggestionHint);
    }

    /// <summary>A name of another kind than the file's area kind says.</summary>
    public static void ReportWrongKind(IssueList issues, int line, int column, string name, AreaKind? kind, IReadOnlyList<Area> candidates) =>
        issues.Error(
            line,
            column,
            IngestionMessages.Format(IngestionMessages.AreaWrongKind, name, kind?.ToName(), string.Join(", ", candidates.Select(AreaLookup.DescribeWithKind))),
            IngestionMessages.AreaWrongKindHint);

    /// <summary>A name several kinds share.</summary>
    public static void ReportAmbiguous(IssueList issues, int line, int column, string name, Period period, IReadOnlyList<Area> candidates) =>
        issues.Error(
            line,
            column,
            IngestionMessages.Format(IngestionMessages.AmbiguousArea, name, period, string.Join(" eller ", candidates.Select(AreaLookup.DescribeWithKind))),
            IngestionMessages.AmbiguousAreaHint);

    /// <summary>A known area that does not exist in the period under the name used: a warning, the row is left out.</summary>
    public static void WarnNotValid(IssueList issues, AreaLookup areas, int line, int column, string name, Period period, AreaResolution resolution) =>
        issues.Warning(line, column, IngestionMessages.Format(IngestionMessages.AreaNotValid, name, Ids(resolution), period), NotValidHint(areas, resolution));

    /// <summary>The ids of the matched areas: "sdo-spanga-tensta".</summary>
    public static string Ids(AreaResolution resolution) =>
        string.Join(", ", (resolution.Area is { } one ? [one] : resolution.Candidates).Select(a => a.Id));

    /// <summary>Names the successor when the area ended in a merger.</summary>
    public static string NotValidHint(AreaLookup areas, AreaResolution resolution, string? fallback = null)
    {
        var matched = resolution.Area is { } one ? [one] : resolution.Candidates;
        var successor = matched.Count == 1 && matched[0].SuccessorId is { } sid ? areas.Registry.Find(sid) : null;
        return successor is null
            ? fallback ?? IngestionMessages.AreaNotValidHint
            : IngestionMessages.Format(IngestionMessages.AreaNotValidSuccessorHint, matched[0].Name, successor.Name, successor.Id);
    }
}
