using System.Text.Json.Serialization;

namespace Samverkan.Analytics.Host.Web;

/// <summary>Another name of an area, valid in a date range (ISO dates; null = open).</summary>
public sealed record ApiAreaAlias(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("valid_from")] string? ValidFrom,
    [property: JsonPropertyName("valid_to")] string? ValidTo);
