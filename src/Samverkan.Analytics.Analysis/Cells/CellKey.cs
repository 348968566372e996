using Samverkan.Analytics.Core.Periods;

namespace Samverkan.Analytics.Analysis.Cells;

/// <summary>An area and a period.</summary>
/// <param name="AreaId">The catalogue's area id.</param>
/// <param name="Period">The period.</param>
internal readonly record struct CellKey(string AreaId, Period Period);
