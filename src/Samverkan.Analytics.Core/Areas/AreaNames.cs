using System.Globalization;
using System.Text;

namespace Samverkan.Analytics.Core.Areas;

/// <summary>Normalisation of area names and ids, so publishers' spellings compare equal.</summary>
public static class AreaNames
{
    /// <summary>
    /// Lower case, spaced hyphens and dashes (<c>Spånga - Tensta</c>, <c>Malung–Sälen</c>) turned into
    /// plain hyphens, runs of white space (including NBSP) collapsed.
    /// </summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var raw in name.Trim())
        {
            var c = raw switch { '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-', _ => raw };
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (c == '-')
            {
                pendingSpace = false;
                while (sb.Length > 0 && sb[^1] == ' ')
                {
                    sb.Length--;
                }

                sb.Append('-');
                continue;
            }

            if (pendingSpace && sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append(' ');
            }

            pendingSpace = false;
            sb.Append(char.ToLower(c, CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    /// <summary>An ascii slug (å/ä → a, ö → o, é → e; other characters to hyphens).</summary>
    public static string Slug(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in Normalize(name).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '-');
        }

        return string.Join('-', sb.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
