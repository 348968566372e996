using System.Text.RegularExpressions;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Ingestion.Text;

namespace Samverkan.Analytics.Ingestion.Csv.PxWeb;

/// <summary>
/// A PxWeb heading cell: a period (<c>2019</c>, <c>2019M05</c>, <c>2019K2</c>), possibly after the
/// content it belongs to (<c>Folkmängd 2019</c>, as PxWeb v1 CSV combines content and time).
/// </summary>
/// <param name="Content">The content before the period ("" when none).</param>
/// <param name="Period">The period.</param>
/// <param name="Text">The cell as written.</param>
internal sealed partial record PxWebHeader(string Content, Period Period, string Text)
{
    /// <summary>Reads a heading cell; false when it ends in no period.</summary>
    public static bool TryParse(string cell, out PxWebHeader header)
    {
        header = default!;
        var text = cell.Trim().Trim('"').Trim();
        var match = Form().Match(text);
        if (!match.Success || !PeriodText.TryParse(match.Groups["period"].Value, out var period, out _))
        {
            return false;
        }

        header = new PxWebHeader(match.Groups["content"].Value.Trim(), period, text);
        return true;
    }

    [GeneratedRegex(@"^(?:(?<content>.*\S)\s+)?(?<period>\d{4}(?:[MmKkQq]\d{1,2}|-\d{2}|-[Qq][1-4])?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Form();
}
