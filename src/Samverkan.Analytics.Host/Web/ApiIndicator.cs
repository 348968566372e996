using System.Text.Json.Serialization;

namespace Samverkan.Analytics.Host.Web;

/// <summary>One indicator of the catalogue in <c>GET /api/indicators</c>; words are the catalogue's kebab case.</summary>
public sealed record ApiIndicator(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("title_en")] string? TitleEn,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("priority_area_id")] string PriorityAreaId,
    [property: JsonPropertyName("local_agreement_id")] string? LocalAgreementId,
    [property: JsonPropertyName("measure")] string Measure,
    [property: JsonPropertyName("dataset")] string Dataset,
    [property: JsonPropertyName("period")] string Period,
    [property: JsonPropertyName("unit")] string? Unit,
    [property: JsonPropertyName("multiplier")] double Multiplier,
    [property: JsonPropertyName("polarity")] string Polarity,
    [property: JsonPropertyName("confidence")] double Confidence,
    [property: JsonPropertyName("target")] ApiTarget? Target);
