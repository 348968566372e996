using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using static Samverkan.Analytics.Ingestion.Csv.Canonical.CanonicalColumn;

namespace Samverkan.Analytics.Ingestion.Csv.Canonical;

/// <summary>
/// The <c>crime</c> kind: counts per area, period and category. The category cell holds a
/// catalogue category id or a publisher label the catalogue maps (<c>category_map</c>).
/// </summary>
internal static class CrimeRows
{
    /// <summary>Validates the row's cells and, given its head and no errors, builds the observation.</summary>
    public static Observation? Read(CanonicalRow row, RowHead? head)
    {
        var label = row.Required(Category);
        var count = row.Number(Count, whole: true, nonNegative: true);
        var category = label is null ? null : row.Context.Catalog.FindCrimeCategory(label);
        if (label is not null && category is null)
        {
            var known = string.Join(", ", row.Context.Catalog.CrimeCategories.Select(c => $"{c.Id} ({c.Title})"));
            row.Error(Category, IngestionMessages.Format(IngestionMessages.UnknownCategory, label), IngestionMessages.Format(IngestionMessages.UnknownCategoryHint, known));
        }

        if (head is null || row.HasErrors || category is null)
        {
            return null;
        }

        return new Observation
        {
            Dataset = Dataset.Crime,
            AreaId = head.AreaId,
            Period = head.Period,
            Subject = category.Id,
            Value = count.Value,
            Status = count.Marker ?? head.Status,
            Lineage = head.Lineage,
        };
    }
}
