namespace Samverkan.Analytics.Publishing.Maps;

/// <summary>
/// The local police area of each part of a split district (domain.md §2.1, from the police's
/// medborgarlöften): Enskede and Årsta → Globen, Vantör → Farsta; the former Älvsjö district →
/// Globen, the former Hägersten-Liljeholmen → Skärholmen. The catalogue's crosswalk says which
/// districts are split (more than one row); this table says where each part's stadsdelar go.
/// </summary>
internal static class DistrictParts
{
    /// <summary>Part name (the geodata's <c>del</c> column) → local police area id.</summary>
    public static IReadOnlyDictionary<string, string> LocalPoliceArea { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Enskede"] = "lpo-globen",
        ["Årsta"] = "lpo-globen",
        ["Vantör"] = "lpo-farsta",
        ["Älvsjö"] = "lpo-globen",
        ["Hägersten-Liljeholmen"] = "lpo-skarholmen",
    };
}
