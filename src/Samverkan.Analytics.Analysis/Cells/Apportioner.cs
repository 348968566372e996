using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Periods;

namespace Samverkan.Analytics.Analysis.Cells;

/// <summary>
/// Local police areas without data of their own get counts apportioned from districts (and the
/// Lidingö and Ekerö municipality rows) through the crosswalk (DESIGN §4.5): Σ weight × count.
/// Where a district is split between police areas the result is an estimate (no significance
/// tests); police areas made of whole districts are exact sums. A period is only apportioned when every part
/// of the police area is covered in the publisher's geography of that period: a crosswalk district
/// without data must be replaced by its predecessors or its successor, which have data.
/// </summary>
internal sealed class Apportioner(AreaRegistry areas)
{
    /// <summary>The districts and weights each apportioned cell was built from (for its denominator).</summary>
    public Dictionary<CellKey, IReadOnlyList<(string AreaId, double Weight)>> Parts { get; } = [];

    /// <summary>Fills, in place, the local police areas' missing count cells.</summary>
    public void Fill(Dictionary<CellKey, RawCell> cells)
    {
        var periods = cells.Keys.Select(k => k.Period).Distinct().ToList();
        foreach (var lpo in areas.Areas.Where(a => a.Kind == AreaKind.LocalPoliceArea))
        {
            var overlaps = areas.Overlaps.Where(o => string.Equals(o.LocalPoliceAreaId, lpo.Id, StringComparison.OrdinalIgnoreCase)).ToList();
            if (overlaps.Count == 0)
            {
                continue;
            }

            foreach (var period in periods)
            {
                var key = new CellKey(lpo.Id, period);
                if (cells.TryGetValue(key, out var own) && own.HasValue)
                {
                    continue;
                }

                if (Apportion(cells, overlaps, period) is { } result)
                {
                    cells[key] = result.Cell;
                    Parts[key] = result.Parts;
                }
            }
        }
    }

    private (RawCell Cell, IReadOnlyList<(string, double)> Parts)? Apportion(Dictionary<CellKey, RawCell> cells, List<AreaOverlap> overlaps, Period period)
    {
        var parts = new List<(string AreaId, double Weight, RawCell Cell)>();
        foreach (var overlap in overlaps)
        {
            if (Own(cells, overlap.DistrictId, period) is { } cell)
            {
                parts.Add((overlap.DistrictId, overlap.Weight, cell));
            }
            else if (!CoveredByOthers(cells, overlap.DistrictId, period))
            {
                return null;
            }
        }

        if (parts.Count == 0)
        {
            return null;
        }

        // Whole districts add up exactly; only a share of a split district is an estimate.
        var split = parts.Any(p => p.Weight < 1);
        var statuses = parts.Select(p => p.Cell.Status);
        var cellValue = new RawCell
        {
            Value = parts.Sum(p => p.Weight * p.Cell.Value!.Value),
            Status = StatusRules.Combine(split ? statuses.Append(ObservationStatus.Estimate) : statuses),
            Revised = parts.Any(p => p.Cell.Revised),
            Combined = true,
        };
        return (cellValue, parts.Select(p => (p.AreaId, p.Weight)).ToList());
    }

    /// <summary>A district's own (delivered, not combined) cell with a value.</summary>
    private static RawCell? Own(Dictionary<CellKey, RawCell> cells, string areaId, Period period) =>
        cells.GetValueOrDefault(new CellKey(areaId, period)) is { HasValue: true, Combined: false } cell ? cell : null;

    /// <summary>True when the district's population is in the data under another geography: its successor, or all its predecessors.</summary>
    private bool CoveredByOthers(Dictionary<CellKey, RawCell> cells, string districtId, Period period)
    {
        var district = areas.Find(districtId);
        if (district?.SuccessorId is { } successor && Own(cells, successor, period) is not null)
        {
            return true;
        }

        var predecessors = areas.PredecessorsOf(districtId);
        return predecessors.Count > 0 && predecessors.All(p => Own(cells, p.Id, period) is not null);
    }
}
