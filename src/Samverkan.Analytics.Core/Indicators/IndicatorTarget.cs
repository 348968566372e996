namespace Samverkan.Analytics.Core.Indicators;

/// <summary>
/// A sub-goal's target for an indicator: an absolute <see cref="Value"/> (in the indicator's unit,
/// × multiplier) or a <see cref="RelativeChange"/> from the baseline (−0.5 = halve) by <see cref="Year"/>.
/// </summary>
public sealed record IndicatorTarget
{
    /// <summary>The year by which the target is to be met.</summary>
    public required int Year { get; init; }

    /// <summary>Absolute target value, in the indicator's displayed unit.</summary>
    public double? Value { get; init; }

    /// <summary>Relative change from the baseline, e.g. −0.5.</summary>
    public double? RelativeChange { get; init; }

    /// <summary>The agreement version whose baseline a relative target refers to (default: the first).</summary>
    public string? AgreementId { get; init; }

    /// <summary>The target value given the baseline value (both in displayed units).</summary>
    public double? ValueFor(double? baselineValue) =>
        Value ?? (RelativeChange is { } r && baselineValue is { } b ? b * (1 + r) : null);
}
