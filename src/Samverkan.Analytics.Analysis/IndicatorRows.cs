using Samverkan.Analytics.Analysis.Cells;
using Samverkan.Analytics.Analysis.Comparisons;
using Samverkan.Analytics.Analysis.Targets;
using Samverkan.Analytics.Analysis.Trends;
using Samverkan.Analytics.Core.Agreements;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Analysis;

/// <summary>Builds the result rows of one indicator from its estimates per area and period.</summary>
internal sealed class IndicatorRows(IndicatorDefinition indicator, Catalog catalog, Dictionary<CellKey, Estimate> estimates)
{
    private readonly double _m = indicator.Multiplier;

    /// <summary>One row per area and period that has an estimate (missing ones included, with their status).</summary>
    public IEnumerable<IndicatorResult> Build()
    {
        var byArea = estimates
            .GroupBy(e => e.Key.AreaId)
            .OrderBy(g => AreaOrder(g.Key))
            .ToList();
        foreach (var area in byArea)
        {
            var series = area.OrderBy(e => e.Key.Period).Select(e => (e.Key.Period, e.Value)).ToList();
            for (var i = 0; i < series.Count; i++)
            {
                yield return Row(area.Key, series[i].Period, series[i].Value, series.Take(i + 1).ToList());
            }
        }
    }

    private IndicatorResult Row(string areaId, Period period, Estimate estimate, List<(Period Period, Estimate Estimate)> seriesSoFar)
    {
        var agreement = catalog.AgreementFor(period.End);
        var baselinePeriod = BaselinePeriod(agreement, period);
        var flags = Flags(estimate, period);
        var row = new IndicatorResult
        {
            IndicatorId = indicator.Id,
            AreaId = areaId,
            Period = period,
            Status = Status(estimate),
            BaselinePeriod = baselinePeriod,
            AgreementId = agreement.Id,
            TargetYear = indicator.Target?.Year,
            Flags = flags,
        };
        if (estimate.Suppressed || estimate.Value is null)
        {
            // A suppressed row carries nothing derived from its value (DESIGN §4.4).
            return row;
        }

        var baseline = baselinePeriod is { } bp ? estimates.GetValueOrDefault(new CellKey(areaId, bp)) : null;
        // A break in the series between the baseline and this period makes them incomparable.
        var change = baseline is not null && period > baselinePeriod!.Value && !BreakBetween(baselinePeriod.Value, period)
            ? TwoSampleTest.Compare(indicator, estimate, baseline)
            : Comparison.None;
        var city = estimates.GetValueOrDefault(new CellKey(catalog.CityAreaId, period));
        var comparator = city is not null && !IsCity(areaId) ? CityComparison.Compare(indicator, estimate, city, IsNestedInCity(areaId)) : Comparison.None;
        var trend = TrendCalculator.Assess(indicator, seriesSoFar.Where(s => !BreakBetween(s.Period, period)).ToList());
        var (targetValue, targetStatus) = Target(areaId, period, estimate);
        return row with
        {
            Value = estimate.Value * _m,
            CiLow = estimate.Ci?.Lower * _m,
            CiHigh = estimate.Ci?.Upper * _m,
            Numerator = estimate.Numerator,
            Denominator = estimate.Denominator,
            BaselineValue = baseline is { Suppressed: false } ? baseline.Value * _m : null,
            Change = change.Estimate,
            ChangeCiLow = change.Low,
            ChangeCiHigh = change.High,
            ChangeP = change.P,
            ChangeVerdict = VerdictRules.ToVerdict(change.Direction, indicator.Polarity),
            ComparatorValue = city is { Suppressed: false } ? city.Value * _m : null,
            ComparatorVerdict = VerdictRules.ToVerdict(comparator.Direction, indicator.Polarity),
            ComparatorVerdict95 = ComparatorAt(0.95, areaId, estimate, city, comparator),
            ComparatorVerdict998 = ComparatorAt(0.998, areaId, estimate, city, comparator),
            TrendMethod = trend.Method,
            TrendN = trend.N,
            TrendStatistic = trend.Statistic,
            TrendP = trend.P,
            TrendSlope = trend.Slope,
            TrendVerdict = trend.Verdict,
            TargetValue = targetValue,
            TargetStatus = targetStatus,
        };
    }

    /// <summary>
    /// The comparison with the city at <paramref name="confidence"/> (Fingertips' two-level rule: 95 %
    /// and 99.8 % for every indicator, beside <c>comparator_verdict</c> at the indicator's own level),
    /// by the same tests with the intervals recomputed at that level.
    /// </summary>
    private Verdict ComparatorAt(double confidence, string areaId, Estimate estimate, Estimate? city, Comparison atOwnLevel)
    {
        if (confidence.Equals(indicator.Confidence))
        {
            return VerdictRules.ToVerdict(atOwnLevel.Direction, indicator.Polarity);
        }

        if (city is null || IsCity(areaId) || EstimateFactory.AtConfidence(indicator, estimate, confidence) is not { } area)
        {
            return Verdict.NotAssessed;
        }

        var comparison = CityComparison.Compare(indicator with { Confidence = confidence }, area, city, IsNestedInCity(areaId));
        return VerdictRules.ToVerdict(comparison.Direction, indicator.Polarity);
    }

