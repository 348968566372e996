using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Samverkan.Analytics.Ingestion.Csv.Streaming;

/// <summary>
/// Finds repeated ids (<c>incident_id</c>, <c>respondent_id</c>) in a long file, exactly, without
/// memory that grows with the file. While the rows are read, each id's 64-bit hash goes into one of
/// 256 partitions (by its top byte); a partition's buffer of 1 024 hashes that fills up is appended to
/// a temporary file. At the end (<see cref="Report"/>) each partition's hashes are read back, sorted,
/// and a hash seen twice is a <em>candidate</em> (a partition of a 15-million-row file is 60 000
/// hashes, half a megabyte). Only when there are candidates is the file read a second time, to
/// collect the lines and text of the ids with a candidate hash: ids whose text is on two or more lines
/// are the repeats, and ids that only share a hash (about one file in a hundred thousand at 15 million
/// ids) are not reported. A file without repeats is read once.
/// Each thread that reads rows records into its own instance (<see cref="ForAnotherThread"/>); any
/// instance reports for all of them.
/// </summary>
internal sealed class RepeatedIds : IDisposable
{
    private const int PartitionBits = 8;
    private const int Partitions = 1 << PartitionBits;
    private const int BlockLength = 1024;
    private readonly Group _group;
    private readonly int[] _filled = new int[Partitions];
    private readonly List<(int Partition, long Offset)> _spilled = [];
    private ulong[]? _buffer;
    private FileStream? _spill;

    /// <summary>The check of one file, hashing ids with the default 64-bit hash.</summary>
    public RepeatedIds()
        : this(DefaultHash)
    {
    }

    /// <summary>The check of one file with another hash (tests: a hash where every id collides).</summary>
    internal RepeatedIds(Hash hash)
        : this(new Group(hash))
    {
    }

    private RepeatedIds(Group group)
    {
        _group = group;
        lock (group.Members)
        {
            group.Members.Add(this);
        }
    }

    /// <summary>The 64-bit hash of an id.</summary>
    internal delegate ulong Hash(ReadOnlySpan<char> id);

    /// <summary>A recorder of the same check for another thread (thread-safe to call).</summary>
    public RepeatedIds ForAnotherThread() => new(_group);

    /// <summary>Notes <paramref name="id"/> (a non-empty, trimmed id); one thread per instance.</summary>
    public void Add(ReadOnlySpan<char> id)
    {
        var hash = _group.HashOf(id);
        _buffer ??= new ulong[Partitions * BlockLength];
        var partition = (int)(hash >> (64 - PartitionBits));
        var filled = _filled[partition];
        _buffer[(partition * BlockLength) + filled] = hash;
        if (++filled == BlockLength)
        {
            Spill(partition);
            filled = 0;
        }

        _filled[partition] = filled;
    }

    /// <summary>
    /// After every row was read: when ids share a hash, reads the file again and reports each id on two
    /// or more lines as an error at its column, once per later line, naming it and the first line with
    /// <paramref name="message"/> (format arguments: id, line, first line). Releases the temporary files.
    /// </summary>
    public void Report(SourceText source, int column, IssueList issues, string message, string hint)
    {
        try
        {
            var candidates = Candidates();
            if (candidates.Count == 0)
            {
                return;
            }

            using var again = LineTable.Open(source, new IssueList(source.FileName, 1));
            if (again is null)
            {
                return;
            }

            foreach (var (id, lines) in Confirm(again, column, candidates))
            {
                foreach (var line in lines.Skip(1))
                {
                    issues.Error(line, column + 1, IngestionMessages.Format(message, id, line, lines[0]), hint);
                }
            }
        }
        finally
        {
            Dispose();
        }
    }

    /// <summary>Deletes the temporary files of every instance of the check.</summary>
    public void Dispose()
    {
        lock (_group.Members)
        {
            foreach (var member in _group.Members)
            {
                member._spill?.Dispose();
                member._spill = null;
            }
        }
    }

