using Samverkan.Analytics.Core.Agreements;

namespace Samverkan.Analytics.Ingestion.Catalog;

/// <summary>A local agreement as read from <c>agreement.yaml</c>.</summary>
internal sealed class LocalAgreementEntry(YamlMap map)
{
    public YamlMap Map { get; } = map;

    public string? Id { get; init; }

    public string? Title { get; init; }

    public IReadOnlyList<Ref> Districts { get; init; } = [];

    public IReadOnlyList<Ref> LocalPoliceAreas { get; init; } = [];

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public IReadOnlyList<Ref> PriorityAreas { get; init; } = [];

    public IReadOnlyList<PriorityAreaEntry> LocalPriorityAreas { get; init; } = [];

    public IReadOnlyList<IndicatorEntry> Indicators { get; init; } = [];

    public LocalAgreement ToLocalAgreement() => new()
    {
        Id = Id!,
        Title = Title!,
        DistrictIds = Districts.Select(d => d.Id).ToList(),
        LocalPoliceAreaIds = LocalPoliceAreas.Select(l => l.Id).ToList(),
        From = From,
        To = To,
        PriorityAreaIds = PriorityAreas.Select(p => p.Id).ToList(),
        LocalPriorityAreas = LocalPriorityAreas.Select(p => p.Area).ToList(),
        Indicators = Indicators.Select(i => i.ToDefinition()).ToList(),
    };
}
