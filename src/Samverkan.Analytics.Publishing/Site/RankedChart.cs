using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Publishing.Site;

/// <summary>An indicator's ranked change chart for one kind of area, and the rows it shows (best first).</summary>
/// <param name="Kind">The kind of area.</param>
/// <param name="Path">Without extension.</param>
/// <param name="Height">Pixels.</param>
/// <param name="Title">The chart's title.</param>
/// <param name="Period">The compared period.</param>
/// <param name="Summary">The Swedish text summary.</param>
/// <param name="Rows">The areas and their rows, in the chart's order.</param>
internal sealed record RankedChart(
    AreaKind Kind, string Path, int Height, string Title, Period Period, string Summary, IReadOnlyList<(Area Area, IndicatorResult Row)> Rows);
