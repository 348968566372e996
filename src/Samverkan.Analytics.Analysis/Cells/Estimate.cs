using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Statistics;

namespace Samverkan.Analytics.Analysis.Cells;

/// <summary>
/// One indicator value for one area and period, on the unscaled scale (a proportion 0–1, a rate per
/// person, a count or a value) with what the tests need to compare it with another.
/// </summary>
internal sealed record Estimate
{
    /// <summary>Unscaled value; null when missing or suppressed.</summary>
    public double? Value { get; init; }

    /// <summary>Unscaled interval.</summary>
    public Interval? Ci { get; init; }

    /// <summary>Proportions: positive answers on the effective-n scale; rates and counts: the count.</summary>
    public double? Numerator { get; init; }

    /// <summary>Proportions: respondents (unweighted); rates: population; counts: 1.</summary>
    public double? Denominator { get; init; }

    /// <summary>Proportions: effective n used in the interval; rates: population; counts: 1.</summary>
    public double? Exposure { get; init; }

    /// <summary>Proportions: p × n_eff, the x fed into Wilson and Newcombe.</summary>
    public double? EffectiveNumerator { get; init; }

    /// <summary>The weakest status of the underlying observations.</summary>
    public ObservationStatus Status { get; init; } = ObservationStatus.Ok;

    /// <summary>True when the value is below the disclosure threshold.</summary>
    public bool Suppressed { get; init; }

    /// <summary>True when the value was apportioned or combined from other areas' values.</summary>
    public bool IsEstimate { get; init; }

    /// <summary>True when a figure behind it was revised since first published.</summary>
    public bool Revised { get; init; }

    /// <summary>True when the interval was delivered with the data (it cannot be recomputed at another level).</summary>
    public bool DeliveredCi { get; init; }

    /// <summary>True when combined from a merged district's predecessors (their sum or weighted share).</summary>
    public bool IsCombined { get; init; }

    /// <summary>A missing value with a status.</summary>
    public static Estimate Missing(ObservationStatus status) => new() { Status = status };
}
