using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Statistics;

namespace Samverkan.Analytics.Analysis.Cells;

/// <summary>Turns a raw cell into an estimate with its interval (DESIGN §4.5) and applies primary suppression.</summary>
internal static class EstimateFactory
{
    /// <summary>
    /// Proportions: Wilson on (p·n_eff, n_eff). Rates: exact Poisson below 10 events, Byar's from 10,
    /// divided by the population. Counts: the same on the count. Values: as delivered.
    /// <paramref name="population"/> is required for rates (null → missing).
    /// </summary>
    public static Estimate Create(IndicatorDefinition indicator, RawCell raw, RawCell? population)
    {
        if (!raw.HasValue)
        {
            return Estimate.Missing(StatusRules.IsMissing(raw.Status) ? raw.Status : ObservationStatus.Missing);
        }

        var estimate = indicator.Measure switch
        {
            Measure.Proportion => Proportion(indicator, raw),
            Measure.Rate => Rate(indicator, raw, population),
            Measure.Count => Count(indicator, raw),
            _ => Value(indicator, raw),
        };
        return estimate with { IsCombined = raw.Combined, Revised = raw.Revised };
    }

    private static Estimate Proportion(IndicatorDefinition indicator, RawCell raw)
    {
        var p = raw.Share!.Value;
        var nEff = raw.EffectiveN!.Value;
        var x = p * nEff;
        return new Estimate
        {
            Value = p,
            Ci = Wilson.Interval(x, nEff, indicator.Confidence),
            Numerator = raw.Positive,
            Denominator = raw.Respondents,
            Exposure = nEff,
            EffectiveNumerator = x,
            Status = raw.Status,
            IsEstimate = raw.Status == ObservationStatus.Estimate,
            Suppressed = indicator.MinRespondents is { } min && (raw.Respondents ?? 0) < min,
        };
    }

    private static Estimate Rate(IndicatorDefinition indicator, RawCell raw, RawCell? population)
    {
        if (population?.Value is not { } n || n <= 0)
        {
            return Estimate.Missing(ObservationStatus.Missing);
        }

        var count = raw.Value!.Value;
        var ci = PoissonInterval.ForCount(count, indicator.Confidence);
        return new Estimate
        {
            Value = count / n,
            Ci = new Interval(ci.Lower / n, ci.Upper / n),
            Numerator = count,
            Denominator = n,
            Exposure = n,
            Status = StatusRules.Combine([raw.Status, population.Status]),
            IsEstimate = raw.Status == ObservationStatus.Estimate,
            Suppressed = indicator.SuppressBelow is { } min && count < min,
        };
    }

    private static Estimate Count(IndicatorDefinition indicator, RawCell raw)
    {
        var count = raw.Value!.Value;
        return new Estimate
        {
            Value = count,
            Ci = raw.Ci is { } delivered ? Unscale(indicator, delivered) : PoissonInterval.ForCount(count, indicator.Confidence),
            DeliveredCi = raw.Ci is not null,
            Numerator = count,
            Denominator = null,
            Exposure = 1,
            Status = raw.Status,
            IsEstimate = raw.Status == ObservationStatus.Estimate,
            Suppressed = indicator.SuppressBelow is { } min && count < min,
        };
    }

    private static Estimate Value(IndicatorDefinition indicator, RawCell raw) => new()
    {
        Value = raw.Value!.Value / indicator.Multiplier,
        Ci = raw.Ci is { } ci ? Unscale(indicator, ci) : null,
        DeliveredCi = raw.Ci is not null,
        Denominator = raw.N,
        Status = raw.Status,
        IsEstimate = raw.Status == ObservationStatus.Estimate,
        Suppressed = indicator.SuppressBelow is { } min && raw.Value < min,
    };

    /// <summary>
    /// <paramref name="estimate"/> with its interval at <paramref name="confidence"/> instead of the
    /// indicator's level (the comparison with the city at 95 % and 99.8 %), by the same methods as
    /// <see cref="Create"/>; null when the interval was delivered with the data and cannot be recomputed.
    /// </summary>
    public static Estimate? AtConfidence(IndicatorDefinition indicator, Estimate estimate, double confidence)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(estimate);
        if (confidence.Equals(indicator.Confidence))
        {
            return estimate;
        }

        if (estimate.Value is null || estimate.DeliveredCi)
        {
            return null;
        }

        return indicator.Measure switch
        {
            Measure.Proportion when estimate.EffectiveNumerator is { } x && estimate.Exposure is { } n =>
                estimate with { Ci = Wilson.Interval(x, n, confidence) },
            Measure.Rate or Measure.Count when estimate.Numerator is { } count && estimate.Exposure is { } exposure and > 0 =>
                estimate with { Ci = Scale(PoissonInterval.ForCount(count, confidence), 1 / exposure) },
            _ => null,
        };
    }

    private static Interval Scale(Interval ci, double factor) => new(ci.Lower * factor, ci.Upper * factor);

    /// <summary>Delivered measurements are in displayed units; estimates are unscaled.</summary>
    private static Interval Unscale(IndicatorDefinition indicator, Interval ci) =>
        new(ci.Lower / indicator.Multiplier, ci.Upper / indicator.Multiplier);
}
