using Samverkan.Analytics.Analysis.Cells;
using Samverkan.Analytics.Analysis.Comparisons;
using Samverkan.Analytics.Analysis.Targets;
using Samverkan.Analytics.Analysis.Trends;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Analysis;

/// <summary>
/// Computes every result row (DESIGN §4.4) from the current observations: per indicator × area ×
/// period the value and interval, the change since the baseline with its test, the comparison with
/// the city, the trend, the target status, and suppression. Pure: same catalogue and observations,
/// same rows.
/// </summary>
public sealed class ResultsComputer
{
    /// <summary>Computes all rows, ordered by indicator (catalogue order), area and period.</summary>
    public IReadOnlyList<IndicatorResult> Compute(Catalog catalog, IReadOnlyList<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(observations);
        var populations = new PopulationTable(observations);
        var tables = catalog.AllIndicators.Select(i => EstimatesFor(i, catalog, observations, populations)).ToList();

        // Secondary suppression over all indicators at once: a local agreement's monthly count and
        // the overarching yearly one of the same measurement reveal each other by subtraction.
        SecondarySuppression.Apply(tables, catalog.Areas);
        return tables.SelectMany(t => new IndicatorRows(t.Indicator!, catalog, t.Estimates).Build()).ToList();
    }

    private static SuppressionTable EstimatesFor(
        IndicatorDefinition indicator, Catalog catalog, IReadOnlyList<Observation> observations, PopulationTable populations)
    {
        // Per indicator: the harmoniser and apportioner remember which cells they built from which parts.
        var harmoniser = new Harmoniser(catalog.Areas, catalog.CityAreaId);
        var raw = CellSource.For(indicator, observations);
        var additive = indicator.Measure is Measure.Rate or Measure.Count;
        harmoniser.Fill(raw, additive, (areaId, period) => PopulationOf(catalog, populations, areaId, period.Year, null)?.Value);
        var apportioner = new Apportioner(catalog.Areas);
        if (additive)
        {
            apportioner.Fill(raw);
        }

        var estimates = new Dictionary<CellKey, Estimate>();
        foreach (var (key, cell) in raw)
        {
            var population = indicator.Measure != Measure.Rate ? null
                : apportioner.Parts.TryGetValue(key, out var parts) ? ApportionedPopulation(catalog, populations, parts, key.Period.Year, indicator.DenominatorAgeGroup)
                : PopulationOf(catalog, populations, key.AreaId, key.Period.Year, indicator.DenominatorAgeGroup);
            estimates[key] = EstimateFactory.Create(indicator, cell, population);
        }

        var aggregates = harmoniser.Parts
            .Concat(apportioner.Parts.Select(p => KeyValuePair.Create(p.Key, (IReadOnlyList<string>)p.Value.Select(x => x.AreaId).ToList())))
            .ToDictionary(p => p.Key, p => p.Value);
        return new SuppressionTable(indicator, estimates, aggregates);
    }

    /// <summary>The population behind an apportioned count: the same districts with the same weights.</summary>
    private static RawCell? ApportionedPopulation(Catalog catalog, PopulationTable populations, IReadOnlyList<(string AreaId, double Weight)> parts, int year, string? ageGroup)
    {
        var cells = parts.Select(p => (p.Weight, Cell: PopulationOf(catalog, populations, p.AreaId, year, ageGroup))).ToList();
        return cells.All(c => c.Cell?.Value is not null)
            ? new RawCell
            {
                Value = cells.Sum(c => c.Weight * c.Cell!.Value!.Value),
                Status = parts.Any(p => p.Weight < 1) ? ObservationStatus.Estimate : StatusRules.Combine(cells.Select(c => c.Cell!.Status)),
                Combined = true,
            }
            : null;
    }

    /// <summary>An area's population, or its predecessors' sum, or (for the city) its districts' sum.</summary>
    private static RawCell? PopulationOf(Catalog catalog, PopulationTable populations, string areaId, int year, string? ageGroup)
    {
        if (populations.Find(areaId, year, ageGroup) is { } own)
        {
            return own;
        }

        var parts = catalog.Areas.PredecessorsOf(areaId);
        if (parts.Count == 0 && string.Equals(areaId, catalog.CityAreaId, StringComparison.OrdinalIgnoreCase))
        {
            var end = new DateOnly(year, 12, 31);
            parts = catalog.Areas.ChildrenOf(areaId).Where(a => a.Kind == AreaKind.District && a.Validity.Contains(end)).ToList();
        }

        if (parts.Count == 0)
        {
            return null;
        }

        var cells = parts.Select(p => PopulationOf(catalog, populations, p.Id, year, ageGroup)).ToList();
        return cells.All(c => c is not null) ? Harmoniser.Sum(cells!) : null;
    }
}
