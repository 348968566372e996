namespace Samverkan.Analytics.Storage.Migrations;

/// <summary>A migration script as embedded: version, name and portable SQL (with DDL tokens).</summary>
/// <param name="Version">The number.</param>
/// <param name="Name">The name.</param>
/// <param name="Sql">The SQL, before <c>SqlDialect.Expand</c>.</param>
internal sealed record MigrationScript(int Version, string Name, string Sql)
{
    /// <summary>The public description.</summary>
    public SchemaMigration ToMigration() => new(Version, Name);
}
