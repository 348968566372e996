using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Samverkan.Analytics.Storage.Migrations;

/// <summary>
/// The migration scripts embedded in this assembly as <c>Samverkan.Analytics.Storage.Migrations.NNNN_name.sql</c>,
/// numbered 1, 2, 3… without gaps.
/// </summary>
internal static partial class MigrationScripts
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
        var match = FileNamePattern().Match(fileName);
        if (!match.Success)
        {
            throw new InvalidOperationException(
                $"Migration file '{fileName}' is not named NNNN_name.sql (four digits, an underscore, lower-case words).");
        }

        return new MigrationScript(int.Parse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture), match.Groups[2].Value, sql);
    }

    /// <summary>Orders the scripts and checks they are numbered 1, 2, 3… with no gap or duplicate.</summary>
    public static IReadOnlyList<MigrationScript> Check(IEnumerable<MigrationScript> scripts)
    {
        var ordered = scripts.OrderBy(s => s.Version).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].Version != i + 1)
            {
                throw new InvalidOperationException(
                    $"Migration numbers must run 1, 2, 3… without gaps or duplicates; found {ordered[i].Version} ({ordered[i].Name}) where {i + 1} belongs.");
            }
        }

        return ordered;
    }

    [GeneratedRegex(@"^(\d{4})_([a-z0-9_]+)\.sql$", RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();
}
