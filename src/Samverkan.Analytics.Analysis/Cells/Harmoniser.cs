using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Periods;

namespace Samverkan.Analytics.Analysis.Cells;

/// <summary>
/// Makes series comparable across the city's reorganisations (DESIGN §4.5 "merged districts"): a merged
/// district's periods before the merger are built from its predecessors, and the city's counts, when
/// not delivered, are the sum of the districts that cover it in that period.
/// </summary>
internal sealed class Harmoniser(AreaRegistry areas, string cityAreaId)
{
    /// <summary>The predecessors each merged-district cell was built from (for secondary suppression).</summary>
    public Dictionary<CellKey, IReadOnlyList<string>> Parts { get; } = [];

    /// <summary>
    /// Fills, in place, successor cells from their predecessors and then the city from its districts.
    /// <paramref name="additive"/>: counts add up; otherwise <paramref name="weightOf"/> gives each
    /// predecessor's population weight for combining shares (null when unknown: no combination).
    /// </summary>
    public void Fill(Dictionary<CellKey, RawCell> cells, bool additive, Func<string, Period, double?> weightOf)
    {
        var periods = cells.Keys.Select(k => k.Period).Distinct().ToList();
        foreach (var successor in areas.Areas)
        {
            var predecessors = areas.PredecessorsOf(successor.Id);
            if (predecessors.Count == 0)
            {
                continue;
            }

            foreach (var period in periods)
            {
                var key = new CellKey(successor.Id, period);
                if (cells.TryGetValue(key, out var own) && own.HasValue)
                {
                    continue;
                }

                var parts = predecessors.Select(p => cells.GetValueOrDefault(new CellKey(p.Id, period))).ToList();
                if (parts.Any(p => p is null || !p.HasValue))
                {
                    continue;
                }

                var combined = additive ? Sum(parts!) : CombineShares(predecessors, parts!, period, weightOf);
                if (combined is not null)
                {
                    cells[key] = combined;
                    Parts[key] = predecessors.Select(p => p.Id).ToList();
                }
            }
        }

        if (additive)
        {
            FillCity(cells, periods);
        }
    }

    /// <summary>Sums the cells of several areas (counts, populations).</summary>
    public static RawCell Sum(IReadOnlyCollection<RawCell> parts) => new()
    {
        Value = parts.Sum(p => p.Value!.Value),
        Status = StatusRules.Combine(parts.Select(p => p.Status)),
        Revised = parts.Any(p => p.Revised),
        Combined = true,
    };

    private void FillCity(Dictionary<CellKey, RawCell> cells, IEnumerable<Period> periods)
    {
        foreach (var period in periods)
        {
            var key = new CellKey(cityAreaId, period);
            if (cells.TryGetValue(key, out var own) && own.HasValue)
            {
                continue;
            }

            var districts = areas.Areas
                .Where(a => a.Kind == AreaKind.District && a.Validity.Contains(period.End)
                    && string.Equals(a.ParentId, cityAreaId, StringComparison.OrdinalIgnoreCase))
                .Select(a => cells.GetValueOrDefault(new CellKey(a.Id, period)))
                .ToList();
            if (districts.Count > 0 && districts.All(d => d is not null && d.HasValue))
            {
                cells[key] = Sum(districts!);
            }
        }
    }

    /// <summary>
    /// Combines shares with population weights N_d/N (never by respondents): p = Σ w p_d,
    /// Var = Σ w² Var_d with Var_d = p_d(1 − p_d)/n_eff,d, and n_eff = p(1 − p)/Var.
    /// </summary>
    private static RawCell? CombineShares(IReadOnlyList<Area> predecessors, IReadOnlyList<RawCell> parts, Period period, Func<string, Period, double?> weightOf)
    {
        var populations = predecessors.Select(p => weightOf(p.Id, period)).ToList();
        if (populations.Any(n => n is null or <= 0))
        {
            return null;
        }

        var total = populations.Sum(n => n!.Value);
        double p = 0, variance = 0, respondents = 0, nEffSum = 0;
        for (var i = 0; i < parts.Count; i++)
        {
            var w = populations[i]!.Value / total;
            var pd = parts[i].Share!.Value;
            var nd = parts[i].EffectiveN!.Value;
            p += w * pd;
            variance += w * w * pd * (1 - pd) / nd;
            respondents += parts[i].Respondents ?? 0;
            nEffSum += nd;
        }

        var nEff = variance > 0 ? p * (1 - p) / variance : nEffSum;
        return new RawCell
        {
            Share = p,
            EffectiveN = nEff,
            Respondents = respondents,
            Positive = p * respondents,
            Status = StatusRules.Combine(parts.Select(x => x.Status)),
            Revised = parts.Any(x => x.Revised),
            Combined = true,
        };
    }
}
