using Samverkan.Analytics.Core.Agreements;
using Samverkan.Analytics.Core.Indicators;

namespace Samverkan.Analytics.Publishing.YearlyReport;

/// <summary>A priority area of the report and the indicators that follow it up.</summary>
/// <param name="PriorityArea">The priority area (wording of the agreement version in force).</param>
/// <param name="Indicators">Its indicators, in catalogue order.</param>
internal sealed record ReportPlanSection(PriorityArea PriorityArea, IReadOnlyList<IndicatorDefinition> Indicators);
