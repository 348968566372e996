using Samverkan.Analytics.Core.Indicators;

namespace Samverkan.Analytics.Publishing.Site;

/// <summary>One indicator's part of the site: its areas' rows and charts.</summary>
/// <param name="Indicator">The definition.</param>
/// <param name="Areas">The areas with rows, in catalogue order (the city first), each with its rows by period.</param>
internal sealed record IndicatorSection(IndicatorDefinition Indicator, IReadOnlyList<AreaRows> Areas);
