using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Periods;

namespace Samverkan.Analytics.Analysis.Cells;

/// <summary>
/// Secondary suppression (DESIGN §4.5 "disclosure control"): after the small cells are suppressed,
/// the linked cells that would reveal them by subtraction are suppressed too.
/// <list type="bullet">
/// <item>Siblings: when a parent (the city) is published and exactly one of its children in a period
/// is suppressed, the published sibling with the smallest value is suppressed as well.</item>
/// <item>Aggregates: a value built from other areas' values (a merged district from its
/// predecessors, a local police area from its districts) is suppressed when any of its parts is,
/// since the aggregate minus the other parts would reveal it.</item>
/// </list>
/// Repeated until nothing changes, because one suppression can expose another.
/// </summary>
internal static class SecondarySuppression
{
    /// <summary>Applies the rules in place.</summary>
    /// <param name="estimates">All estimates of one indicator.</param>
    /// <param name="areas">The catalogue's areas (parents).</param>
    /// <param name="parts">The areas each aggregated cell was built from.</param>
    public static void Apply(Dictionary<CellKey, Estimate> estimates, AreaRegistry areas, IReadOnlyDictionary<CellKey, IReadOnlyList<string>> parts)
    {
        if (!estimates.Values.Any(e => e.Suppressed))
        {
            return;
        }

        bool changed;
        do
        {
            changed = false;
            foreach (var period in estimates.Keys.Select(k => k.Period).Distinct().ToList())
            {
                changed |= Aggregates(estimates, parts, period);
                changed |= Siblings(estimates, areas, period);
            }
        }
        while (changed);
    }

    private static bool Aggregates(Dictionary<CellKey, Estimate> estimates, IReadOnlyDictionary<CellKey, IReadOnlyList<string>> parts, Period period)
    {
        var changed = false;
        foreach (var (key, estimate) in estimates.Where(e => e.Key.Period == period && !e.Value.Suppressed).ToList())
        {
            if (parts.TryGetValue(key, out var areaIds)
                && areaIds.Any(id => estimates.GetValueOrDefault(new CellKey(id, period)) is { Suppressed: true }))
            {
                estimates[key] = estimate with { Suppressed = true };
                changed = true;
            }
        }

        return changed;
    }

    private static bool Siblings(Dictionary<CellKey, Estimate> estimates, AreaRegistry areas, Period period)
    {
        var changed = false;
        var children = estimates
            .Where(e => e.Key.Period == period && !e.Value.IsCombined && e.Value.Value is not null)
            .Select(e => (e.Key, e.Value, Area: areas.Find(e.Key.AreaId)))
            .Where(c => c.Area?.ParentId is not null)
            .GroupBy(c => c.Area!.ParentId!, StringComparer.OrdinalIgnoreCase);
        foreach (var family in children)
        {
            var parentPublished = estimates.GetValueOrDefault(new CellKey(family.Key, period)) is { Suppressed: false, Value: not null };
            var members = family.ToList();
            if (!parentPublished || members.Count(m => m.Value.Suppressed) != 1)
            {
                continue;
            }

            var complement = members.Where(m => !m.Value.Suppressed).OrderBy(m => m.Value.Value).FirstOrDefault();
            if (complement.Value is not null)
            {
                estimates[complement.Key] = complement.Value with { Suppressed = true };
                changed = true;
            }
        }

        return changed;
    }
}
