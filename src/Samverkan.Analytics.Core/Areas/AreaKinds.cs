namespace Samverkan.Analytics.Core.Areas;

/// <summary>The catalogue's spelling of <see cref="AreaKind"/> and the id prefixes that go with it.</summary>
public static class AreaKinds
{
    private static readonly (AreaKind Kind, string Name, string Prefix)[] Table =
    [
        (AreaKind.Municipality, "municipality", "kommun-"),
        (AreaKind.District, "district", "sdo-"),
        (AreaKind.PoliceRegion, "police-region", "pr-"),
        (AreaKind.PoliceArea, "police-area", "po-"),
        (AreaKind.LocalPoliceArea, "local-police-area", "lpo-"),
        (AreaKind.Place, "place", "plats-"),
    ];

    /// <summary>The kebab-case name (<c>local-police-area</c>).</summary>
    public static string ToName(this AreaKind kind) => Table.First(t => t.Kind == kind).Name;

    /// <summary>The id prefix (<c>lpo-</c>).</summary>
    public static string IdPrefix(this AreaKind kind) => Table.First(t => t.Kind == kind).Prefix;

    /// <summary>Parses the kebab-case name; also accepts the Swedish words analysts write.</summary>
    public static bool TryParse(string? text, out AreaKind kind)
    {
        var s = text?.Trim().ToLowerInvariant();
        foreach (var t in Table)
        {
            if (s == t.Name || s == t.Prefix.TrimEnd('-'))
            {
                kind = t.Kind;
                return true;
            }
        }

        (bool ok, kind) = s switch
        {
            "kommun" => (true, AreaKind.Municipality),
            "stadsdelsområde" or "stadsdel" => (true, AreaKind.District),
            "polisregion" => (true, AreaKind.PoliceRegion),
            "polisområde" => (true, AreaKind.PoliceArea),
            "lokalpolisområde" => (true, AreaKind.LocalPoliceArea),
            "plats" => (true, AreaKind.Place),
            _ => (false, default),
        };
        return ok;
    }

    /// <summary>All names, for messages.</summary>
    public static IEnumerable<string> Names => Table.Select(t => t.Name);
}
