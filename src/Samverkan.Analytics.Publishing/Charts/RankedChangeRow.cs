using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Publishing.Charts;

/// <summary>One area's change since the baseline, in the unit the ranked chart shows.</summary>
/// <param name="Label">The area's name (the city: <c>Hela staden</c>).</param>
/// <param name="Change">Percentage points, per cent (rates and counts) or the unit's difference.</param>
/// <param name="Low">The interval's lower end.</param>
/// <param name="High">The interval's upper end.</param>
/// <param name="Verdict">The change verdict.</param>
/// <param name="IsCity">True for the city's row.</param>
internal sealed record RankedChangeRow(string Label, double Change, double? Low, double? High, Verdict Verdict, bool IsCity);
