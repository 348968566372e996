using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Analysis.Trends;

/// <summary>The trend columns of one result row.</summary>
internal sealed record TrendAssessment(string? Method, int N, double? Statistic, double? P, double? Slope, TrendVerdict Verdict)
{
    /// <summary>No test: too few points (the count is still reported, so pages can say "för få mätpunkter").</summary>
    public static TrendAssessment TooFew(int n) => new(null, n, null, null, null, TrendVerdict.NotAssessed);
}
