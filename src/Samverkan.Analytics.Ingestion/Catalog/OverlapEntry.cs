using Samverkan.Analytics.Core.Areas;

namespace Samverkan.Analytics.Ingestion.Catalog;

/// <summary>A crosswalk row as read from <c>areas.yaml</c>.</summary>
internal sealed class OverlapEntry(YamlMap map)
{
    public YamlMap Map { get; } = map;

    public Ref? District { get; init; }

    public Ref? LocalPoliceArea { get; init; }

    public double? Weight { get; init; }

    public string? Note { get; init; }

    public AreaOverlap ToOverlap() => new(District!.Id, LocalPoliceArea!.Id, Weight!.Value, Note);
}
