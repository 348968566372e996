namespace Samverkan.Analytics.Host.Configuration;

/// <summary>The <c>Samverkan:Database</c> section.</summary>
public sealed class DatabaseOptions
{
    /// <summary>The section name.</summary>
    public const string SectionName = "Samverkan:Database";

    /// <summary><c>Sqlite</c> or <c>PostgreSql</c>. The default value is <c>Sqlite</c>.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>PostgreSQL connection string; from the environment (<c>Samverkan__Database__ConnectionString</c>), never a committed file.</summary>
    public string? ConnectionString { get; set; }
}
