using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Publishing.Site;

/// <summary>An area's rows of one indicator and its chart.</summary>
/// <param name="Area">The area (a stand-in named by its id when the catalogue lacks it).</param>
/// <param name="Rows">The rows, by period.</param>
/// <param name="ChartPath">The chart's path relative to the site, without extension.</param>
/// <param name="ChartDescription">The chart's alt text.</param>
internal sealed record AreaRows(Area Area, IReadOnlyList<IndicatorResult> Rows, string ChartPath, string ChartDescription);
