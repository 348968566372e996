using Samverkan.Analytics.Core.Periods;

namespace Samverkan.Analytics.Core.Results;

/// <summary>
/// One row of the results contract (DESIGN §4.4): one indicator × area × period. Values, intervals,
/// baseline, comparator and target are in displayed units (× multiplier); numerator and denominator
/// are unscaled. A suppressed row carries nothing derived from its value.
/// </summary>
public sealed record IndicatorResult
{
    /// <summary><c>indicator_id</c>.</summary>
    public required string IndicatorId { get; init; }

    /// <summary><c>area_id</c>.</summary>
    public required string AreaId { get; init; }

    /// <summary><c>period</c>.</summary>
    public required Period Period { get; init; }

    /// <summary><c>value</c>.</summary>
    public double? Value { get; init; }

    /// <summary><c>ci_low</c>.</summary>
    public double? CiLow { get; init; }

    /// <summary><c>ci_high</c>.</summary>
    public double? CiHigh { get; init; }

    /// <summary><c>numerator</c>.</summary>
    public double? Numerator { get; init; }

    /// <summary><c>denominator</c>.</summary>
    public double? Denominator { get; init; }

    /// <summary><c>status</c>.</summary>
    public ResultStatus Status { get; init; }

    /// <summary><c>baseline_period</c>.</summary>
    public Period? BaselinePeriod { get; init; }

    /// <summary><c>baseline_value</c>.</summary>
    public double? BaselineValue { get; init; }

    /// <summary><c>change</c>: percentage points for proportions, ratio for rates and counts, difference for values.</summary>
    public double? Change { get; init; }

    /// <summary><c>change_ci_low</c>.</summary>
    public double? ChangeCiLow { get; init; }

    /// <summary><c>change_ci_high</c>.</summary>
    public double? ChangeCiHigh { get; init; }

    /// <summary><c>change_p</c>.</summary>
    public double? ChangeP { get; init; }

    /// <summary><c>change_verdict</c>.</summary>
    public Verdict ChangeVerdict { get; init; }

    /// <summary><c>comparator_value</c>: the city's value in the same period.</summary>
    public double? ComparatorValue { get; init; }

    /// <summary><c>comparator_verdict</c>.</summary>
    public Verdict ComparatorVerdict { get; init; }

    /// <summary><c>trend_method</c>: <c>fingertips-recent</c>, <c>mann-kendall</c>, <c>seasonal-kendall</c>, or null.</summary>
    public string? TrendMethod { get; init; }

    /// <summary><c>trend_n</c>.</summary>
    public int? TrendN { get; init; }

    /// <summary><c>trend_statistic</c>.</summary>
    public double? TrendStatistic { get; init; }

    /// <summary><c>trend_p</c>.</summary>
    public double? TrendP { get; init; }

    /// <summary><c>trend_slope</c>, per year.</summary>
    public double? TrendSlope { get; init; }

    /// <summary><c>trend_verdict</c>.</summary>
    public TrendVerdict TrendVerdict { get; init; }

    /// <summary><c>target_value</c>.</summary>
    public double? TargetValue { get; init; }

    /// <summary><c>target_year</c>.</summary>
    public int? TargetYear { get; init; }

    /// <summary><c>target_status</c>.</summary>
    public TargetStatus TargetStatus { get; init; }

    /// <summary><c>agreement_id</c>.</summary>
    public string? AgreementId { get; init; }

    /// <summary><c>flags</c>: <c>preliminary</c>, <c>estimate</c>, <c>revised</c>, <c>break</c>.</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];

    /// <summary>
    /// Not a column of DESIGN §4.4 (never exported): the comparison with the city at the 95 % level,
    /// whatever the indicator's own <c>confidence</c> (Fingertips' two-level rule, see <see cref="ComparatorLevels"/>).
    /// </summary>
    public Verdict ComparatorVerdict95 { get; init; }

    /// <summary>Not a column of DESIGN §4.4 (never exported): the comparison with the city at the 99.8 % level.</summary>
    public Verdict ComparatorVerdict998 { get; init; }
}
