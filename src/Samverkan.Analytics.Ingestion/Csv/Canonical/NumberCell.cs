using Samverkan.Analytics.Core.Observations;

namespace Samverkan.Analytics.Ingestion.Csv.Canonical;

/// <summary>A numeric cell as read: a number, a missing-value marker, or nothing (absent column or an error already reported).</summary>
/// <param name="Value">The number, or null.</param>
/// <param name="Marker">The status of a missing-value marker (<c>..</c>, <c>.</c>, <c>XX</c>, empty), or null.</param>
internal readonly record struct NumberCell(double? Value, ObservationStatus? Marker)
{
    /// <summary>No value and no marker.</summary>
    public static NumberCell None => default;
}
