using Samverkan.Analytics.Core.Explanations;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using static Samverkan.Analytics.Ingestion.Csv.Canonical.CanonicalColumn;

namespace Samverkan.Analytics.Ingestion.Csv.Canonical;

/// <summary>The <c>measurement</c> kind: values the parties report, with optional interval and base.</summary>
internal static class MeasurementRows
{
    /// <summary>Validates the row's cells and, given its head and no errors, builds the observation.</summary>
    public static Observation? Read(CanonicalRow row, RowHead? head)
    {
        var indicator = row.Required(Indicator)?.ToLowerInvariant();
        var value = row.Number(Value);
        var low = row.Number(CiLow);
        var high = row.Number(CiHigh);
        var n = row.Number(N, whole: true, nonNegative: true);
        var breakdown = Breakdowns.Read(row.Text(Breakdown));
        if (low.Value is { } lo && high.Value is { } hi)
        {
            if (lo > hi)
            {
                row.Error(CiLow, IngestionMessages.Format(IngestionMessages.CiReversed, Show(lo), Show(hi)), IngestionMessages.CiReversedHint);
            }
            else if (value.Value is { } v && (v < lo || v > hi))
            {
                row.Error(Value, IngestionMessages.Format(IngestionMessages.ValueOutsideCi, Show(v), Show(lo), Show(hi)), IngestionMessages.ValueOutsideCiHint);
            }
        }

        if (head is null || row.HasErrors || indicator is null)
        {
            return null;
        }

        return new Observation
        {
            Dataset = Dataset.Measurement,
            AreaId = head.AreaId,
            Period = head.Period,
            Subject = indicator,
            Breakdown = breakdown,
            Value = value.Value,
            CiLow = low.Value,
            CiHigh = high.Value,
            N = n.Value,
            Status = value.Marker ?? head.Status,
            Lineage = head.Lineage,
        };
    }

    private static string Show(double value) => value.ToString("0.###", SwedishFormat.Culture);
}
