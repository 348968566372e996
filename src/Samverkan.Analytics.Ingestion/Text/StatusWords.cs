using Samverkan.Analytics.Core.Observations;

namespace Samverkan.Analytics.Ingestion.Text;

/// <summary>The words of a <c>status</c> column, English or Swedish, case-insensitive.</summary>
internal static class StatusWords
{
    private static readonly (string Word, ObservationStatus Status)[] Table =
    [
        ("ok", ObservationStatus.Ok),
        ("final", ObservationStatus.Ok),
        ("slutlig", ObservationStatus.Ok),
        ("slutliga", ObservationStatus.Ok),
        ("preliminary", ObservationStatus.Preliminary),
        ("prel", ObservationStatus.Preliminary),
        ("prel.", ObservationStatus.Preliminary),
        ("preliminär", ObservationStatus.Preliminary),
        ("preliminära", ObservationStatus.Preliminary),
        ("estimate", ObservationStatus.Estimate),
        ("skattning", ObservationStatus.Estimate),
        ("skattad", ObservationStatus.Estimate),
        ("missing", ObservationStatus.Missing),
        ("saknas", ObservationStatus.Missing),
        ("not-applicable", ObservationStatus.NotApplicable),
        ("confidential", ObservationStatus.Confidential),
        ("sekretess", ObservationStatus.Confidential),
    ];

    /// <summary>The accepted words, for messages.</summary>
    public static string Accepted => string.Join(", ", Table.Select(t => t.Word).Where(w => w != "prel."));

    /// <summary>The status a word stands for; an empty cell is <see cref="ObservationStatus.Ok"/>.</summary>
    public static bool TryParse(string text, out ObservationStatus status)
    {
        var s = NumberText.Trim(text);
        if (s.Length == 0)
        {
            status = ObservationStatus.Ok;
            return true;
        }

        foreach (var (word, value) in Table)
        {
            if (string.Equals(word, s, StringComparison.OrdinalIgnoreCase))
            {
                status = value;
                return true;
            }
        }

        status = default;
        return false;
    }
}
