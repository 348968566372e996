using Samverkan.Analytics.Publishing.Maps;

namespace Samverkan.Analytics.Publishing.Tests.Maps;

public class MapBreaksTests
{
    [Theory]
    [InlineData(new[] { 10.9, 12.0, 28.8 }, new[] { 10.0, 15, 20, 25, 30 }, 0)]
    [InlineData(new[] { 2890.0, 3400, 5120 }, new[] { 2500.0, 3000, 3500, 4000, 4500, 5000, 5500 }, 0)]
    [InlineData(new[] { 0.12, 0.3, 0.45 }, new[] { 0.1, 0.2, 0.3, 0.4, 0.5 }, 1)]
    [InlineData(new[] { 1.0, 3.5 }, new[] { 1.0, 1.5, 2, 2.5, 3, 3.5 }, 1)]
    public void For_CoversTheValuesInRoundSteps(double[] values, double[] edges, int decimals)
    {
        var breaks = MapBreaks.For(values)!;

        Assert.Equal(edges, breaks.Edges.ToArray(), (a, b) => Math.Abs(a - b) < 1e-9);
        Assert.Equal(decimals, breaks.Decimals);
        Assert.True(breaks.Edges[0] <= values.Min() && breaks.Edges[^1] >= values.Max());
    }

    [Fact]
    public void ClassOf_PutsALowerEdgeInTheUpperClassAndTheMaximumInTheLast()
    {
        var breaks = MapBreaks.For([10.0, 30.0])!;

        Assert.Equal(0, breaks.ClassOf(10));
        Assert.Equal(1, breaks.ClassOf(15));
        Assert.Equal(breaks.Count - 1, breaks.ClassOf(30));
    }

    [Fact]
    public void For_GivesOneClass_WhenAllValuesAreEqual()
    {
        var breaks = MapBreaks.For([12.5, 12.5])!;

        Assert.Equal(1, breaks.Count);
        Assert.InRange(12.5, breaks.Edges[0], breaks.Edges[1]);
        Assert.Null(MapBreaks.For([]));
    }
}
