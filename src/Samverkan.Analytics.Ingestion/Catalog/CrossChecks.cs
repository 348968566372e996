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
                problems.Add(city.At, CatalogMessages.Format(CatalogMessages.UnknownArea, city.Id));
            }
            else if (area.Kind is { } kind && kind != AreaKind.Municipality)
            {
                problems.Add(city.At, CatalogMessages.Format(CatalogMessages.WrongKind, city.Id, kind.ToName(), AreaKind.Municipality.ToName()));
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
                problems.Add(indicator.Map.At("id"), CatalogMessages.Format(CatalogMessages.DuplicateIndicatorId, indicator.Id, first.File, first.Line));
            }

            if (agreement is not null)
            {
                CheckPriorityArea(indicator, agreement, problems);
                var references = indicator.BaselineAgreements.Concat(indicator.TargetAgreement is { } t ? [t] : []);
                foreach (var reference in references.Where(r => agreement.FindAgreement(r.Id) is null))
                {
                    problems.Add(reference.At, CatalogMessages.Format(CatalogMessages.UnknownAgreementVersion, reference.Id, CatalogMessages.KnownList(agreement.Agreements.Where(a => a.Id is not null).Select(a => a.Id!))));
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
                    problems.Add(r.At, CatalogMessages.Format(CatalogMessages.UnknownArea, r.Id));
                }
                else if (area.Kind is { } k && k != kind)
                {
                    problems.Add(r.At, CatalogMessages.Format(CatalogMessages.WrongKind, r.Id, k.ToName(), kind.ToName()));
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
                problems.Add(lpo.At, CatalogMessages.Format(CatalogMessages.LocalPoliceAreaCoversNone, lpo.Id, string.Join(", ", districts)));
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
            problems.Add(pa.At, CatalogMessages.Format(CatalogMessages.UnknownPriorityArea, pa.Id, CatalogMessages.KnownList(known)));
            return;
        }

        if (indicator.SubGoal is { } goal &&
            !candidates.Any(c => c.Area.SubGoals.Any(s => string.Equals(s.Id, goal.Id, StringComparison.OrdinalIgnoreCase))))
        {
            var known = candidates.SelectMany(c => c.Area.SubGoals).Select(s => s.Id).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            problems.Add(goal.At, CatalogMessages.Format(CatalogMessages.UnknownSubGoal, pa.Id, goal.Id, CatalogMessages.KnownList(known)));
        }
    }

    private static void CheckCategories(IndicatorEntry indicator, CategoriesFile categories, ProblemList problems)
    {
        var seen = new List<string>();
        foreach (var category in indicator.Categories)
        {
            if (categories.Find(category.Id) is null)
            {
                problems.Add(category.At, CatalogMessages.Format(CatalogMessages.UnknownCategory, category.Id, CatalogMessages.KnownList(categories.KnownIds)));
                continue;
            }

            if (seen.Contains(category.Id, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(category.At, CatalogMessages.Format(CatalogMessages.CategoryListedTwice, category.Id));
                continue;
            }

            var related = seen.FirstOrDefault(s => categories.IsAncestor(s, category.Id) || categories.IsAncestor(category.Id, s));
            if (related is not null)
            {
                problems.Add(category.At, CatalogMessages.Format(CatalogMessages.CategoryParentAndSubset, category.Id, related));
            }

            seen.Add(category.Id);
        }
    }
}
