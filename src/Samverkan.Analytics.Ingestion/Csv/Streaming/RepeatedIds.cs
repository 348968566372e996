using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Samverkan.Analytics.Ingestion.Csv.Streaming;

/// <summary>
/// Finds repeated ids (<c>incident_id</c>, <c>respondent_id</c>) in a long file, exactly, without
/// memory that grows with the file. While the rows are read, each id's 64-bit hash (of its UTF-8 bytes) goes into one of
/// 256 partitions (by its top byte); a partition's block of 256 hashes (2 kB) that fills up is kept in
/// memory while the instance holds less than 512 kB of them (with the 512 kB of blocks being filled, a
/// file of up to about 100 000 ids per core never touches the disk), after that it is appended to a
/// temporary file: at most 1 MB per core, where the sort of session 4 held 2 MB and then half a
/// megabyte per partition. At the end
/// (<see cref="Report"/>) each partition's hashes are read back one block at a time into an
/// open-addressing table (at most 2 MB per core: a larger partition is read in several rounds, each
/// taking a slice of the hashes), and a hash met twice is a <em>candidate</em>: no sort, one probe per
/// hash. Only when there are candidates is the file read a second time, to collect the lines and text
/// of the ids with a candidate hash: ids whose text is on two or more lines are the repeats, and ids
/// that only share a hash (about one file in a hundred thousand at 15 million ids) are not reported.
/// A file without repeats is read once. A temporary folder that cannot be written is reported as such
/// (<see cref="IngestionMessages.TempFolderUnwritable"/>), and the file is rejected.
/// Each thread that reads rows records into its own instance (<see cref="ForAnotherThread"/>); any
/// instance reports for all of them.
/// </summary>
internal sealed class RepeatedIds : IDisposable
{
    private const int PartitionBits = 8;
    private const int Partitions = 1 << PartitionBits;
    private const int BlockLength = 256;

    /// <summary>Full blocks an instance keeps in memory before it opens its temporary file (256 × 2 kB = 512 kB).</summary>
    private const int DefaultHeldBlocks = 256;

    /// <summary>The most slots of the table a partition is read into (2 MB); a larger partition takes several rounds.</summary>
    private const int MaxTableSlots = 1 << 18;

    private readonly Group _group;
    private readonly int[] _filled = new int[Partitions];
    private readonly int[] _counts = new int[Partitions]; // hashes in full blocks
    private readonly List<ulong[]>?[] _held = new List<ulong[]>?[Partitions];
    private readonly List<long>?[] _spilled = new List<long>?[Partitions];
    private int _heldBlocks;
    private ulong[]? _buffer;
    private byte[] _utf8 = new byte[64];
    private FileStream? _spill;

    /// <summary>The check of one file, hashing ids with the default 64-bit hash.</summary>
    public RepeatedIds()
        : this(new Group(DefaultHash, Path.GetTempPath(), DefaultHeldBlocks))
    {
    }

    /// <summary>
    /// The check of one file with another hash (tests: a hash where every id collides), temporary files in
    /// <paramref name="tempFolder"/> (default: the system's) and at most <paramref name="heldBlocks"/> full
    /// blocks in memory per instance (0: every full block goes to the temporary file).
    /// </summary>
    internal RepeatedIds(Hash hash, string? tempFolder = null, int heldBlocks = DefaultHeldBlocks)
        : this(new Group(hash, tempFolder ?? Path.GetTempPath(), heldBlocks))
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

    /// <summary>The 64-bit hash of an id's UTF-8 bytes.</summary>
    internal delegate ulong Hash(ReadOnlySpan<byte> id);

    /// <summary>A recorder of the same check for another thread (thread-safe to call).</summary>
    public RepeatedIds ForAnotherThread() => new(_group);

    /// <summary>Notes <paramref name="id"/> (a non-empty, trimmed id) by its UTF-8 bytes; one thread per instance.</summary>
    public void Add(ReadOnlySpan<char> id)
    {
        var length = System.Text.Encoding.UTF8.GetMaxByteCount(id.Length);
        if (_utf8.Length < length)
        {
            _utf8 = new byte[Math.Max(length, _utf8.Length * 2)];
        }

        Add(_utf8.AsSpan(0, System.Text.Encoding.UTF8.GetBytes(id, _utf8)));
    }

