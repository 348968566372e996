using System.Globalization;
using System.Text.RegularExpressions;
using Samverkan.Analytics.Core.Periods;

namespace Samverkan.Analytics.Ingestion.Text;

/// <summary>
/// Parses the period forms files use into canonical <see cref="Period"/>s: <c>2023</c>,
/// <c>2023-Q2</c>, <c>2023Q2</c>, <c>2023K2</c>, <c>2023-K2</c>, <c>2023-05</c>, <c>2023M05</c>
/// (case-insensitive). A trailing <c>prel.</c> (<c>2023 prel.</c>, as BRÅ writes it) marks a
/// preliminary value.
/// </summary>
internal static partial class PeriodText
{
    /// <summary>Parses <paramref name="text"/>; <paramref name="preliminary"/> is true for a <c>prel.</c> suffix.</summary>
    public static bool TryParse(string text, out Period period, out bool preliminary)
    {
        period = default;
        var s = NumberText.Trim(text);
        var prel = PrelSuffix().Match(s);
        preliminary = prel.Success;
        if (preliminary)
        {
            s = s[..prel.Index].Trim();
        }

        var m = PeriodForm().Match(s);
        if (!m.Success || !TryInt(m.Groups["year"].Value, out var year) || year is < 1900 or > 2200)
        {
            return false;
        }

        if (m.Groups["quarter"].Success)
        {
            period = Period.OfQuarter(year, m.Groups["quarter"].Value[0] - '0');
            return true;
        }

        if (m.Groups["month"].Success)
        {
            if (!TryInt(m.Groups["month"].Value, out var month) || month is < 1 or > 12)
            {
                return false;
            }

            period = Period.OfMonth(year, month);
            return true;
        }

        period = Period.OfYear(year);
        return true;
    }

    private static bool TryInt(string s, out int value) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    [GeneratedRegex(@"^(?<year>\d{4})(?:(?:-?[QqKk](?<quarter>[1-4]))|(?:-(?<month>\d{2}))|(?:[Mm](?<month>\d{1,2})))?$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodForm();

    [GeneratedRegex(@"\s*prel\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PrelSuffix();
}
