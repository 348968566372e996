using Samverkan.Analytics.Core.Areas;

namespace Samverkan.Analytics.Publishing.Formatting;

/// <summary>Area names as readers see them: the kind in Swedish, and the kind after a name that areas of two kinds share.</summary>
internal static class AreaLabels
{
    /// <summary>The kind of area in Swedish, singular, lower case: <c>stadsdelsområde</c>.</summary>
    public static string Kind(AreaKind kind) => kind switch
    {
        AreaKind.Municipality => "kommun",
        AreaKind.District => "stadsdelsområde",
        AreaKind.PoliceRegion => "polisregion",
        AreaKind.PoliceArea => "polisområde",
        AreaKind.LocalPoliceArea => "lokalpolisområde",
        _ => "plats",
    };

    /// <summary>
    /// The name, with the kind when an area of another kind has the same name, so the two cannot be
    /// confused: <c>Järva (stadsdelsområde)</c> and <c>Järva (lokalpolisområde)</c>; else the name alone.
    /// </summary>
    public static string Qualified(Area area, AreaRegistry areas)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(areas);
        var shared = areas.Areas.Any(a => a.Kind != area.Kind && string.Equals(a.Name, area.Name, StringComparison.OrdinalIgnoreCase));
        return shared ? $"{area.Name} ({Kind(area.Kind)})" : area.Name;
    }
}
