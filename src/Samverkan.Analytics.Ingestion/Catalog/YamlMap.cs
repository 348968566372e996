using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Samverkan.Analytics.Ingestion.Catalog;

/// <summary>
/// A YAML mapping with its file and field path: typed field access that reports every problem
/// with file, line, column and field path instead of throwing.
/// </summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _fields = new(StringComparer.Ordinal);
    private readonly List<string> _keys = [];

    public YamlMap(YamlMappingNode node, string file, string path, ProblemList problems)
    {
        _node = node;
        File = file;
        Path = path;
        Problems = problems;
        foreach (var (key, value) in node.Children)
        {
            if (key is YamlScalarNode { Value: { Length: > 0 } name } scalar)
            {
                _fields[name] = (scalar, value);
                _keys.Add(name);
            }
            else
            {
                problems.Add(YamlFile.At(file, key.Start, path.Length == 0 ? null : path), CatalogMessages.KeyNotPlain);
            }
        }
    }

    public string File { get; }

    public string Path { get; }

    public ProblemList Problems { get; }

    /// <summary>The keys in file order.</summary>
    public IReadOnlyList<string> Keys => _keys;

    /// <summary>The mapping itself (its first line).</summary>
    public Where At() => YamlFile.At(File, _node.Start, Path.Length == 0 ? null : Path);

    /// <summary>A field's value (or the mapping, when the field is absent), named by its path.</summary>
    public Where At(string key) =>
        YamlFile.At(File, _fields.TryGetValue(key, out var f) ? f.Value.Start : _node.Start, Child(key));

    public string Child(string key)
    {
        if (!key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
        {
            return $"{Path}[\"{key}\"]";
        }

        return Path.Length == 0 ? key : $"{Path}.{key}";
    }

    /// <summary>True when the field is present with a non-null value.</summary>
    public bool Has(string key) => _fields.TryGetValue(key, out var f) && !IsNull(f.Value);

    /// <summary>True when the field holds a mapping.</summary>
    public bool IsMapping(string key) => _fields.TryGetValue(key, out var f) && f.Value is YamlMappingNode;

    /// <summary>Reports every field not in <paramref name="allowed"/>, naming the allowed ones.</summary>
    public void Allow(params string[] allowed)
    {
        foreach (var (name, (key, _)) in _fields)
        {
            if (Array.IndexOf(allowed, name) >= 0)
            {
                continue;
            }

            var tolerance = Math.Max(1, Math.Min(2, name.Length / 3));
            var guess = allowed.Where(a => Distance(a, name) <= tolerance).OrderBy(a => Distance(a, name)).FirstOrDefault();
            var hint = guess is null ? string.Empty : CatalogMessages.Format(CatalogMessages.DidYouMean, guess);
            Problems.Add(
                YamlFile.At(File, key.Start, Child(name)),
                CatalogMessages.Format(CatalogMessages.UnknownField, name, hint, string.Join(", ", allowed)));
        }
    }

    public string? String(string key, bool required = false)
    {
        if (!TryScalar(key, required, out var scalar))
        {
            return null;
        }

        var value = scalar.Value!.Trim();
        if (value.Length == 0)
        {
            Problems.Add(At(key), CatalogMessages.EmptyValue);
            return null;
        }

        return value;
    }

    /// <summary>A kebab-case id (<c>lower-case-ascii</c>), or one with a required prefix.</summary>
    public string? Id(string key, bool required = false)
    {
        var value = String(key, required);
        if (value is not null && !CatalogIds.IsSlug(value))
        {
            Problems.Add(At(key), CatalogMessages.Format(CatalogMessages.NotAnId, value));
        }

        return value;
    }

    public DateOnly? Date(string key, bool required = false)
    {
        if (!TryScalar(key, required, out var scalar))
        {
            return null;
        }

        var text = scalar.Value!.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Problems.Add(At(key), CatalogMessages.Format(CatalogMessages.NotADate, text));
        return null;
    }

    public double? Number(string key, bool required = false)
    {
        if (!TryScalar(key, required, out var scalar))
        {
            return null;
        }

        var text = scalar.Value!.Trim();
        var normalized = text.Replace('\u2212', '-');
        if (double.TryParse(normalized, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        Problems.Add(At(key), CatalogMessages.Format(CatalogMessages.NotANumber, text));
        return null;
    }

    public int? Integer(string key, bool required = false)
    {
        if (!TryScalar(key, required, out var scalar))
        {
            return null;
        }

        var text = scalar.Value!.Trim();
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Problems.Add(At(key), CatalogMessages.Format(CatalogMessages.NotAWholeNumber, text));
        return null;
    }

    public bool? Bool(string key)
    {
        if (!TryScalar(key, false, out var scalar))
        {
            return null;
        }

        var text = scalar.Value!.Trim();
        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        Problems.Add(At(key), CatalogMessages.Format(CatalogMessages.NotABool, text));
        return null;
    }

    /// <summary>One of a closed set of words (<c>lower-is-better</c>), matched exactly.</summary>
    public T? Word<T>(string key, IReadOnlyList<(string Word, T Value)> words, bool required = false)
        where T : struct
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        foreach (var (word, value) in words)
        {
            if (string.Equals(word, text, StringComparison.Ordinal))
            {
                return value;
            }
        }

        Problems.Add(At(key), CatalogMessages.Format(CatalogMessages.NotOneOf, text, string.Join(", ", words.Select(w => w.Word))));
        return null;
    }

    /// <summary>A nested mapping.</summary>
    public YamlMap? Map(string key, bool required = false)
    {
        var node = Node(key, required);
        return node is null ? null : AsMap(node, Child(key));
    }

    /// <summary>The items of a list, each with its path (<c>key[i]</c>); empty when absent or not a list.</summary>
    public IReadOnlyList<(YamlNode Node, string Path)> Items(string key, bool required = false)
    {
        var node = Node(key, required);
        if (node is null)
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Problems.Add(At(key), CatalogMessages.Format(CatalogMessages.ExpectedList, Describe(node)));
            return [];
        }

        if (required && sequence.Children.Count == 0)
        {
            Problems.Add(At(key), CatalogMessages.ListEmpty);
        }

        return sequence.Children.Select((n, i) => (n, string.Create(CultureInfo.InvariantCulture, $"{Child(key)}[{i}]"))).ToList();
    }

    /// <summary>The items of a list that are mappings (others are reported).</summary>
    public IReadOnlyList<YamlMap> Maps(string key, bool required = false) =>
        Items(key, required).Select(i => AsMap(i.Node, i.Path)).OfType<YamlMap>().ToList();

    /// <summary>A list of scalars with where each was written.</summary>
    public IReadOnlyList<(string Value, Where At)> Strings(string key, bool required = false)
    {
        var result = new List<(string, Where)>();
        foreach (var (node, path) in Items(key, required))
        {
            var at = YamlFile.At(File, node.Start, path);
            if (node is YamlScalarNode { Value: { } v } && !IsNull(node) && v.Trim().Length > 0)
            {
                result.Add((v.Trim(), at));
            }
            else
            {
                Problems.Add(at, CatalogMessages.Format(CatalogMessages.ExpectedValue, Describe(node)));
            }
        }

        return result;
    }

    /// <summary>A list of ids, each checked for the id format.</summary>
    public IReadOnlyList<Ref> Ids(string key, bool required = false)
    {
        var result = new List<Ref>();
        foreach (var (value, at) in Strings(key, required))
        {
            if (!CatalogIds.IsSlug(value))
            {
                Problems.Add(at, CatalogMessages.Format(CatalogMessages.NotAnId, value));
            }

            result.Add(new Ref(value, at));
        }

        return result;
    }

    /// <summary>The id in <paramref name="key"/> with where it was written, or null.</summary>
    public Ref? IdRef(string key, bool required = false) =>
        Id(key, required) is { } id ? new Ref(id, At(key)) : null;

    public YamlMap? AsMap(YamlNode node, string path)
    {
        if (node is YamlMappingNode mapping)
        {
            return new YamlMap(mapping, File, path, Problems);
        }

        Problems.Add(YamlFile.At(File, node.Start, path), CatalogMessages.Format(CatalogMessages.ExpectedMapping, Describe(node)));
        return null;
    }

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    private YamlNode? Node(string key, bool required)
    {
        if (!_fields.TryGetValue(key, out var field) || IsNull(field.Value))
        {
            if (required)
            {
                Problems.Add(At(key), CatalogMessages.Format(field.Value is null ? CatalogMessages.RequiredMissing : CatalogMessages.RequiredEmpty, key));
            }

            return null;
        }

        return field.Value;
    }

    private bool TryScalar(string key, bool required, out YamlScalarNode scalar)
    {
        scalar = null!;
        var node = Node(key, required);
        if (node is null)
        {
            return false;
        }

        if (node is YamlScalarNode { Value: not null } s)
        {
            scalar = s;
            return true;
        }

        Problems.Add(At(key), CatalogMessages.Format(CatalogMessages.ExpectedValue, Describe(node)));
        return false;
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => CatalogMessages.FoundList,
        YamlMappingNode => CatalogMessages.FoundMapping,
        YamlScalarNode s when IsNull(s) => CatalogMessages.FoundNothing,
        YamlScalarNode s => CatalogMessages.Format(CatalogMessages.FoundValue, s.Value),
        _ => CatalogMessages.FoundAlias,
    };

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
