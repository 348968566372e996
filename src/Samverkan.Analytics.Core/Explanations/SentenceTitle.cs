using System.Globalization;
using System.Text;
using Samverkan.Analytics.Core.Indicators;

namespace Samverkan.Analytics.Core.Explanations;

/// <summary>
/// The indicator's title as the subject of a sentence about one area. A local agreement's own
/// indicator names the agreement's area after a comma ("Ofta oroliga för att utsättas för brott,
/// Farsta", "Trygga ute sent en kväll i det egna bostadsområdet, Järva (polisens mätning)"), but its
/// values are the same measure in every area it is computed for: Farsta's own, another district's,
/// the city's. A sentence says "i {area}" itself, so the agreement's area is left out of the title
/// whatever area the sentence is about ("… i Farsta", "… i Järva", "… i hela staden"); a note in
/// parentheses stays with the title. A comma that does not name the agreement's area (and every
/// title of the overarching agreement's indicators) is kept as it is.
/// </summary>
internal static class SentenceTitle
{
    /// <summary>The title for <c>"{title} i {areaName} …"</c>.</summary>
    public static string For(IndicatorDefinition indicator)
    {
        var title = indicator.Title;
        if (indicator.LocalAgreementId is not { } agreement)
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
        return NamesTheAgreementsArea(named, agreement) ? title[..comma] + note : title;
    }

    /// <summary>True when <paramref name="name"/> is the area the agreement's id is made from: "Enskede-Årsta-Vantör" and <c>lok-enskede-arsta-vantor</c>.</summary>
    private static bool NamesTheAgreementsArea(string name, string agreementId)
    {
        var id = agreementId.StartsWith("lok-", StringComparison.OrdinalIgnoreCase) ? agreementId[4..] : agreementId;
        return string.Equals(Slug(name), id, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"Hägersten-Älvsjö" → <c>hagersten-alvsjo</c>: lower case, no diacritics, spaces as hyphens.</summary>
    private static string Slug(string name)
    {
        var slug = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            slug.Append(c == ' ' ? '-' : char.ToLowerInvariant(c));
        }

        return slug.ToString();
    }
}
