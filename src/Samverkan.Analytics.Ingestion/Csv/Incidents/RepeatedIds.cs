namespace Samverkan.Analytics.Ingestion.Csv.Incidents;

/// <summary>
/// Finds repeated <c>incident_id</c>s in an incident list without memory that grows with the file:
/// the first pass puts every id into a Bloom filter of fixed size (8 MB, allocated with the first
/// id), and an id the filter may have seen before becomes a <em>candidate</em>; a second pass over
/// the file collects the lines of the candidates only, and the ids found on two or more lines are
/// the repeats (a candidate on one line was the filter's false positive). With 2 million distinct
/// ids about a hundred false candidates are expected, so the second pass keeps little.
/// </summary>
internal sealed class RepeatedIds
{
    private const int BitCount = 1 << 26;
    private const int HashCount = 5;
    private readonly HashSet<string> _candidates = new(StringComparer.Ordinal);
    private ulong[]? _bits;

    /// <summary>True when the first pass met an id that may repeat, so the second pass is needed.</summary>
    public bool HasCandidates => _candidates.Count > 0;

    /// <summary>First pass: notes <paramref name="id"/> (a non-empty, trimmed id).</summary>
    public void Add(string id)
    {
        _bits ??= new ulong[BitCount / 64];
        var (h1, h2) = Hashes(id);
        var seen = true;
        for (var i = 0; i < HashCount; i++)
        {
            var bit = (h1 + ((uint)i * h2)) % BitCount;
            ref var word = ref _bits[bit >> 6];
            var mask = 1UL << (int)(bit & 63);
            seen &= (word & mask) != 0;
            word |= mask;
        }

        if (seen)
        {
            _candidates.Add(id);
        }
    }

    /// <summary>
    /// Second pass: the lines of every candidate, in file order; only ids on two or more lines are
    /// returned, each with its lines.
    /// </summary>
    /// <param name="rows">Every row's id and line, in file order.</param>
    /// <returns>The repeated ids in the order of their first line.</returns>
    public IReadOnlyList<(string Id, IReadOnlyList<int> Lines)> Confirm(IEnumerable<(string Id, int Line)> rows)
    {
        var lines = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (id, line) in rows)
        {
            if (_candidates.Contains(id))
            {
                if (!lines.TryGetValue(id, out var list))
                {
                    lines[id] = list = [];
                }

                list.Add(line);
            }
        }

        return lines
            .Where(p => p.Value.Count > 1)
            .OrderBy(p => p.Value[0])
            .Select(p => (p.Key, (IReadOnlyList<int>)p.Value))
            .ToList();
    }

    /// <summary>Two independent 32-bit hashes (FNV-1a and a multiplicative one) for double hashing.</summary>
    private static (uint H1, uint H2) Hashes(string id)
    {
        var fnv = 2166136261u;
        var mul = 0x9E3779B9u;
        foreach (var c in id)
        {
            fnv = (fnv ^ c) * 16777619u;
            mul = ((mul ^ c) * 0x85EBCA6Bu) + 0x27D4EB2Fu;
            mul ^= mul >> 15;
        }

        // An odd second hash visits different bits for each i.
        return (fnv, mul | 1);
    }
}
