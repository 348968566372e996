using Samverkan.Analytics.Core.Areas;

namespace Samverkan.Analytics.Ingestion.Catalog;

/// <summary>An area as read from <c>areas.yaml</c>, before cross-checks; null fields were invalid or absent.</summary>
internal sealed class AreaEntry(YamlMap map)
{
    public YamlMap Map { get; } = map;

    public string? Id { get; init; }

    public string? Name { get; init; }

    public AreaKind? Kind { get; init; }

    public Ref? Parent { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public Ref? Successor { get; init; }

    public IReadOnlyList<AreaAliasEntry> Aliases { get; init; } = [];

    public DateRange Validity => new(From, To);

    /// <summary>The Core area; only called when the catalogue has no problems.</summary>
    public Area ToArea() => new()
    {
        Id = Id!,
        Name = Name!,
        Kind = Kind!.Value,
        ParentId = Parent?.Id,
        Validity = Validity,
        SuccessorId = Successor?.Id,
        Aliases = Aliases.Select(a => new AreaAlias(a.Name, a.Validity)).ToList(),
    };
}
