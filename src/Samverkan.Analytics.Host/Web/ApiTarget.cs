using System.Text.Json.Serialization;

namespace Samverkan.Analytics.Host.Web;

/// <summary>An indicator's target in <c>GET /api/indicators</c>.</summary>
public sealed record ApiTarget(
    [property: JsonPropertyName("year")] int Year,
    [property: JsonPropertyName("value")] double? Value,
    [property: JsonPropertyName("relative_change")] double? RelativeChange,
    [property: JsonPropertyName("agreement_id")] string? AgreementId);
