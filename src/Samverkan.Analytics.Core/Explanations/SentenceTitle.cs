using Samverkan.Analytics.Core.Indicators;

namespace Samverkan.Analytics.Core.Explanations;

/// <summary>
/// The indicator's title as the subject of a sentence about one area. A local agreement's own
/// indicator names its area after a comma ("Ofta oroliga för att utsättas för brott, Farsta",
/// "Trygga ute sent en kväll i det egna bostadsområdet, Järva (polisens mätning)"); in a sentence
/// about that area the name is left out of the title, since the sentence says "i Farsta" itself.
/// </summary>
internal static class SentenceTitle
{
    /// <summary>The title for <c>"{title} i {areaName} …"</c>.</summary>
    public static string For(IndicatorDefinition indicator, string areaName)
    {
        var title = indicator.Title;
        if (indicator.LocalAgreementId is null)
        {
            return title;
        }

        var comma = title.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0)
        {
            return title;
        }

        // "Järva (polisens mätning)": the name, then what stays with the title.
        var tail = title[(comma + 2)..];
        var paren = tail.IndexOf(" (", StringComparison.Ordinal);
        var (named, note) = paren < 0 ? (tail, string.Empty) : (tail[..paren], tail[paren..]);
        var same = string.Equals(areaName, named, StringComparison.OrdinalIgnoreCase)
            || areaName.StartsWith(named + " (", StringComparison.OrdinalIgnoreCase);   // "Farsta (lokalpolisområde)"
        return same ? title[..comma] + note : title;
    }
}
