namespace Samverkan.Analytics.Publishing.Maps;

/// <summary>
/// The stadsdelar that hold each place of the catalogue (domain.md §3; the places are named after
/// them). Rinkeby/Tensta straddles two stadsdelar of the former Rinkeby-Kista and Spånga-Tensta;
/// Hässelby/Vällingby is taken as Hässelby gård, Hässelby strand and Vällingby [inferred from the name].
/// </summary>
internal static class PlaceStadsdelar
{
    /// <summary>Place id → GeoJSON names of its stadsdelar.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> All { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["plats-husby"] = ["HUSBY"],
        ["plats-rinkeby-tensta"] = ["RINKEBY", "TENSTA"],
        ["plats-bredang"] = ["BREDÄNG"],
        ["plats-varberg"] = ["VÅRBERG"],
        ["plats-hagsatra-ragsved"] = ["HAGSÄTRA", "RÅGSVED"],
        ["plats-hasselby-vallingby"] = ["HÄSSELBY GÅRD", "HÄSSELBY STRAND", "VÄLLINGBY"],
        ["plats-alvsjo-solberga"] = ["ÄLVSJÖ", "SOLBERGA"],
        ["plats-ostberga"] = ["ÖSTBERGA"],
    };
}
