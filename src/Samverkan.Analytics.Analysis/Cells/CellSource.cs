using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Statistics;

namespace Samverkan.Analytics.Analysis.Cells;

/// <summary>Picks an indicator's observations and turns them into raw cells per area and period.</summary>
internal static class CellSource
{
    /// <summary>The raw cells of one indicator, before geography is harmonised.</summary>
    public static Dictionary<CellKey, RawCell> For(IndicatorDefinition indicator, IReadOnlyList<Observation> observations) =>
        indicator.Source.Dataset switch
        {
            Dataset.Survey => Survey(indicator, observations),
            Dataset.Crime => Crime(indicator, observations),
            Dataset.Measurement => Measurement(indicator, observations),
            _ => [],
        };

    private static Dictionary<CellKey, RawCell> Survey(IndicatorDefinition indicator, IReadOnlyList<Observation> observations)
    {
        var cells = new Dictionary<CellKey, RawCell>();
        foreach (var o in observations)
        {
            if (o.Dataset != Dataset.Survey || o.Breakdown != "total"
                || !string.Equals(o.Source, indicator.Source.Survey, StringComparison.OrdinalIgnoreCase)
                || !string.Equals(o.Subject, indicator.Source.Question, StringComparison.OrdinalIgnoreCase)
                || o.Period.Kind != indicator.Period)
            {
                continue;
            }

            cells[new CellKey(o.AreaId, o.Period)] = SurveyCell(o);
        }

        return cells;
    }

    /// <summary>p = share, else positive / weighted total, else positive / respondents; n_eff = effective n, else respondents.</summary>
    private static RawCell SurveyCell(Observation o)
    {
        var share = o.Share
            ?? (o.Positive is { } pw && o.WeightedTotal is { } wt && wt > 0 ? pw / wt : (double?)null)
            ?? (o.Positive is { } pos && o.Respondents is { } n && n > 0 ? pos / n : (double?)null);
        var nEff = o.EffectiveN ?? o.Respondents;
        var missing = share is null || nEff is null || StatusRules.IsMissing(o.Status);
        return new RawCell
        {
            Share = missing ? null : share,
            EffectiveN = nEff,
            Respondents = o.Respondents,
            Positive = o.Positive ?? (share * o.Respondents),
            Status = missing && !StatusRules.IsMissing(o.Status) ? ObservationStatus.Missing : o.Status,
            Revised = o.Revised,
        };
    }

    private static Dictionary<CellKey, RawCell> Crime(IndicatorDefinition indicator, IReadOnlyList<Observation> observations)
    {
        var categories = new HashSet<string>(indicator.Source.Categories, StringComparer.OrdinalIgnoreCase);
        var rows = observations
            .Where(o => o.Dataset == Dataset.Crime && o.Breakdown == "total" && categories.Contains(o.Subject))
            .ToList();
        return PeriodRollUp.Sum(rows, indicator.Period, categories.Count);
    }

    private static Dictionary<CellKey, RawCell> Measurement(IndicatorDefinition indicator, IReadOnlyList<Observation> observations)
    {
        var key = indicator.Source.MeasurementKey ?? indicator.Id;
        var rows = observations
            .Where(o => o.Dataset == Dataset.Measurement && o.Breakdown == "total"
                && string.Equals(o.Subject, key, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (indicator.Measure == Measure.Count && rows.Any(o => o.Period.Kind != indicator.Period))
        {
            // Activity counts delivered per month or quarter add up to the indicator's period.
            return PeriodRollUp.Sum(rows, indicator.Period, 1);
        }

        var cells = new Dictionary<CellKey, RawCell>();
        foreach (var o in rows.Where(o => o.Period.Kind == indicator.Period))
        {
            cells[new CellKey(o.AreaId, o.Period)] = new RawCell
            {
                Value = o.Value,
                Ci = o.CiLow is { } lo && o.CiHigh is { } hi ? new Interval(lo, hi) : null,
                N = o.N,
                Status = o.Value is null && !StatusRules.IsMissing(o.Status) ? ObservationStatus.Missing : o.Status,
                Revised = o.Revised,
            };
        }

        return cells;
    }
}
