using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Ingestion.Text;

namespace Samverkan.Analytics.Ingestion.Csv.Checks;

/// <summary>
/// Numeric cells of publisher formats: the shared markers (<c>..</c> and empty = missing, <c>.</c> =
/// cannot occur, <c>XX</c> = withheld) plus PX's dot codes (<c>...</c> to <c>......</c> = missing) and
/// <c>:</c> (withheld). What a lone dash means is the format's: missing in BRÅ, zero in PxWeb.
/// </summary>
internal static class PublisherCells
{
    /// <summary>Reads a cell; false when it is neither a marker nor a number.</summary>
    /// <param name="text">The cell.</param>
    /// <param name="decimalMark">The file's decimal mark.</param>
    /// <param name="dashIsZero">True where the format defines a lone dash as zero (PxWeb); otherwise it is missing.</param>
    /// <param name="value">The number, or null for a marker.</param>
    /// <param name="marker">The marker's status, or null for a number.</param>
    public static bool TryRead(string text, char decimalMark, bool dashIsZero, out double? value, out ObservationStatus? marker)
    {
        value = null;
        marker = null;
        var s = NumberText.Trim(text);
        if (MissingMarkers.TryParse(s, out var status))
        {
            marker = status;
            return true;
        }

        if (s.Length >= 3 && s.All(c => c == '.'))
        {
            marker = ObservationStatus.Missing;
            return true;
        }

        if (s == ":")
        {
            marker = ObservationStatus.Confidential;
            return true;
        }

        if (MissingMarkers.IsLoneDash(s))
        {
            if (dashIsZero)
            {
                value = 0;
            }
            else
            {
                marker = ObservationStatus.Missing;
            }

            return true;
        }

        if (NumberText.TryParse(s, decimalMark, out var number))
        {
            value = number;
            return true;
        }

        return false;
    }
}
