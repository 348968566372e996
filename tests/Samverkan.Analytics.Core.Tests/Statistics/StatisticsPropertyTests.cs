using CsCheck;
using Samverkan.Analytics.Core.Statistics;

namespace Samverkan.Analytics.Core.Tests.Statistics;

/// <summary>Properties every interval and comparison must have, over generated inputs (CsCheck).</summary>
public sealed class StatisticsPropertyTests
{
    private static readonly Gen<double> Confidence = Gen.OneOf(0.95, 0.998);

    private static readonly Gen<(int X, int N)> Proportion =
        Gen.Int[1, 5000].SelectMany(n => Gen.Int[0, n].Select(x => (x, n)));

    [Fact]
    public void Wilson_ContainsTheEstimate_AndStaysInsideZeroToOne()
    {
        Gen.Select(Proportion, Confidence).Sample((p, c) =>
        {
            var ci = Wilson.Interval(p.X, p.N, c);
            var estimate = (double)p.X / p.N;
            return ci.Lower >= 0 && ci.Upper <= 1 && ci.Lower <= estimate + 1e-12 && estimate <= ci.Upper + 1e-12;
        });
    }

    [Fact]
    public void Wilson_Narrows_WhenTheSampleGrowsAtTheSameShare()
    {
        Gen.Select(Proportion, Confidence).Where(t => t.Item1.N <= 1000).Sample((p, c) =>
        {
            var small = Wilson.Interval(p.X, p.N, c);
            var large = Wilson.Interval(p.X * 4, p.N * 4, c);
            return large.Upper - large.Lower < small.Upper - small.Lower;
        });
    }

    [Fact]
    public void PoissonInterval_ContainsTheCount_AndNarrowsRelatively()
    {
        Gen.Select(Gen.Int[0, 50_000], Confidence).Sample((count, c) =>
        {
            var ci = PoissonInterval.ForCount(count, c);
            var bigger = PoissonInterval.ForCount((count + 1) * 4, c);
            var relative = (ci.Upper - ci.Lower) / (count + 1);
            var relativeBigger = (bigger.Upper - bigger.Lower) / ((count + 1) * 4);
            return ci.Lower >= 0 && ci.Lower <= count && count <= ci.Upper && relativeBigger < relative;
        });
    }

    [Fact]
    public void Newcombe_MirrorsTheChange_WhenBaselineAndLatestAreSwapped()
    {
        Gen.Select(Proportion, Proportion, Confidence).Sample((a, b, c) =>
        {
            var forward = Newcombe.Difference(a.X, a.N, b.X, b.N, c);
            var backward = Newcombe.Difference(b.X, b.N, a.X, a.N, c);
            return Math.Abs(forward.Estimate + backward.Estimate) < 1e-12
                && Math.Abs(forward.Lower + backward.Upper) < 1e-12
                && Math.Abs(forward.Upper + backward.Lower) < 1e-12
                && forward.Lower <= forward.Estimate + 1e-12 && forward.Estimate <= forward.Upper + 1e-12;
        });
    }

    [Fact]
    public void RateRatio_IsReciprocal_WhenBaselineAndLatestAreSwapped()
    {
        var counts = Gen.Int[1, 20_000];
        var exposures = Gen.Double[1_000, 1_000_000];
        Gen.Select(counts, exposures, counts, exposures).Sample((x1, t1, x2, t2) =>
        {
            var forward = RateRatioTest.Exact(x1, t1, x2, t2, 0.95);
            var backward = RateRatioTest.Exact(x2, t2, x1, t1, 0.95);
            // Relative: the limits come from root finding on binomial tails, good to about 1e-9.
            static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-7 * Math.Max(Math.Abs(a), Math.Abs(b)) || Math.Abs(a - b) < 1e-12;
            return Close(forward.Ratio, 1 / backward.Ratio)
                && Close(forward.Lower, 1 / backward.Upper)
                && Close(forward.Upper, 1 / backward.Lower)
                && Close(forward.P, backward.P)
                && forward.Lower <= forward.Ratio && forward.Ratio <= forward.Upper;
        }, iter: 300, seed: Environment.GetEnvironmentVariable("CsCheck_Seed"));
    }
}