    /// <summary>The hashes seen two or more times, over every instance of the check.</summary>
    internal HashSet<ulong> Candidates()
    {
        List<RepeatedIds> members;
        lock (_group.Members)
        {
            members = [.. _group.Members];
        }

        foreach (var member in members)
        {
            member._spill?.Flush();
        }

        var candidates = new HashSet<ulong>();
        Parallel.For(0, Partitions, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, partition =>
        {
            var total = members.Sum(m => m.Count(partition));
            if (total < 2)
            {
                return;
            }

            var hashes = ArrayPool<ulong>.Shared.Rent(total);
            try
            {
                var at = 0;
                foreach (var member in members)
                {
                    at += member.CopyTo(partition, hashes.AsSpan(at));
                }

                var span = hashes.AsSpan(0, total);
                span.Sort();
                for (var i = 1; i < span.Length; i++)
                {
                    if (span[i] == span[i - 1])
                    {
                        lock (candidates)
                        {
                            candidates.Add(span[i]);
                        }
                    }
                }
            }
            finally
            {
                ArrayPool<ulong>.Shared.Return(hashes);
            }
        });
        return candidates;
    }

    /// <summary>
    /// The second pass over <paramref name="table"/> (opened again): the lines of every id whose hash
    /// is a candidate, in file order; only ids whose text is on two or more lines are returned.
    /// </summary>
    /// <returns>The repeated ids in the order of their first line.</returns>
    private List<(string Id, List<int> Lines)> Confirm(LineTable table, int column, HashSet<ulong> candidates)
    {
        var lines = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byText = lines.GetAlternateLookup<ReadOnlySpan<char>>();
        while (table.NextRow())
        {
            if (table.FieldCount > column && table.Field(column) is var id && candidates.Contains(_group.HashOf(id)))
            {
                if (!byText.TryGetValue(id, out var list))
                {
                    lines[id.ToString()] = list = [];
                }

                list.Add(table.Line);
            }
        }

        return lines
            .Where(p => p.Value.Count > 1)
            .OrderBy(p => p.Value[0])
            .Select(p => (p.Key, p.Value))
            .ToList();
    }

    /// <summary>The number of hashes this instance holds in <paramref name="partition"/>.</summary>
    private int Count(int partition) =>
        _filled[partition] + (BlockLength * _spilled.Count(s => s.Partition == partition));

    /// <summary>Copies this instance's hashes of <paramref name="partition"/> to the start of <paramref name="into"/>; their number.</summary>
    private int CopyTo(int partition, Span<ulong> into)
    {
        var at = 0;
        foreach (var (p, offset) in _spilled)
        {
            if (p == partition)
            {
                RandomAccess.Read(_spill!.SafeFileHandle, MemoryMarshal.AsBytes(into.Slice(at, BlockLength)), offset);
                at += BlockLength;
            }
        }

        if (_buffer is not null)
        {
            _buffer.AsSpan(partition * BlockLength, _filled[partition]).CopyTo(into[at..]);
        }

        return at + _filled[partition];
    }

    /// <summary>Appends the full buffer of <paramref name="partition"/> to this instance's temporary file.</summary>
    private void Spill(int partition)
    {
        _spill ??= new FileStream(
            Path.Combine(Path.GetTempPath(), $"samverkan-ids-{Guid.NewGuid():N}.tmp"),
            FileMode.CreateNew,
            FileAccess.ReadWrite,
            FileShare.None,
            1 << 16,
            FileOptions.DeleteOnClose);
        _spilled.Add((partition, _spill.Position));
        _spill.Write(MemoryMarshal.AsBytes(_buffer.AsSpan(partition * BlockLength, BlockLength)));
    }

    /// <summary>
    /// A 64-bit hash of the id's UTF-16 code units, eight bytes at a time (a multiply–xorshift mix, as
    /// in splitmix64).
    /// </summary>
    private static ulong DefaultHash(ReadOnlySpan<char> id)
    {
        var bytes = MemoryMarshal.AsBytes(id);
        var h = 0x9E3779B97F4A7C15UL ^ (ulong)bytes.Length;
        while (bytes.Length >= 8)
        {
            h = Mix(h ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes));
            bytes = bytes[8..];
        }

        if (!bytes.IsEmpty)
        {
            Span<byte> tail = stackalloc byte[8];
            tail.Clear();
            bytes.CopyTo(tail);
            h = Mix(h ^ BinaryPrimitives.ReadUInt64LittleEndian(tail));
        }

        return Mix(h);
    }

    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    /// <summary>The instances of one file's check and their hash.</summary>
    private sealed class Group(Hash hash)
    {
        public List<RepeatedIds> Members { get; } = [];

        public ulong HashOf(ReadOnlySpan<char> id) => hash(id);
    }
}
