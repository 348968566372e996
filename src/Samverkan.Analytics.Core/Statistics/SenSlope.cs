namespace Samverkan.Analytics.Core.Statistics;

/// <summary>Sen's (Theil–Sen) slope: the median of all pairwise slopes.</summary>
public static class SenSlope
{
    /// <summary>
    /// median over i &lt; j of (xⱼ − xᵢ)/(tⱼ − tᵢ), using the real times so that gaps in a series are
    /// respected (slope per time unit: per year when times are years). Points whose value is NaN are
    /// skipped. The median of an even number of slopes is the mean of the middle two.
    /// </summary>
    /// <param name="times">Time of each value; distinct among the non-missing values.</param>
    /// <param name="values">The values; NaN marks a missing one.</param>
    /// <exception cref="ArgumentException">Lengths differ, times repeat or are not finite, or fewer than two values are present.</exception>
    public static double Estimate(IReadOnlyList<double> times, IReadOnlyList<double> values)
    {
        var series = TimeSeries.Observed(times, values);
        if (series.Count < 2)
        {
            throw new ArgumentException("Sen's slope needs at least two observed values.", nameof(values));
        }

        return Median(PairwiseSlopes(series));
    }

    /// <summary>Slopes of all pairs of a series already sorted by distinct times.</summary>
    internal static IEnumerable<double> PairwiseSlopes(IReadOnlyList<(double Time, double Value)> series)
    {
        for (var i = 0; i < series.Count - 1; i++)
        {
            for (var j = i + 1; j < series.Count; j++)
            {
                yield return (series[j].Value - series[i].Value) / (series[j].Time - series[i].Time);
            }
        }
    }

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
