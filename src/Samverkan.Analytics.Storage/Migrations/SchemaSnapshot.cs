using System.Globalization;
using System.Reflection;

namespace Samverkan.Analytics.Storage.Migrations;

/// <summary>
/// The schema the migration scripts up to <see cref="Version"/> leave in a new SQLite database, as one
/// script: the <c>sql</c> of every table and index in <c>sqlite_master</c> after replaying them
/// (<c>Migrations/Snapshot/schema.sqlite.sql</c>). A new database is created from it in one batch
/// instead of replaying each script (whose table rebuilds and <c>ALTER TABLE</c>s re-read the whole
/// schema each time), and the migrator records the scripts it stands for in <c>schema_version</c>;
/// scripts above <see cref="Version"/> then run on top as usual. SchemaSnapshotTests prove it equals
/// the replay (<c>sqlite_master</c>, <c>PRAGMA table_info</c>/<c>index_list</c>/<c>index_xinfo</c>/<c>foreign_key_list</c>).
/// PostgreSQL keeps replaying the scripts.
/// </summary>
/// <param name="Versions">The scripts it stands for, in order (the line <c>-- versions: 1 2 …</c>).</param>
/// <param name="Sql">The statements.</param>
internal sealed record SchemaSnapshot(IReadOnlyList<int> Versions, string Sql)
{
    /// <summary>The resource name of the SQLite snapshot.</summary>
    internal const string SqliteResource = "Samverkan.Analytics.Storage.Snapshot.schema.sqlite.sql";

    private const string VersionsLine = "-- versions:";

    private static readonly Lazy<SchemaSnapshot?> EmbeddedSqlite = new(() => Load(typeof(SchemaSnapshot).Assembly, SqliteResource));

    /// <summary>The newest script it stands for.</summary>
    public int Version => Versions.Count == 0 ? 0 : Versions[^1];

    /// <summary>The snapshot embedded for SQLite, or null when the assembly has none.</summary>
    public static SchemaSnapshot? Sqlite => EmbeddedSqlite.Value;

    /// <summary>
    /// True when it stands for exactly the <paramref name="scripts"/> numbered up to its <see cref="Version"/>
    /// (a branch that lacks one of them, or has one more below it, replays instead).
    /// </summary>
    public bool Covers(IReadOnlyList<MigrationScript> scripts) =>
        Versions.Count > 0 && scripts.Where(s => s.Version <= Version).Select(s => s.Version).SequenceEqual(Versions);

    /// <summary>Reads the snapshot resource <paramref name="name"/> of <paramref name="assembly"/>; null when there is none.</summary>
    public static SchemaSnapshot? Load(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>A snapshot from its text: the <c>-- versions:</c> line, then the statements.</summary>
    public static SchemaSnapshot Parse(string sql)
    {
        var line = sql.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(VersionsLine, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The schema snapshot has no '{VersionsLine}' line.");
        var versions = line[VersionsLine.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(v => int.Parse(v, NumberStyles.None, CultureInfo.InvariantCulture)).ToList();
        return new SchemaSnapshot(MigrationScripts.Check(versions.Select(v => new MigrationScript(v, "", ""))).Select(s => s.Version).ToList(), sql);
    }
}
