using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Publishing.Formatting;

namespace Samverkan.Analytics.Publishing.Site;

/// <summary>Swedish names of the kinds of area.</summary>
internal static class AreaKindWords
{
    /// <summary>Plural, lower case: <c>stadsdelsområden</c>.</summary>
    public static string Plural(AreaKind kind) => kind switch
    {
        AreaKind.Municipality => "kommuner",
        AreaKind.District => "stadsdelsområden",
        AreaKind.PoliceRegion => "polisregioner",
        AreaKind.PoliceArea => "polisområden",
        AreaKind.LocalPoliceArea => "lokalpolisområden",
        _ => "platser",
    };

    /// <summary>Singular, lower case: <c>stadsdelsområde</c>.</summary>
    public static string Singular(AreaKind kind) => AreaLabels.Kind(kind);

    /// <summary>With a capital: <c>Stadsdelsområden</c>.</summary>
    public static string PluralTitle(AreaKind kind)
    {
        var text = Plural(kind);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }
}
