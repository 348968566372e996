namespace Samverkan.Analytics.Core.Statistics;

/// <summary>Input shaping shared by the trend tests.</summary>
internal static class TimeSeries
{
    /// <summary>
    /// The (time, value) pairs with a value (NaN = missing), sorted by time. Times must be finite and
    /// distinct among those pairs: two values at one time have no order for Kendall's S.
    /// </summary>
    public static List<(double Time, double Value)> Observed(IReadOnlyList<double> times, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(values);
        Require.SameLength(times.Count, values.Count);
        return Observed(times.Select((t, i) => (t, values[i])));
    }

    /// <inheritdoc cref="Observed(IReadOnlyList{double}, IReadOnlyList{double})"/>
    public static List<(double Time, double Value)> Observed(IEnumerable<(double Time, double Value)> points)
    {
        var series = new List<(double Time, double Value)>();
        foreach (var (time, value) in points)
        {
            if (!double.IsFinite(time))
            {
                throw new ArgumentException($"Time {time} is not a finite number.", nameof(points));
            }

            if (double.IsInfinity(value))
            {
                throw new ArgumentException($"The value at time {time} is infinite.", nameof(points));
            }

            if (!double.IsNaN(value))
            {
                series.Add((time, value));
            }
        }

        series.Sort((a, b) => a.Time.CompareTo(b.Time));
        for (var i = 1; i < series.Count; i++)
        {
            if (series[i].Time == series[i - 1].Time)
            {
                throw new ArgumentException($"Two values at time {series[i].Time}.", nameof(points));
            }
        }

        return series;
    }
}
