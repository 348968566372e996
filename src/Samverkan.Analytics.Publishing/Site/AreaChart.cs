using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Publishing.Charts;

namespace Samverkan.Analytics.Publishing.Site;

/// <summary>An indicator × area's charts as the pages use them.</summary>
/// <param name="Area">The area.</param>
/// <param name="Path">The full chart, without extension.</param>
/// <param name="SmallPath">The small-multiple chart, without extension, when one is drawn.</param>
/// <param name="Summary">The Swedish text summary shown beside it.</param>
/// <param name="Alt">The short alt text.</param>
/// <param name="Model">What was drawn.</param>
internal sealed record AreaChart(Area Area, string Path, string? SmallPath, string Summary, string Alt, ChartModel Model);
