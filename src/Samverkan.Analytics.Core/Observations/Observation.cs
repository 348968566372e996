using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Periods;

namespace Samverkan.Analytics.Core.Observations;

/// <summary>
/// One stored value of one dataset for one area and period. Which number fields are set depends on
/// the <see cref="Dataset"/>:
/// <list type="bullet">
/// <item>Survey: <see cref="Respondents"/> (unweighted) and <see cref="Positive"/> or <see cref="Share"/>
/// (0–1), optionally <see cref="WeightedTotal"/> and <see cref="EffectiveN"/>; <see cref="Subject"/> = question, <see cref="Source"/> = survey.</item>
/// <item>Crime: <see cref="Value"/> = count; <see cref="Subject"/> = the catalogue's crime category id.</item>
/// <item>Population: <see cref="Value"/> = population; <see cref="Subject"/> = age group (<c>total</c>).</item>
/// <item>Measurement: <see cref="Value"/>, optional <see cref="CiLow"/>, <see cref="CiHigh"/>, <see cref="N"/>; <see cref="Subject"/> = indicator key.</item>
/// </list>
/// </summary>
public sealed record Observation
{
    /// <summary>The dataset.</summary>
    public required Dataset Dataset { get; init; }

    /// <summary>The catalogue's area id.</summary>
    public required string AreaId { get; init; }

    /// <summary>The period, canonical.</summary>
    public required Period Period { get; init; }

    /// <summary>Question, crime category, age group or measurement key (see the type's remarks).</summary>
    public required string Subject { get; init; }

    /// <summary>For surveys, which survey; otherwise the publisher if known, or empty.</summary>
    public string Source { get; init; } = "";

    /// <summary>A breakdown such as <c>kon=k</c>; <c>total</c> for the whole population.</summary>
    public string Breakdown { get; init; } = "total";

    /// <summary>Count, population or measured value.</summary>
    public double? Value { get; init; }

    /// <summary>Survey: positive answers (count, possibly weighted).</summary>
    public double? Positive { get; init; }

    /// <summary>Survey: unweighted number of respondents.</summary>
    public double? Respondents { get; init; }

    /// <summary>Survey: the share (0–1) when the file gives it.</summary>
    public double? Share { get; init; }

    /// <summary>Survey: the weighted total (denominator of a weighted share).</summary>
    public double? WeightedTotal { get; init; }

    /// <summary>Survey: the effective sample size for the interval (Kish).</summary>
    public double? EffectiveN { get; init; }

    /// <summary>Measurement: lower confidence limit as delivered.</summary>
    public double? CiLow { get; init; }

    /// <summary>Measurement: upper confidence limit as delivered.</summary>
    public double? CiHigh { get; init; }

    /// <summary>Measurement: the number the value is based on.</summary>
    public double? N { get; init; }

    /// <summary>The value's status.</summary>
    public ObservationStatus Status { get; init; } = ObservationStatus.Ok;

    /// <summary>Where it came from (null until the reader knows the file).</summary>
    public Lineage? Lineage { get; init; }

    /// <summary>
    /// True when this current value replaced an older vintage (a later file revised it, for example
    /// BRÅ's final figures over the preliminary ones, or a corrected delivery). Set by the store when
    /// it reads current values; readers leave it false. Not part of <see cref="Key"/>.
    /// </summary>
    public bool Revised { get; init; }

    /// <summary>
    /// The identity of a stored value: a later import with the same key revises it.
    /// </summary>
    public ObservationKey Key => new(Dataset, AreaId, Period, Subject, Source, Breakdown);
}
