namespace Samverkan.Analytics.Host.Configuration;

/// <summary>The <c>Samverkan:Api</c> section.</summary>
public sealed class ApiOptions
{
    /// <summary>The section name.</summary>
    public const string SectionName = "Samverkan:Api";

    /// <summary>The largest file <c>POST /api/imports</c> accepts, in bytes.</summary>
    /// <value>The default value is 20 MiB.</value>
    public long MaxUploadBytes { get; set; } = 20L * 1024 * 1024;
}
