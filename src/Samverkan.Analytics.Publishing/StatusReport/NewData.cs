using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Periods;

namespace Samverkan.Analytics.Publishing.StatusReport;

/// <summary>What arrived for one indicator since the previous run.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="NewPeriods">Periods with new values, oldest first.</param>
/// <param name="NewAreas">How many areas got new values.</param>
/// <param name="Revised">How many stored values were revised.</param>
internal sealed record NewData(IndicatorDefinition Indicator, IReadOnlyList<Period> NewPeriods, int NewAreas, int Revised);
