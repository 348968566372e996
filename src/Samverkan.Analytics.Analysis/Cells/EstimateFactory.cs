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
        Denominator = raw.N,
        Status = raw.Status,
        IsEstimate = raw.Status == ObservationStatus.Estimate,
        Suppressed = indicator.SuppressBelow is { } min && raw.Value < min,
    };

    /// <summary>Delivered measurements are in displayed units; estimates are unscaled.</summary>
    private static Interval Unscale(IndicatorDefinition indicator, Interval ci) =>
        new(ci.Lower / indicator.Multiplier, ci.Upper / indicator.Multiplier);
}
