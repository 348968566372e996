namespace Samverkan.Analytics.Storage.Connections;

/// <summary>The database engines Storage runs on (setting <c>Samverkan:Database:Provider</c>).</summary>
public enum SqlProvider
{
    /// <summary>An SQLite file in the data directory (the embedded default).</summary>
    Sqlite,

    /// <summary>A PostgreSQL database shared by several hosts (scale-out).</summary>
    PostgreSql,
}
