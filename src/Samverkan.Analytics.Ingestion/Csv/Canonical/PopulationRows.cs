using System.Globalization;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using static Samverkan.Analytics.Ingestion.Csv.Canonical.CanonicalColumn;

namespace Samverkan.Analytics.Ingestion.Csv.Canonical;

/// <summary>
/// The <c>population</c> kind: population per area and year; the subject is the age group
/// (<c>total</c> by default) and <c>sex</c> becomes the breakdown <c>kon=k</c> or <c>kon=m</c>.
/// <c>reference_date</c> is checked but not stored (an <see cref="Observation"/> has no field for it).
/// </summary>
internal static class PopulationRows
{
    /// <summary>Validates the row's cells and, given its head and no errors, builds the observation.</summary>
    public static Observation? Read(CanonicalRow row, RowHead? head)
    {
        var population = row.Number(Population, whole: true, nonNegative: true);
        var ageGroup = Breakdowns.Read(row.Text(AgeGroup));
        var breakdown = ReadSex(row);
        if (row.Text(ReferenceDate) is { Length: > 0 } date
            && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            row.Error(ReferenceDate, IngestionMessages.Format(IngestionMessages.NotADate, date), IngestionMessages.NotADateHint);
        }

        if (head is null || row.HasErrors || breakdown is null)
        {
            return null;
        }

        return new Observation
        {
            Dataset = Dataset.Population,
            AreaId = head.AreaId,
            Period = head.Period,
            Subject = ageGroup,
            Breakdown = breakdown,
            Value = population.Value,
            Status = population.Marker ?? head.Status,
            Lineage = head.Lineage,
        };
    }

    private static string? ReadSex(CanonicalRow row)
    {
        var text = row.Text(Sex);
        if (Breakdowns.TrySex(text, out var breakdown))
        {
            return breakdown;
        }

        row.Error(Sex, IngestionMessages.Format(IngestionMessages.UnknownSex, text), IngestionMessages.UnknownSexHint);
        return null;
    }
}
