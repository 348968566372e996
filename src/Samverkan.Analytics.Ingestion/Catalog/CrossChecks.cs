using Samverkan.Analytics.Core.Areas;

namespace Samverkan.Analytics.Ingestion.Catalog;

/// <summary>
/// The checks between files: ids that one file uses and another defines. A check is skipped when
/// the file that defines the ids could not be read at all (its own problems are already listed).
/// </summary>
internal static class CrossChecks
{
    public static void Run(
        HeadFile? head, AreasFile? areas, CategoriesFile? categories, AgreementFile? agreement, IReadOnlyList<IndicatorEntry>? indicators, ProblemList problems)
    {
        if (head is { City: var city } && areas is not null)
        {
            var area = areas.Find(city.Id);
            if (area is null)
            {
                problems.Add(city.At, $"no area '{city.Id}' in areas.yaml");
            }
            else if (area.Kind is { } kind && kind != AreaKind.Municipality)
            {
                problems.Add(city.At, $"'{city.Id}' is a {kind.ToName()}, not a municipality");
            }
        }

        if (agreement is not null && areas is not null)
        {
            foreach (var local in agreement.LocalAgreements)
            {
                CheckLocalAreas(local, areas, problems);
            }
        }

        var all = (indicators ?? []).Concat(agreement?.LocalAgreements.SelectMany(l => l.Indicators) ?? []).ToList();
        var ids = new Dictionary<string, Where>(StringComparer.OrdinalIgnoreCase);
        foreach (var indicator in all)
        {
            if (indicator.Id is not null && !ids.TryAdd(indicator.Id, indicator.Map.At("id")))
            {
                var first = ids[indicator.Id];
                problems.Add(indicator.Map.At("id"), $"duplicate indicator id '{indicator.Id}' (first at {first.File}:{first.Line})");
            }

            if (agreement is not null)
            {
                CheckPriorityArea(indicator, agreement, problems);
                var references = indicator.BaselineAgreements.Concat(indicator.TargetAgreement is { } t ? [t] : []);
                foreach (var reference in references.Where(r => agreement.FindAgreement(r.Id) is null))
                {
                    problems.Add(reference.At, $"no agreement version '{reference.Id}' in agreement.yaml");
                }
            }

            if (categories is not null)
            {
                CheckCategories(indicator, categories, problems);
            }
        }
    }

    private static void CheckLocalAreas(LocalAgreementEntry local, AreasFile areas, ProblemList problems)
    {
        foreach (var (refs, kind) in new[] { (local.Districts, AreaKind.District), (local.LocalPoliceAreas, AreaKind.LocalPoliceArea) })
        {
            foreach (var r in refs)
            {
                var area = areas.Find(r.Id);
                if (area is null)
                {
                    problems.Add(r.At, $"no area '{r.Id}' in areas.yaml");
                }
                else if (area.Kind is { } k && k != kind)
                {
                    problems.Add(r.At, $"'{r.Id}' is a {k.ToName()}, not a {kind.ToName()}");
                }
            }
        }

        var districts = new HashSet<string>(local.Districts.Select(d => d.Id), StringComparer.OrdinalIgnoreCase);
        foreach (var lpo in local.LocalPoliceAreas.Where(l => areas.Find(l.Id)?.Kind == AreaKind.LocalPoliceArea))
        {
            var overlapping = areas.Overlaps.Any(o =>
                o.District is { } d && districts.Contains(d.Id) &&
                string.Equals(o.LocalPoliceArea?.Id, lpo.Id, StringComparison.OrdinalIgnoreCase));
            if (!overlapping)
            {
                problems.Add(lpo.At, $"'{lpo.Id}' covers none of this agreement's districts ({string.Join(", ", districts)}) according to overlaps");
            }
        }
    }

    private static void CheckPriorityArea(IndicatorEntry indicator, AgreementFile agreement, ProblemList problems)
    {
        if (indicator.PriorityArea is not { } pa)
        {
            return;
        }

        var local = indicator.LocalAgreementId is { } localId
            ? agreement.LocalAgreements.FirstOrDefault(l => string.Equals(l.Id, localId, StringComparison.Ordinal))
            : null;
        var candidates = agreement.PriorityAreas[pa.Id]
            .Concat(local?.LocalPriorityAreas.Where(p => string.Equals(p.Area.Id, pa.Id, StringComparison.OrdinalIgnoreCase)) ?? [])
            .ToList();
        if (candidates.Count == 0)
        {
            var known = agreement.PriorityAreas.Select(g => g.Key).Concat(local?.LocalPriorityAreas.Select(p => p.Area.Id) ?? []);
            problems.Add(pa.At, $"no priority area '{pa.Id}' (known: {string.Join(", ", known)})");
            return;
        }

        if (indicator.SubGoal is { } goal &&
            !candidates.Any(c => c.Area.SubGoals.Any(s => string.Equals(s.Id, goal.Id, StringComparison.OrdinalIgnoreCase))))
        {
            var known = candidates.SelectMany(c => c.Area.SubGoals).Select(s => s.Id).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var hint = known.Count == 0 ? "it has none" : $"known: {string.Join(", ", known)}";
            problems.Add(goal.At, $"priority area '{pa.Id}' has no sub-goal '{goal.Id}' ({hint})");
        }
    }

    private static void CheckCategories(IndicatorEntry indicator, CategoriesFile categories, ProblemList problems)
    {
        var seen = new List<string>();
        foreach (var category in indicator.Categories)
        {
            if (categories.Find(category.Id) is null)
            {
                problems.Add(category.At, $"no category '{category.Id}' in categories.yaml (known: {string.Join(", ", categories.Categories.Select(c => c.Id))})");
                continue;
            }

            if (seen.Contains(category.Id, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(category.At, $"'{category.Id}' is listed twice");
                continue;
            }

            var related = seen.FirstOrDefault(s => categories.IsAncestor(s, category.Id) || categories.IsAncestor(category.Id, s));
            if (related is not null)
            {
                problems.Add(category.At, $"'{category.Id}' and '{related}' are parent and \"därav\" subset; summing them counts offences twice");
            }

            seen.Add(category.Id);
        }
    }
}
