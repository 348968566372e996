using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;

namespace Samverkan.Analytics.Analysis.Cells;

/// <summary>Populations per area and year (31 December), the denominators of rates.</summary>
internal sealed class PopulationTable
{
    private readonly Dictionary<(string AreaId, int Year, string AgeGroup), Observation> _rows = [];

    public PopulationTable(IEnumerable<Observation> observations)
    {
        foreach (var o in observations.Where(o => o.Dataset == Dataset.Population && o.Breakdown == "total"))
        {
            _rows[(o.AreaId, o.Period.Year, o.Subject)] = o;
        }
    }

    /// <summary>
    /// The population of an area in a year. A year's events are set against the population at the end
    /// of that year, as BRÅ does; a missing year falls back to the previous one, marked as an estimate.
    /// </summary>
    public RawCell? Find(string areaId, int year, string? ageGroup)
    {
        var group = ageGroup ?? "total";
        if (_rows.TryGetValue((areaId, year, group), out var o) && o.Value is not null && !StatusRules.IsMissing(o.Status))
        {
            return new RawCell { Value = o.Value, Status = o.Status };
        }

        if (_rows.TryGetValue((areaId, year - 1, group), out o) && o.Value is not null && !StatusRules.IsMissing(o.Status))
        {
            return new RawCell { Value = o.Value, Status = ObservationStatus.Estimate };
        }

        return null;
    }
}
