namespace Samverkan.Analytics.Analysis.Comparisons;

/// <summary>
/// A comparison of two estimates in displayed units: a difference (proportions, values) or a ratio
/// (rates, counts), its interval and p, and where the interval lies.
/// </summary>
internal sealed record Comparison(double? Estimate, double? Low, double? High, double? P, Direction Direction)
{
    /// <summary>No comparison possible.</summary>
    public static Comparison None { get; } = new(null, null, null, null, Direction.NotAssessed);
}
