namespace Samverkan.Analytics.Ingestion.Csv.Streaming;

/// <summary>
/// Finds repeated ids (<c>incident_id</c>, <c>respondent_id</c>) in a long file without memory that
/// grows with the file: the first pass puts every id into a blocked Bloom filter of fixed size (chosen
/// from the file's size, 1 to 32 MB, allocated with the first id; an id's eight bits lie in one 64-byte block), and an id the filter may have seen
/// before becomes a <em>candidate</em>; a second pass over the file (<see cref="Confirm"/>) collects
/// the lines of the candidates only, and the ids found on two or more lines are the repeats (a
/// candidate on one line was the filter's false positive). With 15 million distinct ids in 32 MB
/// some thousands of false candidates are expected, so the second pass keeps little.
/// A filter of many megabytes makes every id a cache miss, so ids are applied a few rows late: the
/// block of each new id is prefetched, and the id is looked at when <see cref="Lag"/> later ids have
/// been added (or the pass ends), by which time its block is in the cache. The order of ids is kept,
/// so the outcome is the same as applying each at once.
/// </summary>
internal sealed class RepeatedIds
{
    private const int HashCount = 8;
    private const int MinBits = 1 << 23;
    private const int MaxBits = 1 << 28;
    private const int Lag = 16;
    private const int MaxLaggedLength = 64;
    private readonly int[] _pendingBlock = new int[Lag];
    private readonly uint[] _pendingStep = new uint[Lag];
    private readonly int[] _pendingLength = new int[Lag];
    private readonly char[] _pendingText = new char[Lag * MaxLaggedLength];
    private int _pendingHead;
    private int _pendingCount;
    private readonly HashSet<string> _candidates = new(StringComparer.Ordinal);
    private readonly uint _blockCount;
    private ulong[]? _bits;

    /// <summary>A filter for a file of <paramref name="fileBytes"/> bytes (about a bit per four bytes, a power of two within 1–32 MB).</summary>
    public RepeatedIds(long fileBytes)
    {
        var wanted = Math.Clamp(fileBytes / 4, MinBits, MaxBits);
        var bits = Math.Min(MaxBits, (long)System.Numerics.BitOperations.RoundUpToPowerOf2((ulong)wanted));
        _blockCount = (uint)(bits / 512);
    }

    /// <summary>True when the first pass met an id that may repeat, so the second pass is needed (ends the first pass).</summary>
    public bool HasCandidates
    {
        get
        {
            Flush();
            return _candidates.Count > 0;
        }
    }

    /// <summary>First pass: notes <paramref name="id"/> (a non-empty, trimmed id).</summary>
    public void Add(ReadOnlySpan<char> id)
    {
        // A blocked filter: the id's bits all lie in one 64-byte block (one cache miss per id, not eight).
        _bits ??= new ulong[_blockCount * 8];
        var (h1, h2) = Hashes(id);
        var block = (int)(h1 & (_blockCount - 1)) * 8;
        if (id.Length > MaxLaggedLength)
        {
            Flush();
            Apply(block, h2, id);
            return;
        }

        if (_pendingCount == Lag)
        {
            ApplyOldest();
        }

        var slot = (_pendingHead + _pendingCount) % Lag;
        _pendingBlock[slot] = block;
        _pendingStep[slot] = h2;
        _pendingLength[slot] = id.Length;
        id.CopyTo(_pendingText.AsSpan(slot * MaxLaggedLength));
        _pendingCount++;
        Prefetch(block);
    }

    private unsafe void Prefetch(int block)
    {
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            fixed (ulong* word = &_bits![block])
            {
                System.Runtime.Intrinsics.X86.Sse.Prefetch0(word);
            }
        }
    }

    /// <summary>Applies every id still waiting.</summary>
    private void Flush()
    {
        while (_pendingCount > 0)
        {
            ApplyOldest();
        }
    }

    private void ApplyOldest()
    {
        var slot = _pendingHead;
        Apply(_pendingBlock[slot], _pendingStep[slot], _pendingText.AsSpan(slot * MaxLaggedLength, _pendingLength[slot]));
        _pendingHead = (_pendingHead + 1) % Lag;
        _pendingCount--;
    }

    /// <summary>Sets the id's bits in its block; when all were set already, the id is a candidate.</summary>
    private void Apply(int block, uint h2, ReadOnlySpan<char> id)
    {
        var bits = _bits!;
        var seen = true;
        for (var i = 0; i < HashCount; i++)
        {
            var bit = ((h2 >> 9) + ((uint)i * h2)) & 511;
            ref var word = ref bits[block + (int)(bit >> 6)];
            var flag = 1UL << (int)(bit & 63);
            seen &= (word & flag) != 0;
            word |= flag;
        }

        if (seen)
        {
            _candidates.Add(id.ToString());
        }
    }

    /// <summary>
    /// Second pass over <paramref name="table"/> (opened again): the lines of every candidate in
    /// column <paramref name="column"/>, in file order; only ids on two or more lines are returned,
    /// each with its lines.
    /// </summary>
    /// <returns>The repeated ids in the order of their first line.</returns>
    public IReadOnlyList<(string Id, IReadOnlyList<int> Lines)> Confirm(LineTable table, int column)
    {
        Flush();
        var candidates = _candidates.GetAlternateLookup<ReadOnlySpan<char>>();
        var lines = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        while (table.NextRow())
        {
            if (table.FieldCount > column && candidates.TryGetValue(table.Field(column), out var id))
            {
                if (!lines.TryGetValue(id, out var list))
                {
                    lines[id] = list = [];
                }

                list.Add(table.Line);
            }
        }

        return lines
            .Where(p => p.Value.Count > 1)
            .OrderBy(p => p.Value[0])
            .Select(p => (p.Key, (IReadOnlyList<int>)p.Value))
            .ToList();
    }

    /// <summary>
    /// The whole check's second pass: when the first pass met candidates, reads the file again and
    /// reports each repeat as an error at its column, naming both lines with <paramref name="message"/>
    /// (format arguments: id, line, first line).
    /// </summary>
    public void Report(SourceText source, int column, IssueList issues, string message, string hint)
    {
        if (!HasCandidates)
        {
            return;
        }

        using var again = LineTable.Open(source, new IssueList(source.FileName, 1));
        if (again is null)
        {
            return;
        }

        foreach (var (id, lines) in Confirm(again, column))
        {
            foreach (var line in lines.Skip(1))
            {
                issues.Error(line, column + 1, IngestionMessages.Format(message, id, line, lines[0]), hint);
            }
        }
    }

    /// <summary>
    /// Two 32-bit hashes of the id's UTF-16 code units, eight bytes at a time (a multiply–xorshift
    /// mix, as in splitmix64): the low half picks the block, the high half the bits in it.
    /// </summary>
    private static (uint H1, uint H2) Hashes(ReadOnlySpan<char> id)
    {
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(id);
        var h = 0x9E3779B97F4A7C15UL ^ (ulong)bytes.Length;
        while (bytes.Length >= 8)
        {
            h = Mix(h ^ System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(bytes));
            bytes = bytes[8..];
        }

        if (!bytes.IsEmpty)
        {
            Span<byte> tail = stackalloc byte[8];
            tail.Clear();
            bytes.CopyTo(tail);
            h = Mix(h ^ System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(tail));
        }

        h = Mix(h);

        // An odd step visits different bits for each i.
        return ((uint)h, (uint)(h >> 32) | 1);
    }

    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