    /// <summary>
    /// The latest period with data whose end is on or before the agreement's signing (crime 2018 and
    /// the city survey 2017 for the 2019 agreement); a monthly or quarterly row is compared with the
    /// same month or quarter of the baseline year. The indicator may override the rule.
    /// </summary>
    private Period? BaselinePeriod(AgreementVersion agreement, Period row)
    {
        var fixedBaseline = indicator.BaselineByAgreement.TryGetValue(agreement.Id, out var own) ? own : indicator.BaselineOverride;
        if (fixedBaseline is { } fixedPeriod)
        {
            return row.Kind == fixedPeriod.Kind || fixedPeriod.Kind != PeriodKind.Year ? fixedPeriod : row.WithYear(fixedPeriod.Year);
        }

        var candidates = estimates
            .Where(e => e.Value.Value is not null && e.Key.Period.Kind == row.Kind && e.Key.Period.End <= agreement.Signed)
            .Select(e => e.Key.Period)
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        if (row.Kind == PeriodKind.Year)
        {
            return candidates.Max();
        }

        // The latest complete year before signing, then the row's month or quarter in it.
        var year = candidates.GroupBy(p => p.Year).Where(g => g.Count() == row.PartsPerYear).Select(g => (int?)g.Key).Max();
        return year is { } y ? row.WithYear(y) : null;
    }

    private (double? Value, TargetStatus Status) Target(string areaId, Period period, Estimate estimate)
    {
        if (indicator.Target is not { } target)
        {
            return (null, TargetStatus.NotAssessed);
        }

        var agreement = (target.AgreementId is { } id ? catalog.FindAgreement(id) : null) ?? catalog.Agreements[0];
        var baselinePeriod = BaselinePeriod(agreement, period);
        var baseline = baselinePeriod is { } bp ? estimates.GetValueOrDefault(new CellKey(areaId, bp)) : null;
        var baselineValue = baseline is { Suppressed: false } ? baseline.Value * _m : null;
        var targetValue = target.ValueFor(baselineValue);
        if (baseline is null || baselinePeriod is null || period <= baselinePeriod.Value || BreakBetween(baselinePeriod.Value, period))
        {
            return (targetValue, TargetStatus.NotAssessed);
        }

        var change = TwoSampleTest.Compare(indicator, estimate, baseline);
        var ci = estimate.Ci is { } c ? (c.Lower * _m, c.Upper * _m) : ((double, double)?)null;
        return (targetValue, TargetCalculator.Assess(indicator, baselinePeriod.Value.Year, baselineValue, targetValue, period.Year, change, ci));
    }

    private static ResultStatus Status(Estimate e) =>
        e.Suppressed ? ResultStatus.Suppressed
        : e.Value is null ? ResultStatus.Missing
        : e.IsEstimate || e.Status == ObservationStatus.Estimate ? ResultStatus.Estimate
        : e.Status == ObservationStatus.Preliminary ? ResultStatus.Preliminary
        : ResultStatus.Ok;

    private List<string> Flags(Estimate e, Period period)
    {
        var flags = new List<string>();
        if (e.Status == ObservationStatus.Preliminary)
        {
            flags.Add("preliminary");
        }

        if (e.IsEstimate || e.Status == ObservationStatus.Estimate)
        {
            flags.Add("estimate");
        }

        if (e.Revised)
        {
            flags.Add("revised");
        }

        if (indicator.Breaks.Contains(period))
        {
            flags.Add("break");
        }

        return flags;
    }

    /// <summary>True when a break lies after <paramref name="earlier"/> and at or before <paramref name="later"/>.</summary>
    private bool BreakBetween(Period earlier, Period later) =>
        indicator.Breaks.Any(b => b > earlier && b <= later);

    private bool IsCity(string areaId) => string.Equals(areaId, catalog.CityAreaId, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True when the city's figures contain the area's, so that it is tested against the rest of the
    /// city: a district of the city, or a local police area made only of the city's districts (Järva,
    /// Södermalm, Globen, Farsta, Skärholmen). A local police area that also covers Lidingö or Ekerö
    /// (Norrmalm, Vällingby) is not.
    /// </summary>
    private bool IsNestedInCity(string areaId) => catalog.Areas.Find(areaId) switch
    {
        { Kind: AreaKind.District } district => IsCityDistrict(district),
        { Kind: AreaKind.LocalPoliceArea } lpo => catalog.Areas.Overlaps
            .Where(o => string.Equals(o.LocalPoliceAreaId, lpo.Id, StringComparison.OrdinalIgnoreCase))
            .Select(o => catalog.Areas.Find(o.DistrictId))
            .ToList() is { Count: > 0 } parts && parts.All(p => p is not null && IsCityDistrict(p)),
        _ => false,
    };

    private bool IsCityDistrict(Area area) =>
        area.Kind == AreaKind.District && string.Equals(area.ParentId, catalog.CityAreaId, StringComparison.OrdinalIgnoreCase);

    private int AreaOrder(string areaId)
    {
        for (var i = 0; i < catalog.Areas.Areas.Count; i++)
        {
            if (string.Equals(catalog.Areas.Areas[i].Id, areaId, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
