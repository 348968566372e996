using Samverkan.Analytics.Core.Observations;

namespace Samverkan.Analytics.Ingestion.Csv.Checks;

/// <summary>
/// The keys a file has given so far, with their lines: a repeated key is an error naming both lines
/// (one file holds one value per key), never a storage exception.
/// </summary>
internal sealed class KeyTracker
{
    private readonly Dictionary<ObservationKey, int> _lines = [];

    /// <summary>Records the observation's key; false (and an error at the line) when the file gave it before.</summary>
    public bool Add(Observation observation, int line, IssueList issues, int column = 0)
    {
        if (_lines.TryGetValue(observation.Key, out var first))
        {
            issues.Error(line, column, IngestionMessages.Format(IngestionMessages.DuplicateRow, line, first, Describe(observation.Key)), IngestionMessages.DuplicateRowHint);
            return false;
        }

        _lines[observation.Key] = line;
        return true;
    }

    /// <summary>"sdo-bromma, 2023-05, ran, total" (the survey, when there is one, before the breakdown).</summary>
    public static string Describe(ObservationKey key)
    {
        var parts = new List<string> { key.AreaId, key.Period.ToString(), key.Subject };
        if (key.Source.Length > 0)
        {
            parts.Add(key.Source);
        }

        parts.Add(key.Breakdown);
        return string.Join(", ", parts);
    }
}
