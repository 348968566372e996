using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Publishing.Dashboards;

/// <summary>One panel of a page definition.</summary>
/// <param name="Type">What it shows.</param>
/// <param name="AreaKind">The kind of area it covers (matrix, ranked-change, small-multiples).</param>
/// <param name="Verdict">The verdict it lists (verdict-list).</param>
internal sealed record DashboardPanel(PanelType Type, AreaKind? AreaKind = null, Verdict? Verdict = null);
