using Samverkan.Analytics.Core.Periods;

namespace Samverkan.Analytics.Core.Indicators;

/// <summary>An indicator as defined in <c>indicators.yaml</c> (DESIGN §4.2).</summary>
public sealed record IndicatorDefinition
{
    /// <summary>Kebab-case id.</summary>
    public required string Id { get; init; }

    /// <summary>Swedish title.</summary>
    public required string Title { get; init; }

    /// <summary>English title, optional.</summary>
    public string? TitleEn { get; init; }

    /// <summary>Swedish description: what is measured and how to read it.</summary>
    public string? Description { get; init; }

    /// <summary>The priority area it follows up.</summary>
    public required string PriorityAreaId { get; init; }

    /// <summary>The sub-goal it follows up, if any.</summary>
    public string? SubGoalId { get; init; }

    /// <summary>What the value is.</summary>
    public required Measure Measure { get; init; }

    /// <summary>Where the numbers come from.</summary>
    public required IndicatorSource Source { get; init; }

    /// <summary>The reporting period; finer data are summed up to it (complete periods only).</summary>
    public PeriodKind Period { get; init; } = PeriodKind.Year;

    /// <summary>For rates: the population age group of the denominator (null = all ages).</summary>
    public string? DenominatorAgeGroup { get; init; }

    /// <summary>Scale of the displayed value: proportion 100, rate 100 000, count and value 1.</summary>
    public double Multiplier { get; init; } = 1;

    /// <summary>The unit label shown to readers (<c>%</c>, <c>per 100 000 inv.</c>).</summary>
    public string? Unit { get; init; }

    /// <summary>Which direction is good.</summary>
    public Polarity Polarity { get; init; } = Polarity.LowerIsBetter;

    /// <summary>Confidence level of every interval (0.95 default, 0.998 allowed).</summary>
    public double Confidence { get; init; } = 0.95;

    /// <summary>A fixed baseline period that overrides the agreement's rule for every agreement version.</summary>
    public Period? BaselineOverride { get; init; }

    /// <summary>
    /// Fixed baseline periods per agreement version id (<c>baseline: { sak-2019: "2020" }</c>): a
    /// survey that started after one signing can have its own first wave as that agreement's
    /// baseline while a later revision keeps the rule. Wins over <see cref="BaselineOverride"/>.
    /// </summary>
    public IReadOnlyDictionary<string, Period> BaselineByAgreement { get; init; } = new Dictionary<string, Period>();

    /// <summary>The target, if the agreement gives one.</summary>
    public IndicatorTarget? Target { get; init; }

    /// <summary>Survey cells with fewer unweighted respondents are suppressed.</summary>
    public int? MinRespondents { get; init; }

    /// <summary>Activity counts below this are suppressed (public crime statistics are not).</summary>
    public int? SuppressBelow { get; init; }

    /// <summary>Periods from which the series is not comparable with earlier ones.</summary>
    public IReadOnlyList<Period> Breaks { get; init; } = [];

    /// <summary>The local agreement that owns this indicator; null for the overarching ones.</summary>
    public string? LocalAgreementId { get; init; }

    /// <summary>The default multiplier for a measure.</summary>
    public static double DefaultMultiplier(Measure measure) => measure switch
    {
        Measure.Proportion => 100,
        Measure.Rate => 100_000,
        _ => 1,
    };
}
