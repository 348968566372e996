using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Storage.Mapping;

/// <summary>
/// The stored kebab-case words of an enum, as Core spells them (<see cref="ResultWords"/>), cached
/// both ways so that reading 10 000 rows does not rebuild every word. Plain dictionaries: a handful of
/// words each, and building frozen ones compiled their specialised code (and loaded
/// System.Collections.Immutable) in every ingest (docs/benchmarks.md, "Peak memory of an ingest").
/// </summary>
/// <typeparam name="T">The enum.</typeparam>
internal static class EnumWords<T>
    where T : struct, Enum
{
    private static readonly Dictionary<T, string> Words =
        Enum.GetValues<T>().ToDictionary(v => v, v => v.ToWord());

    private static readonly Dictionary<string, T> Values =
        Words.ToDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

    /// <summary>The stored word.</summary>
    public static string ToWord(T value) =>
        Words.TryGetValue(value, out var word) ? word : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(T).Name}.");

    /// <summary>Parses a stored word; names the column when it is not one.</summary>
    public static T Parse(string word, string column) =>
        Values.TryGetValue(word, out var value)
            ? value
            : throw new FormatException($"Column {column} holds '{word}', which is not a {typeof(T).Name} word ({string.Join(", ", Values.Keys)}).");
}
