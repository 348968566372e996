using Samverkan.Analytics.Core.Observations;

namespace Samverkan.Analytics.Ingestion.Text;

/// <summary>
/// The missing-value markers every format shares (DESIGN §4.3): <c>..</c> and an empty cell are
/// <see cref="ObservationStatus.Missing"/>, <c>.</c> is <see cref="ObservationStatus.NotApplicable"/>,
/// <c>XX</c> is <see cref="ObservationStatus.Confidential"/>. A marker is never a zero. What a lone
/// <c>-</c> means is each format's own decision.
/// </summary>
internal static class MissingMarkers
{
    /// <summary>The status a marker stands for, or false when <paramref name="text"/> is no marker.</summary>
    public static bool TryParse(string text, out ObservationStatus status)
    {
        (var ok, status) = NumberText.Trim(text) switch
        {
            "" or ".." => (true, ObservationStatus.Missing),
            "." => (true, ObservationStatus.NotApplicable),
            "XX" or "xx" or "Xx" or "xX" => (true, ObservationStatus.Confidential),
            _ => (false, ObservationStatus.Ok),
        };
        return ok;
    }

    /// <summary>True for a lone dash (any of the accepted minus characters).</summary>
    public static bool IsLoneDash(string text)
    {
        var s = NumberText.Trim(text);
        return s.Length == 1 && (NumberText.IsMinus(s[0]) || s[0] == '\u2013');
    }
}
