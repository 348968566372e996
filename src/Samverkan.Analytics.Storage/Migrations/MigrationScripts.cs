using System.Globalization;
using System.Reflection;

namespace Samverkan.Analytics.Storage.Migrations;

/// <summary>
/// The migration scripts embedded in this assembly as <c>Samverkan.Analytics.Storage.Migrations.NNNN_name.sql</c>,
/// numbered from 1 upwards, each number once. Numbers are handed out per feature branch, so a branch
/// may lack another's script for a while (a gap); the migrator applies whatever the database lacks.
/// </summary>
internal static class MigrationScripts
{
    private const string Prefix = "Samverkan.Analytics.Storage.Migrations.";

    private static readonly Lazy<IReadOnlyList<MigrationScript>> Embedded =
        new(() => Load(typeof(MigrationScripts).Assembly));

    /// <summary>All embedded scripts, in version order.</summary>
    public static IReadOnlyList<MigrationScript> All => Embedded.Value;

    /// <summary>Reads and checks the scripts in <paramref name="assembly"/>.</summary>
    public static IReadOnlyList<MigrationScript> Load(Assembly assembly)
    {
        var scripts = new List<MigrationScript>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"Migration resource {resource} cannot be read.");
            using var reader = new StreamReader(stream);
            scripts.Add(Parse(resource[Prefix.Length..], reader.ReadToEnd()));
        }

        return Check(scripts);
    }

    /// <summary>A script from its file name (<c>0001_initial.sql</c>) and text.</summary>
    public static MigrationScript Parse(string fileName, string sql)
    {
        // ^(\d{4})_([a-z0-9_]+)\.sql$, by hand: every command opens the storage, and a regex would load
        // System.Text.RegularExpressions into commands that need nothing else of it.
        const string Extension = ".sql";
        var name = fileName.Length > 5 + Extension.Length && fileName[4] == '_' && fileName.EndsWith(Extension, StringComparison.Ordinal)
            ? fileName[5..^Extension.Length]
            : string.Empty;
        if (name.Length == 0 || fileName.AsSpan(0, 4).ContainsAnyExceptInRange('0', '9') || !IsNameWord(name))
        {
            throw new InvalidOperationException(
                $"Migration file '{fileName}' is not named NNNN_name.sql (four digits, an underscore, lower-case words).");
        }

        return new MigrationScript(int.Parse(fileName.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture), name, sql);
    }

    private static bool IsNameWord(string name)
    {
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Orders the scripts and checks they are numbered from 1 upwards with no duplicate (gaps are allowed).</summary>
    public static IReadOnlyList<MigrationScript> Check(IEnumerable<MigrationScript> scripts)
    {
        var ordered = scripts.OrderBy(s => s.Version).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].Version < 1 || (i > 0 && ordered[i].Version == ordered[i - 1].Version))
            {
                throw new InvalidOperationException(
                    $"Migration numbers must start at 1 and be used once each; found {ordered[i].Version} ({ordered[i].Name}) " +
                    (ordered[i].Version < 1 ? "below 1." : $"twice (also {ordered[i - 1].Name})."));
            }
        }

        return ordered;
    }
}
