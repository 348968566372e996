using Samverkan.Analytics.Core.Agreements;

namespace Samverkan.Analytics.Ingestion.Catalog;

/// <summary>An agreement version as read from <c>agreement.yaml</c>.</summary>
internal sealed class AgreementEntry(YamlMap map)
{
    public YamlMap Map { get; } = map;

    public string? Id { get; init; }

    public string? Title { get; init; }

    public DateOnly? Signed { get; init; }

    public DateOnly? Ends { get; init; }

    public IReadOnlyList<PriorityAreaEntry> PriorityAreas { get; init; } = [];

    public AgreementVersion ToAgreement() => new()
    {
        Id = Id!,
        Title = Title!,
        Signed = Signed!.Value,
        Ends = Ends,
        PriorityAreas = PriorityAreas.Select(p => p.Area).ToList(),
    };
}
