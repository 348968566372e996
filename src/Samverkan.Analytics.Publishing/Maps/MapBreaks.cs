namespace Samverkan.Analytics.Publishing.Maps;

/// <summary>
/// Class breaks of a value map: equal steps of a round size (1, 2, 2,5 or 5 × 10ⁿ) that cover the
/// values, about five classes. A class holds its lower edge; the last class also its upper edge.
/// </summary>
internal sealed record MapBreaks
{
    private MapBreaks(IReadOnlyList<double> edges, int decimals)
    {
        Edges = edges;
        Decimals = decimals;
    }

    /// <summary>The class edges, ascending: classes + 1 numbers.</summary>
    public IReadOnlyList<double> Edges { get; }

    /// <summary>Decimals that show the edges exactly.</summary>
    public int Decimals { get; }

    /// <summary>The number of classes.</summary>
    public int Count => Edges.Count - 1;

    /// <summary>Breaks for <paramref name="values"/> (finite values only); null when there are none.</summary>
    public static MapBreaks? For(IReadOnlyCollection<double> values, int target = 5)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var min = values.Min();
        var max = values.Max();
        if (max - min < 1e-9)
        {
            var step0 = NiceStep(Math.Max(Math.Abs(min), 1) / 10);
            var lo0 = Math.Floor(min / step0) * step0;
            return new MapBreaks([lo0, lo0 + step0], DecimalsOf(step0));
        }

        var step = NiceStep((max - min) / target);
        var lo = Math.Floor((min / step) + 1e-9) * step;
        var count = Math.Max(1, (int)Math.Ceiling(((max - lo) / step) - 1e-9));
        var edges = Enumerable.Range(0, count + 1).Select(i => Math.Round(lo + (i * step), 10)).ToList();
        return new MapBreaks(edges, DecimalsOf(step));
    }

    /// <summary>The class (0-based) of <paramref name="value"/>.</summary>
    public int ClassOf(double value)
    {
        for (var i = Count - 1; i > 0; i--)
        {
            if (value >= Edges[i] - 1e-9)
            {
                return i;
            }
        }

        return 0;
    }

    private static double NiceStep(double raw)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var norm = raw / magnitude;
        var nice = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 2.5 ? 2.5 : norm <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    private static int DecimalsOf(double step)
    {
        for (var d = 0; d < 6; d++)
        {
            var scaled = step * Math.Pow(10, d);
            if (Math.Abs(scaled - Math.Round(scaled)) < 1e-6)
            {
                return d;
            }
        }

        return 6;
    }
}
