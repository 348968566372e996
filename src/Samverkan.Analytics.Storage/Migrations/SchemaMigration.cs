namespace Samverkan.Analytics.Storage.Migrations;

/// <summary>One numbered schema change (<c>Migrations/0001_initial.sql</c> is version 1, <c>initial</c>).</summary>
/// <param name="Version">The number; applied in ascending order, each once.</param>
/// <param name="Name">The name after the number.</param>
public sealed record SchemaMigration(int Version, string Name);
