namespace Samverkan.Analytics.Core.Areas;

/// <summary>An area of the catalogue (<c>areas.yaml</c>).</summary>
public sealed record Area
{
    /// <summary>Kind prefix + ascii slug: <c>sdo-rinkeby-kista</c>, <c>lpo-jarva</c>, <c>kommun-0180</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The Swedish display name.</summary>
    public required string Name { get; init; }

    /// <summary>The kind of geography.</summary>
    public required AreaKind Kind { get; init; }

    /// <summary>The parent area's id (a district's municipality, a local police area's police area).</summary>
    public string? ParentId { get; init; }

    /// <summary>When the area exists.</summary>
    public DateRange Validity { get; init; }

    /// <summary>The area this one merged into, if it ended in a merger.</summary>
    public string? SuccessorId { get; init; }

    /// <summary>Other spellings, each possibly with its own validity.</summary>
    public IReadOnlyList<AreaAlias> Aliases { get; init; } = [];

    /// <summary>True when the area exists on some day of [<paramref name="start"/>, <paramref name="end"/>].</summary>
    public bool ExistsDuring(DateOnly start, DateOnly end) => Validity.Overlaps(start, end);
}
