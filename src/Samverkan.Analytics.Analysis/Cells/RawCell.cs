using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Statistics;

namespace Samverkan.Analytics.Analysis.Cells;

/// <summary>
/// The raw material of one area × period before scaling: a survey share with its sample sizes, an
/// event count, or a delivered value. Kept separate from <see cref="Estimate"/> because merged
/// districts and the city are combined on this level (counts add, shares do not).
/// </summary>
internal sealed record RawCell
{
    /// <summary>Survey: the share 0–1.</summary>
    public double? Share { get; init; }

    /// <summary>Survey: effective sample size for the interval.</summary>
    public double? EffectiveN { get; init; }

    /// <summary>Survey: unweighted respondents.</summary>
    public double? Respondents { get; init; }

    /// <summary>Survey: positive answers as delivered (or share × respondents).</summary>
    public double? Positive { get; init; }

    /// <summary>Crime and counts: number of events; measurements: the value.</summary>
    public double? Value { get; init; }

    /// <summary>Measurements: the delivered interval.</summary>
    public Interval? Ci { get; init; }

    /// <summary>Measurements: the delivered n.</summary>
    public double? N { get; init; }

    /// <summary>The combined status of the observations behind it.</summary>
    public ObservationStatus Status { get; init; } = ObservationStatus.Ok;

    /// <summary>True when an observation behind it replaced an earlier vintage (a revised figure).</summary>
    public bool Revised { get; init; }

    /// <summary>True when combined from other areas (a merged district's predecessors).</summary>
    public bool Combined { get; init; }

    /// <summary>True when there is a number to use.</summary>
    public bool HasValue => (Share ?? Value) is not null && !StatusRules.IsMissing(Status);
}
