using System.Globalization;
using System.Text.Json.Serialization;
using Samverkan.Analytics.Core.Imports;

namespace Samverkan.Analytics.Host.Web;

/// <summary>A stored import (<c>GET /api/imports/{id}</c>); <c>imported_at</c> is ISO 8601 UTC.</summary>
public sealed record ApiImport(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("file_name")] string FileName,
    [property: JsonPropertyName("file_hash")] string FileHash,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("imported_at")] string ImportedAt,
    [property: JsonPropertyName("added")] int Added,
    [property: JsonPropertyName("revised")] int Revised,
    [property: JsonPropertyName("unchanged")] int Unchanged,
    [property: JsonPropertyName("warnings")] int Warnings,
    [property: JsonPropertyName("reverted")] bool Reverted)
{
    /// <summary>From Core's record.</summary>
    public static ApiImport From(ImportRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new ApiImport(record.Id, record.FileName, record.FileHash, record.Kind.ToName(), record.Format,
            record.ImportedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            record.Added, record.Revised, record.Unchanged, record.Warnings, record.Reverted);
    }
}
