using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Indicators;
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
/// <item>The months (or quarters) of a year: when two indicators count the same thing with different
/// periods (an overarching yearly count and a local agreement's monthly one of the same measurement),
/// a year is the sum of its months. When exactly one cell of the family "year and its months" of an
/// area is suppressed, the published month with the smallest value is suppressed as well (else the
/// year minus the other months, or the sum of the months, would reveal it).</item>
/// </list>
/// Repeated over all indicators together until nothing changes, because one suppression can expose
/// another (a month suppressed for its year is then a district missing from the city's month).
/// </summary>
internal static class SecondarySuppression
{
    /// <summary>
    /// Applies the rules to every indicator's estimates together, in place: within each indicator
    /// (siblings, aggregates), and between indicators that count the same source with different
    /// periods (the months of a year).
    /// </summary>
    /// <param name="tables">Each indicator's estimates and the parts of its aggregated cells.</param>
    /// <param name="areas">The catalogue's areas (parents).</param>
    public static void Apply(IReadOnlyList<SuppressionTable> tables, AreaRegistry areas)
    {
        if (!tables.Any(t => t.Estimates.Values.Any(e => e.Suppressed)))
        {
            return;
        }

        var linked = PeriodLinks(tables);
        bool changed;
        do
        {
            changed = false;
            foreach (var table in tables)
            {
                foreach (var period in table.Estimates.Keys.Select(k => k.Period).Distinct().ToList())
                {
                    changed |= Aggregates(table.Estimates, table.Parts, period);
                    changed |= Siblings(table.Estimates, areas, period);
                }
            }

            foreach (var (years, months) in linked)
            {
                changed |= PeriodParts(years, months);
            }
        }
        while (changed);
    }

    /// <summary>
    /// Pairs of indicators whose cells add up over periods: the same additive source (a measurement
    /// key, or a set of crime categories) counted as a count or rate, the first with a coarser
    /// period than the second.
    /// </summary>
    private static List<(SuppressionTable Coarse, SuppressionTable Fine)> PeriodLinks(IReadOnlyList<SuppressionTable> tables)
    {
        var additive = tables
            .Where(t => t.Indicator is { Measure: Measure.Count or Measure.Rate })
            .GroupBy(t => SourceKey(t.Indicator!), StringComparer.OrdinalIgnoreCase);
        var pairs = new List<(SuppressionTable, SuppressionTable)>();
        foreach (var group in additive)
        {
            var members = group.ToList();
            pairs.AddRange(
                from coarse in members
                from fine in members
                where coarse.Indicator!.Period < fine.Indicator!.Period
                select (coarse, fine));
        }

        return pairs;
    }

    private static string SourceKey(IndicatorDefinition indicator) => indicator.Source.Dataset switch
    {
        Dataset.Measurement => "measurement:" + (indicator.Source.MeasurementKey ?? indicator.Id),
        Dataset.Crime => "crime:" + string.Join(',', indicator.Source.Categories.Order(StringComparer.OrdinalIgnoreCase)),
        _ => "other:" + indicator.Id,
    };

    /// <summary>
    /// The family of a coarse cell (a year) and its finer cells (its months) of one area: with exactly
    /// one suppressed member and the rest published, the smallest published month is suppressed too.
    /// A family with a missing member is left alone: neither side can be computed from the other.
    /// </summary>
    private static bool PeriodParts(SuppressionTable coarse, SuppressionTable fine)
    {
        var kind = coarse.Indicator!.Period;
        var changed = false;
        foreach (var family in fine.Estimates.GroupBy(e => new CellKey(e.Key.AreaId, e.Key.Period.RollUpTo(kind))).ToList())
        {
            var parts = family.ToList();
            if (!coarse.Estimates.TryGetValue(family.Key, out var total) || total.Value is null || parts.Any(p => p.Value.Value is null))
            {
                continue;
            }

            var hidden = (total.Suppressed ? 1 : 0) + parts.Count(p => p.Value.Suppressed);
            var complement = parts.Where(p => !p.Value.Suppressed).OrderBy(p => p.Value.Value).FirstOrDefault();
            if (hidden == 1 && complement.Value is not null)
            {
                fine.Estimates[complement.Key] = complement.Value with { Suppressed = true };
                changed = true;
            }
        }

        return changed;
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
