namespace Samverkan.Analytics.Ingestion.Catalog;

/// <summary>A crime category as read from <c>categories.yaml</c>.</summary>
internal sealed class CategoryEntry(YamlMap map)
{
    public YamlMap Map { get; } = map;

    public string? Id { get; init; }

    public string? Title { get; init; }

    public Ref? Parent { get; init; }

    /// <summary>Publisher labels from <c>category_map</c>.</summary>
    public List<string> Labels { get; } = [];
}
