using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Periods;

namespace Samverkan.Analytics.Ingestion.Csv.Canonical;

/// <summary>What every kind's row has: area, period, status from the status column (or <c>prel.</c>), and lineage.</summary>
/// <param name="AreaId">The resolved area id.</param>
/// <param name="Period">The period.</param>
/// <param name="Status">The status before any missing-value marker overrides it.</param>
/// <param name="Lineage">File hash and line.</param>
internal sealed record RowHead(string AreaId, Period Period, ObservationStatus Status, Lineage Lineage);
