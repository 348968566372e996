using Samverkan.Analytics.Core.Indicators;

namespace Samverkan.Analytics.Analysis.Cells;

/// <summary>One indicator's estimates as secondary suppression sees them.</summary>
/// <param name="Indicator">The indicator (null: no links to other indicators).</param>
/// <param name="Estimates">Its estimates per area and period, changed in place.</param>
/// <param name="Parts">The areas each aggregated cell was built from (merged districts, police areas).</param>
internal sealed record SuppressionTable(
    IndicatorDefinition? Indicator,
    Dictionary<CellKey, Estimate> Estimates,
    IReadOnlyDictionary<CellKey, IReadOnlyList<string>> Parts);
