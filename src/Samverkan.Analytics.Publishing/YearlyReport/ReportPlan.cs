using Samverkan.Analytics.Core.Agreements;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Indicators;

namespace Samverkan.Analytics.Publishing.YearlyReport;

/// <summary>
/// What a report holds for its scope: the agreement version in force, the areas in focus, the
/// priority areas with their indicators, and the appendices. City-wide reports follow the
/// overarching indicators for the city and give an appendix per district, local police area and
/// local agreement; an area's report follows that area (with the local agreements that cover it);
/// a local agreement's report follows its districts and local police areas in the priority areas
/// it takes up, with its own indicators.
/// </summary>
internal sealed class ReportPlan
{
    private ReportPlan(
        AgreementVersion agreement,
        IReadOnlyList<string> focusAreaIds,
        LocalAgreement? localAgreement,
        IReadOnlyList<ReportPlanSection> sections,
        IReadOnlyList<Area> districts,
        IReadOnlyList<Area> localPoliceAreas,
        IReadOnlyList<LocalAgreement> localAgreements)
    {
        Agreement = agreement;
        FocusAreaIds = focusAreaIds;
        LocalAgreement = localAgreement;
        Sections = sections;
        AppendixDistricts = districts;
        AppendixLocalPoliceAreas = localPoliceAreas;
        AppendixLocalAgreements = localAgreements;
    }

    /// <summary>The agreement version in force at the cutoff (its priority areas and sub-goals are the report's).</summary>
    public AgreementVersion Agreement { get; }

    /// <summary>The areas the sections follow: the city, the one area, or the local agreement's areas.</summary>
    public IReadOnlyList<string> FocusAreaIds { get; }

    /// <summary>The local agreement the report is about, or null.</summary>
    public LocalAgreement? LocalAgreement { get; }

    /// <summary>A section per priority area with indicators, in the agreement's order (local ones last).</summary>
    public IReadOnlyList<ReportPlanSection> Sections { get; }

    /// <summary>Every indicator of the sections, in order.</summary>
    public IEnumerable<IndicatorDefinition> Indicators => Sections.SelectMany(s => s.Indicators);

    /// <summary>Districts with an appendix.</summary>
    public IReadOnlyList<Area> AppendixDistricts { get; }

    /// <summary>Local police areas with an appendix.</summary>
    public IReadOnlyList<Area> AppendixLocalPoliceAreas { get; }

    /// <summary>Local agreements with an appendix.</summary>
    public IReadOnlyList<LocalAgreement> AppendixLocalAgreements { get; }

    /// <summary>Plans the report for <paramref name="data"/>'s scope.</summary>
    /// <exception cref="ArgumentException">The scope names an area or local agreement the catalogue lacks.</exception>
    public static ReportPlan For(ReportData data)
    {
        var catalog = data.Catalog;
        var scope = data.Scope;
        var agreement = catalog.AgreementFor(scope.Cutoff);
        var inForce = catalog.LocalAgreements.Where(l => InForce(l, scope.Period.Start, scope.Cutoff)).ToList();

        if (scope.LocalAgreementId is { } localId)
        {
            var local = catalog.LocalAgreements.FirstOrDefault(l => string.Equals(l.Id, localId, StringComparison.OrdinalIgnoreCase))
                ?? throw new ArgumentException(
                    $"The catalogue has no local agreement '{localId}'; its local agreements are {string.Join(", ", catalog.LocalAgreements.Select(l => l.Id))}.",
                    nameof(data));
            var areas = LocalAgreementFollowUp.AreaIds(local);
            var indicators = LocalAgreementFollowUp.Indicators(catalog, local);
            return new ReportPlan(
                agreement,
                areas,
                local,
                Group(data, agreement, indicators, [local]),
                local.DistrictIds.Select(data.Area).ToList(),
                local.LocalPoliceAreaIds.Select(data.Area).ToList(),
                [local]);
        }

        if (scope.AreaId is { } areaId)
        {
            var area = catalog.Areas.Find(areaId)
                ?? throw new ArgumentException($"Katalogen har inget område '{areaId}' (ange ett id ur katalogen, till exempel sdo-farsta eller lpo-jarva).", nameof(data));
            var covering = inForce.Where(l => Covers(l, area.Id)).ToList();
            var indicators = catalog.Indicators.Concat(covering.SelectMany(l => l.Indicators));
            return new ReportPlan(agreement, [area.Id], null, Group(data, agreement, indicators, covering), [], [], covering);
        }

        return new ReportPlan(
            agreement,
            [catalog.CityAreaId],
            null,
            Group(data, agreement, catalog.Indicators, []),
            data.AreasInPeriod(AreaKind.District),
            data.AreasInPeriod(AreaKind.LocalPoliceArea),
            inForce);
    }

    /// <summary>The local agreements in force during the report period that cover the area.</summary>
    public static bool Covers(LocalAgreement local, string areaId) =>
        local.DistrictIds.Concat(local.LocalPoliceAreaIds).Contains(areaId, StringComparer.OrdinalIgnoreCase);

    /// <summary>The sub-goal's wording: from the agreement in force, else an earlier version, else a local priority area.</summary>
    public SubGoal? FindSubGoal(ReportData data, string? subGoalId)
    {
        if (subGoalId is null)
        {
            return null;
        }

        return Agreement.PriorityAreas.SelectMany(p => p.SubGoals)
            .Concat(data.Catalog.Agreements.Reverse().SelectMany(a => a.PriorityAreas).SelectMany(p => p.SubGoals))
            .Concat(data.Catalog.LocalAgreements.SelectMany(l => l.LocalPriorityAreas).SelectMany(p => p.SubGoals))
            .FirstOrDefault(s => string.Equals(s.Id, subGoalId, StringComparison.OrdinalIgnoreCase));
    }

    private static bool InForce(LocalAgreement local, DateOnly start, DateOnly end) =>
        (local.From is null || local.From <= end) && (local.To is null || local.To >= start);

    private static List<ReportPlanSection> Group(
        ReportData data, AgreementVersion agreement, IEnumerable<IndicatorDefinition> indicators, IReadOnlyList<LocalAgreement> locals)
    {
        var list = indicators.DistinctBy(i => i.Id, StringComparer.OrdinalIgnoreCase).ToList();
        var order = agreement.PriorityAreas
            .Concat(locals.SelectMany(l => l.LocalPriorityAreas))
            .DistinctBy(p => p.Id, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var sections = new List<ReportPlanSection>();
        foreach (var priority in order)
        {
            var members = list.Where(i => string.Equals(i.PriorityAreaId, priority.Id, StringComparison.OrdinalIgnoreCase)).ToList();
            if (members.Count > 0)
            {
                sections.Add(new ReportPlanSection(priority, members));
            }
        }

        foreach (var group in list.Where(i => !order.Any(p => string.Equals(p.Id, i.PriorityAreaId, StringComparison.OrdinalIgnoreCase)))
                     .GroupBy(i => i.PriorityAreaId, StringComparer.OrdinalIgnoreCase))
        {
            var priority = data.Catalog.FindPriorityArea(group.Key) ?? new PriorityArea(group.Key, "Övriga indikatorer", []);
            sections.Add(new ReportPlanSection(priority, group.ToList()));
        }

        return sections;
    }
}
