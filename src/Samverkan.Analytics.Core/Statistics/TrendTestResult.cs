namespace Samverkan.Analytics.Core.Statistics;

/// <summary>The outcome of a trend test, in the shape of the <c>trend_*</c> result columns (DESIGN §4.4).</summary>
/// <param name="Method">
/// <c>mann-kendall</c>, <c>seasonal-kendall</c> or <c>fingertips-recent</c> (the <c>trend_method</c> words).
/// </param>
/// <param name="N">Number of observations the test used.</param>
/// <param name="Statistic">Kendall's S for the Kendall tests; χ² (one degree of freedom) for the Fingertips test.</param>
/// <param name="P">Two-sided p-value, or null when the method gives none.</param>
/// <param name="Slope">Change per time unit (per year when times are years): Sen's slope, or the weighted regression slope.</param>
/// <param name="Direction">+1 (increasing) or −1 (decreasing) when the trend is significant by the method's rule; 0 otherwise.</param>
public sealed record TrendTestResult(string Method, int N, double Statistic, double? P, double Slope, int Direction);
