using Samverkan.Analytics.Core.Indicators;

namespace Samverkan.Analytics.Core.Agreements;

/// <summary>
/// What a local agreement's follow-up covers, the same everywhere (page, report, status report,
/// digest): its districts and local police areas, nothing else; its own indicators plus the
/// overarching agreement's indicators of the overarching goal (which frames every local agreement)
/// and of the priority areas it takes up.
/// </summary>
public static class LocalAgreementFollowUp
{
    /// <summary>The id of the overarching goal's priority area (Ökad trygghet och minskad brottslighet).</summary>
    public const string OverarchingGoalId = "overgripande";

    /// <summary>The local agreement with this id (case-insensitive), or null.</summary>
    public static LocalAgreement? Find(Catalog.Catalog catalog, string id)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.LocalAgreements.FirstOrDefault(l => string.Equals(l.Id, id, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Its districts, then its local police areas.</summary>
    public static IReadOnlyList<string> AreaIds(LocalAgreement local)
    {
        ArgumentNullException.ThrowIfNull(local);
        return local.DistrictIds.Concat(local.LocalPoliceAreaIds).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>Its own indicators first, then the overarching agreement's indicators of the overarching goal and of the priority areas it takes up (catalogue order).</summary>
    public static IReadOnlyList<IndicatorDefinition> Indicators(Catalog.Catalog catalog, LocalAgreement local)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(local);
        return local.Indicators
            .Concat(catalog.Indicators.Where(i =>
                string.Equals(i.PriorityAreaId, OverarchingGoalId, StringComparison.OrdinalIgnoreCase)
                || local.PriorityAreaIds.Contains(i.PriorityAreaId, StringComparer.OrdinalIgnoreCase)))
            .DistinctBy(i => i.Id, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>True when the agreement is in force on some day between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static bool InForce(LocalAgreement local, DateOnly start, DateOnly end)
    {
        ArgumentNullException.ThrowIfNull(local);
        return (local.From is null || local.From <= end) && (local.To is null || local.To >= start);
    }
}