    /// <summary>
    /// Notes an id given as its UTF-8 bytes (a non-empty, trimmed cell, <see cref="LineTable.Cell"/>): the
    /// same hash as <see cref="Add(ReadOnlySpan{char})"/> gives its characters; one thread per instance.
    /// Inlined into the readers' row loops (a full block goes out of line, <see cref="Keep"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(ReadOnlySpan<byte> id)
    {
        var hash = _group.HashOf(id);
        var buffer = _buffer ??= new ulong[Partitions * BlockLength];
        var partition = (int)(hash >> (64 - PartitionBits));
        var filled = _filled[partition];
        buffer[(partition * BlockLength) + filled] = hash;
        if (++filled == BlockLength)
        {
            Keep(partition);
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
            if (_group.Failure is { } failure)
            {
                issues.Error(0, 0, IngestionMessages.Format(IngestionMessages.TempFolderUnwritable, _group.TempFolder, failure), IngestionMessages.TempFolderUnwritableHint);
                return;
            }

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

    /// <summary>Deletes the temporary files of every instance of the check and lets go of its hashes.</summary>
    public void Dispose()
    {
        lock (_group.Members)
        {
            foreach (var member in _group.Members)
            {
                member._spill?.Dispose();
                member._spill = null;
                member._buffer = null;
                Array.Clear(member._held);
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
            var total = 0L;
            foreach (var member in members)
            {
                total += member._counts[partition] + member._filled[partition];
            }

            if (total < 2)
            {
                return;
            }

            // Rounds: a power of two, so that each holds at most half a table of hashes.
            var rounds = 1;
            while (total / rounds > MaxTableSlots / 2)
            {
                rounds *= 2;
            }

            var slots = (int)Math.Min(MaxTableSlots, Math.Max(16, BitOperations.RoundUpToPowerOf2((ulong)(2 * total / rounds))));
            var found = new HashSet<ulong>();
            var block = ArrayPool<ulong>.Shared.Rent(BlockLength);
            try
            {
                using var probe = new Probe(slots, rounds, found);
                for (var round = 0; round < rounds; round++)
                {
                    probe.Start(round);
                    foreach (var member in members)
                    {
                        member.Insert(partition, probe, block.AsSpan(0, BlockLength));
                    }
                }
            }
            finally
            {
                ArrayPool<ulong>.Shared.Return(block);
            }

            if (found.Count > 0)
            {
                lock (candidates)
                {
                    candidates.UnionWith(found);
                }
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
            if (table.FieldCount > column && candidates.Contains(_group.HashOf(table.Cell(column))))
            {
                var id = table.Field(column);
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

    /// <summary>Puts this instance's hashes of <paramref name="partition"/> into <paramref name="probe"/>'s table, one block at a time.</summary>
    private void Insert(int partition, Probe probe, Span<ulong> block)
    {
        foreach (var held in _held[partition] ?? [])
        {
            probe.AddAll(held);
        }

        foreach (var offset in _spilled[partition] ?? [])
        {
            RandomAccess.Read(_spill!.SafeFileHandle, MemoryMarshal.AsBytes(block), offset);
            probe.AddAll(block);
        }

        if (_buffer is not null)
        {
            probe.AddAll(_buffer.AsSpan(partition * BlockLength, _filled[partition]));
        }
    }

    /// <summary>
    /// Keeps the full block of <paramref name="partition"/>: in memory while this instance holds fewer
    /// than the group's limit of blocks, else in its temporary file (the held blocks go there first).
    /// After the temporary folder failed, hashes are no longer kept (the file is rejected).
    /// </summary>
    private void Keep(int partition)
    {
        _counts[partition] += BlockLength;
        var full = _buffer.AsSpan(partition * BlockLength, BlockLength);
        if (_spill is null && _heldBlocks < _group.HeldBlocks)
        {
            (_held[partition] ??= []).Add(full.ToArray());
            _heldBlocks++;
            return;
        }

        if (_group.Failure is not null || (_spill is null && !OpenSpill()))
        {
            return;
        }

        try
        {
            Write(partition, full);
        }
        catch (IOException e)
        {
            _group.Fail(e.Message);
        }
    }

    /// <summary>Opens the temporary file and moves the held blocks into it; false (and the group's failure set) when the folder refuses.</summary>
    private bool OpenSpill()
    {
        try
        {
            _spill = new FileStream(
                Path.Combine(_group.TempFolder, $"samverkan-ids-{Guid.NewGuid():N}.tmp"),
                FileMode.CreateNew,
                FileAccess.ReadWrite,
                FileShare.None,
                1 << 16,
                FileOptions.DeleteOnClose);
            for (var p = 0; p < Partitions; p++)
            {
                foreach (var held in _held[p] ?? [])
                {
                    Write(p, held);
                }

                _held[p] = null;
            }

            _heldBlocks = 0;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _group.Fail(e.Message);
            return false;
        }
    }

    /// <summary>Appends one block of <paramref name="partition"/> to the temporary file.</summary>
    private void Write(int partition, ReadOnlySpan<ulong> block)
    {
        (_spilled[partition] ??= []).Add(_spill!.Position);
        _spill.Write(MemoryMarshal.AsBytes(block));
    }

    /// <summary>
    /// A 64-bit hash of the id's UTF-8 bytes, sixteen bytes per 64 × 64 → 128-bit multiply, the two halves
    /// folded (the "mum" step of wyhash). The last (or only) sixteen bytes are read as two 8-byte words that
    /// may overlap the ones before (shorter ids as 4-byte or single bytes): no copy of a tail; the length,
    /// mixed in first and last, tells apart the ids those reads would otherwise confuse.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong DefaultHash(ReadOnlySpan<byte> id)
    {
        const ulong S0 = 0xA0761D6478BD642FUL, S1 = 0xE7037ED1A0B428DBUL, S2 = 0x8EBC6AF09C88C6E3UL;
        var length = id.Length;
        var h = S0 ^ (ulong)length;
        ulong a, b;
        if (length <= 16)
        {
            if (length >= 8)
            {
                (a, b) = (Word(id, 0), Word(id, length - 8));
            }
            else if (length >= 4)
            {
                (a, b) = (BinaryPrimitives.ReadUInt32LittleEndian(id), BinaryPrimitives.ReadUInt32LittleEndian(id[(length - 4)..]));
            }
            else
            {
                (a, b) = (length == 0 ? 0 : ((ulong)id[0] << 16) | ((ulong)id[length >> 1] << 8) | id[length - 1], 0);
            }
        }
        else if (length <= 32)
        {
            // The loop below for one turn (an id like 5000-K00000001-16), without the loop.
            h = Mum(Word(id, 0) ^ S1, Word(id, 8) ^ h);
            (a, b) = (Word(id, length - 16), Word(id, length - 8));
        }
        else
        {
            var at = 0;
            for (; length - at > 16; at += 16)
            {
                h = Mum(Word(id, at) ^ S1, Word(id, at + 8) ^ h);
            }

            (a, b) = (Word(id, length - 16), Word(id, length - 8));
        }

        h = Mum(a ^ S1, b ^ h);
        return Mum(h ^ S2, (ulong)length ^ S1);
    }

    private static ulong Word(ReadOnlySpan<byte> bytes, int at) => BinaryPrimitives.ReadUInt64LittleEndian(bytes[at..]);

    private static ulong Mum(ulong a, ulong b)
    {
        var high = Math.BigMul(a, b, out var low);
        return high ^ low;
    }

    /// <summary>
    /// One partition's table: open addressing (linear probing, 0 = empty; the hash 0 itself is counted
    /// aside) of the hashes whose round bits name the current round; a hash met again is a candidate. It
    /// doubles when half full, which a 64-bit hash of ids only needs when the partition's size was
    /// misjudged (a test's hash): memory is bounded by the rounds, correctness never depends on them.
    /// </summary>
    private sealed class Probe(int slots, int rounds, HashSet<ulong> found) : IDisposable
    {
        private readonly int _roundShift = 64 - PartitionBits - BitOperations.Log2((uint)rounds);
        private readonly ulong _roundMask = (ulong)rounds - 1;
        private ulong[] _table = ArrayPool<ulong>.Shared.Rent(slots);
        private int _slots = slots;
        private int _count;
        private int _zeros;
        private ulong _round;

        /// <summary>Starts round <paramref name="round"/> with an empty table.</summary>
        public void Start(int round)
        {
            _round = (ulong)round;
            _table.AsSpan(0, _slots).Clear();
            _count = 0;
            _zeros = 0;
        }

        public void AddAll(ReadOnlySpan<ulong> hashes)
        {
            foreach (var hash in hashes)
            {
                if (((hash >> _roundShift) & _roundMask) == _round)
                {
                    Add(hash);
                }
            }
        }

        public void Dispose() => ArrayPool<ulong>.Shared.Return(_table);

        private void Add(ulong hash)
        {
            if (hash == 0)
            {
                if (++_zeros >= 2)
                {
                    found.Add(0);
                }

                return;
            }

            if (Place(_table.AsSpan(0, _slots), hash))
            {
                found.Add(hash);
            }
            else if (++_count > _slots / 2)
            {
                Grow();
            }
        }

        /// <summary>Puts <paramref name="hash"/> in <paramref name="table"/>; true when it was there already.</summary>
        private static bool Place(Span<ulong> table, ulong hash)
        {
            // The low bits index the table (the top ones chose the partition and the round).
            var mask = table.Length - 1;
            var at = (int)hash & mask;
            while (true)
            {
                var slot = table[at];
                if (slot == 0)
                {
                    table[at] = hash;
                    return false;
                }

                if (slot == hash)
                {
                    return true;
                }

                at = (at + 1) & mask;
            }
        }

        private void Grow()
        {
            var larger = ArrayPool<ulong>.Shared.Rent(_slots * 2);
            var into = larger.AsSpan(0, _slots * 2);
            into.Clear();
            foreach (var hash in _table.AsSpan(0, _slots))
            {
                if (hash != 0)
                {
                    Place(into, hash);
                }
            }

            ArrayPool<ulong>.Shared.Return(_table);
            (_table, _slots) = (larger, _slots * 2);
        }
    }

    /// <summary>The instances of one file's check, their hash, where they spill and what went wrong there.</summary>
    private sealed class Group(Hash hash, string tempFolder, int heldBlocks)
    {
        private string? _failure;

        public List<RepeatedIds> Members { get; } = [];

        public string TempFolder { get; } = tempFolder;

        public int HeldBlocks { get; } = heldBlocks;

        /// <summary>Why the temporary folder could not be written (the first failure), or null.</summary>
        public string? Failure => Volatile.Read(ref _failure);

        // The default hash called directly, not through the delegate (a thunk and an indirect call per row).
        private readonly bool _default = hash == DefaultHash;

        public ulong HashOf(ReadOnlySpan<byte> id) => _default ? DefaultHash(id) : hash(id);

        public void Fail(string reason) => Interlocked.CompareExchange(ref _failure, reason, null);
    }
}
