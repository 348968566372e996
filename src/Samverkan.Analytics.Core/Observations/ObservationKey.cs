using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Periods;

namespace Samverkan.Analytics.Core.Observations;

/// <summary>What identifies a stored value; two imports with the same key are versions (vintages) of one value.</summary>
/// <param name="Dataset">The dataset.</param>
/// <param name="AreaId">The area.</param>
/// <param name="Period">The period.</param>
/// <param name="Subject">Question, category, age group or measurement key.</param>
/// <param name="Source">Survey or publisher.</param>
/// <param name="Breakdown">Breakdown, <c>total</c> by default.</param>
public readonly record struct ObservationKey(Dataset Dataset, string AreaId, Period Period, string Subject, string Source, string Breakdown);
