using System.Text.Json.Serialization;

namespace Samverkan.Analytics.Host.Web;

/// <summary>One area of the catalogue in <c>GET /api/areas</c>.</summary>
public sealed record ApiArea(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("parent_id")] string? ParentId,
    [property: JsonPropertyName("valid_from")] string? ValidFrom,
    [property: JsonPropertyName("valid_to")] string? ValidTo,
    [property: JsonPropertyName("successor_id")] string? SuccessorId,
    [property: JsonPropertyName("aliases")] IReadOnlyList<ApiAreaAlias> Aliases);
