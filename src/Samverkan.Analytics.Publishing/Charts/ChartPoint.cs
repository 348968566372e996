using Samverkan.Analytics.Core.Periods;

namespace Samverkan.Analytics.Publishing.Charts;

/// <summary>One drawn point of a chart series.</summary>
/// <param name="Period">The row's period.</param>
/// <param name="X">The position on the year axis (2023, 2023.25 for Q2, …).</param>
/// <param name="Y">The value.</param>
/// <param name="CiLow">Lower interval bound, if any.</param>
/// <param name="CiHigh">Upper interval bound, if any.</param>
/// <param name="Preliminary">Drawn hollow.</param>
/// <param name="Estimate">Estimated (e.g. apportioned from other areas): drawn as a square.</param>
internal sealed record ChartPoint(Period Period, double X, double Y, double? CiLow, double? CiHigh, bool Preliminary, bool Estimate = false);
