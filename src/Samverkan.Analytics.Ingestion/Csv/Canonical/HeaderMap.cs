namespace Samverkan.Analytics.Ingestion.Csv.Canonical;

/// <summary>Where each canonical column is in a file's header, and the header cells that are none.</summary>
internal sealed class HeaderMap
{
    private readonly Dictionary<CanonicalColumn, int> _index = [];
    private readonly List<(int Index, string Name)> _unknown = [];
    private readonly List<(int Index, CanonicalColumn Column, int FirstIndex)> _duplicates = [];

    private HeaderMap(CsvLine header)
    {
        Header = header;
    }

    /// <summary>The header record.</summary>
    public CsvLine Header { get; }

    /// <summary>The number of header fields up to the last one that is not empty (a trailing separator adds none).</summary>
    public int FieldCount { get; private set; }

    /// <summary>The canonical columns present.</summary>
    public IReadOnlySet<CanonicalColumn> Columns => _index.Keys.ToHashSet();

    /// <summary>Header cells that name no canonical column (0-based index, text).</summary>
    public IReadOnlyList<(int Index, string Name)> Unknown => _unknown;

    /// <summary>Columns named twice: the later index, the column, and the first index.</summary>
    public IReadOnlyList<(int Index, CanonicalColumn Column, int FirstIndex)> Duplicates => _duplicates;

    /// <summary>Matches the header's cells against the canonical spellings.</summary>
    public static HeaderMap Match(CsvLine header)
    {
        var map = new HeaderMap(header);
        var fields = header.Fields;
        var count = fields.Count;
        while (count > 0 && string.IsNullOrWhiteSpace(fields[count - 1]))
        {
            count--;
        }

        map.FieldCount = count;
        for (var i = 0; i < count; i++)
        {
            if (!CanonicalColumns.TryMatch(fields[i], out var column))
            {
                map._unknown.Add((i, fields[i].Trim()));
            }
            else if (map._index.TryGetValue(column, out var first))
            {
                map._duplicates.Add((i, column, first));
            }
            else
            {
                map._index[column] = i;
            }
        }

        return map;
    }

    /// <summary>The 0-based index of a column, or null.</summary>
    public int? IndexOf(CanonicalColumn column) => _index.TryGetValue(column, out var i) ? i : null;
}
