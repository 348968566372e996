using System.Globalization;
using System.Text;

namespace Samverkan.Analytics.Benchmarks.Generation;

/// <summary>
/// The benchmark catalogue for the Sweden files: the shipped catalogue (data-samples/catalog) with
/// Sweden's 290 municipalities (kommuner.csv, SCB codes) added as areas <c>kommun-CCCC</c>, so a
/// national file is read exactly like a Stockholm one (every area is resolved and checked) instead of
/// being refused for unknown areas. Stockholm, Lidingö and Ekerö are in the shipped catalogue already.
/// </summary>
internal static class SwedenCatalog
{
    /// <summary>The 290 municipalities, in code order.</summary>
    public static IReadOnlyList<(string Code, string Name)> Municipalities() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Generation", "kommuner.csv"), Encoding.UTF8)
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split(','))
            .Select(p => (p[0], p[1]))
            .ToList();

    /// <summary>Writes the catalogue into <paramref name="directory"/> (replacing it) from <paramref name="shipped"/>.</summary>
    public static string Write(string directory, string shipped)
    {
        Directory.CreateDirectory(directory);
        foreach (var file in Directory.GetFiles(shipped, "*.yaml"))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)), overwrite: true);
        }

        var areasPath = Path.Combine(directory, "areas.yaml");
        var text = File.ReadAllText(areasPath, Encoding.UTF8);
        var added = new StringBuilder("  # ---------------------------------------------------------------- benchmark: Sweden's municipalities\n");
        foreach (var (code, name) in Municipalities().Where(m => !text.Contains($"id: kommun-{m.Code}", StringComparison.Ordinal)))
        {
            added.Append(CultureInfo.InvariantCulture, $"  - id: kommun-{code}\n    name: \"{name}\"\n    kind: municipality\n");
        }

        var at = text.IndexOf("\noverlaps:", StringComparison.Ordinal);
        File.WriteAllText(areasPath, text[..(at + 1)] + added + "\n" + text[(at + 1)..], new UTF8Encoding(false));
        return directory;
    }
}
