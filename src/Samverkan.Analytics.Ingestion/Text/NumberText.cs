using System.Globalization;
using System.Text;

namespace Samverkan.Analytics.Ingestion.Text;

/// <summary>
/// Parses numbers as Swedish and English exports write them: an optional minus (<c>-</c>, the
/// non-breaking hyphen U+2011 or the minus sign U+2212), digits grouped in threes by a space, NBSP
/// or narrow NBSP (U+202F), and a decimal mark that the caller decides (<c>,</c> or <c>.</c>).
/// Nothing else: no exponent, no plus sign, no other thousands separator, so that a file with the
/// wrong decimal mark fails loudly instead of being read a thousand times too large.
/// </summary>
internal static class NumberText
{
    /// <summary>True for the characters accepted as a minus sign.</summary>
    public static bool IsMinus(char c) => c is '-' or '\u2011' or '\u2212';

    /// <summary>True for the characters accepted between groups of three digits.</summary>
    public static bool IsGroupSeparator(char c) => c is ' ' or '\u00A0' or '\u202F';

    /// <summary>Trims ordinary and non-breaking white space.</summary>
    public static string Trim(string text) => text.Trim().Trim('\u00A0', '\u202F', '\u2007', '\u2009').Trim();

    /// <summary>Parses <paramref name="text"/> with <paramref name="decimalMark"/>.</summary>
    public static bool TryParse(string text, char decimalMark, out double value)
    {
        value = 0;
        var s = Trim(text);
        var i = 0;
        var sb = new StringBuilder(s.Length);
        if (i < s.Length && IsMinus(s[i]))
        {
            sb.Append('-');
            i++;
        }

        // Integer part: digits, possibly grouped by threes.
        var groupLength = 0;
        var grouped = false;
        var firstGroup = 0;
        var digits = 0;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c))
            {
                sb.Append(c);
                groupLength++;
                digits++;
            }
            else if (IsGroupSeparator(c) && groupLength > 0 && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))
            {
                if (!grouped)
                {
                    firstGroup = groupLength;
                }
                else if (groupLength != 3)
                {
                    return false;
                }

                grouped = true;
                groupLength = 0;
            }
            else
            {
                break;
            }
        }

        if (digits == 0 || (grouped && (firstGroup > 3 || groupLength != 3)))
        {
            return false;
        }

        if (i < s.Length && s[i] == decimalMark)
        {
            i++;
            var fraction = 0;
            sb.Append('.');
            for (; i < s.Length && char.IsAsciiDigit(s[i]); i++)
            {
                sb.Append(s[i]);
                fraction++;
            }

            if (fraction == 0)
            {
                return false;
            }
        }

        return i == s.Length
            && double.TryParse(sb.ToString(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// The decimal mark <paramref name="cell"/> shows, if any: a <c>,</c> or <c>.</c> with a digit on
    /// both sides (<c>23,5</c> votes for comma). Used to sniff tab-separated files.
    /// </summary>
    public static char? DecimalMarkVote(string cell)
    {
        char? vote = null;
        for (var i = 1; i + 1 < cell.Length; i++)
        {
            if (cell[i] is ',' or '.' && char.IsAsciiDigit(cell[i - 1]) && char.IsAsciiDigit(cell[i + 1]))
            {
                if (vote is not null && vote != cell[i])
                {
                    return null;
                }

                vote = cell[i];
            }
        }

        return vote;
    }
}
