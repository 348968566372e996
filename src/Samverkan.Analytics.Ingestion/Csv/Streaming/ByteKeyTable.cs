using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Samverkan.Analytics.Ingestion.Csv.Streaming;

/// <summary>
/// A small table keyed by a cell's UTF-8 bytes, looked up without allocating: open addressing with
/// linear probing over a power-of-two array, a 64-bit hash of the bytes and an exact compare. Meant for
/// the few hundred distinct values of a category, area or year column; one thread at a time.
/// <para>
/// A key of up to 16 bytes is held as its length and two 8-byte words (its first and last eight bytes,
/// overlapping; shorter keys packed the same way), which say exactly which key it is: a row's lookup
/// reads the cell once into those words, hashes them and compares them, with no loop over the bytes and
/// no call to compare arrays (most category labels and area names are that short). Longer keys are
/// hashed eight bytes at a time and compared with the stored copy.
/// </para>
/// </summary>
/// <typeparam name="TValue">What a key maps to.</typeparam>
internal sealed class ByteKeyTable<TValue>
{
    private const int ShortKey = 16;

    private Entry[] _entries = new Entry[16];
    private byte[]?[] _keys = new byte[16][];
    private TValue[] _values = new TValue[16];
    private int _count;

    /// <summary>The number of keys.</summary>
    public int Count => _count;

    /// <summary>The value stored for <paramref name="key"/>, if any (inlined: a row looks up two or three cells).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ReadOnlySpan<byte> key, out TValue value)
    {
        var (head, tail) = Words(key);
        var hash = Hash(key, head, tail);
        var mask = _entries.Length - 1;
        for (var i = (int)hash & mask; ; i = (i + 1) & mask)
        {
            ref var entry = ref _entries[i];
            if (!entry.Used)
            {
                value = default!;
                return false;
            }

            if (entry.Hash == hash && entry.Head == head && entry.Tail == tail && entry.Length == key.Length
                && (key.Length <= ShortKey || SameLongKey(key, _keys[i]!)))
            {
                value = _values[i];
                return true;
            }
        }
    }

    /// <summary>Stores <paramref name="value"/> for <paramref name="key"/> (replacing what was there).</summary>
    public void Set(ReadOnlySpan<byte> key, TValue value)
    {
        if ((_count + 1) * 2 > _entries.Length)
        {
            Grow();
        }

        var (head, tail) = Words(key);
        var hash = Hash(key, head, tail);
        var mask = _entries.Length - 1;
        var i = (int)hash & mask;
        while (_entries[i].Used)
        {
            ref var entry = ref _entries[i];
            if (entry.Hash == hash && entry.Head == head && entry.Tail == tail && entry.Length == key.Length && key.SequenceEqual(_keys[i]))
            {
                _values[i] = value;
                return;
            }

            i = (i + 1) & mask;
        }

        _entries[i] = new Entry { Used = true, Length = key.Length, Head = head, Tail = tail, Hash = hash };
        (_keys[i], _values[i]) = (key.ToArray(), value);
        _count++;
    }

    /// <summary>The first and last eight bytes of <paramref name="key"/> (overlapping; a shorter key packed into <c>head</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong Head, ulong Tail) Words(ReadOnlySpan<byte> key) => key.Length switch
    {
        >= 8 => (BinaryPrimitives.ReadUInt64LittleEndian(key), BinaryPrimitives.ReadUInt64LittleEndian(key[^8..])),
        >= 4 => (BinaryPrimitives.ReadUInt32LittleEndian(key) | ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(key[^4..]) << 32), 0),
        >= 2 => (BinaryPrimitives.ReadUInt16LittleEndian(key) | ((ulong)key[^1] << 16), 0),
        1 => (key[0], 0),
        _ => (0, 0),
    };

    /// <summary>
    /// A 64-bit hash of <paramref name="key"/>'s length and words (multiply–rotate); a longer key adds
    /// the eight bytes in its middle, not every eight bytes: the table's few hundred keys rarely share
    /// their length, start, middle and end, and a lookup compares the whole key anyway (a loop over the
    /// words of a 45-byte category label cost more than the compare).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Hash(ReadOnlySpan<byte> key, ulong head, ulong tail)
    {
        var h = 0x9E3779B97F4A7C15UL ^ (ulong)key.Length;
        if (key.Length > ShortKey)
        {
            h = BitOperations.RotateLeft((h ^ BinaryPrimitives.ReadUInt64LittleEndian(key[((key.Length / 2) - 4)..])) * 0xBF58476D1CE4E5B9UL, 29);
        }

        h = BitOperations.RotateLeft((h ^ head) * 0xBF58476D1CE4E5B9UL, 29);
        h = (h ^ tail) * 0x94D049BB133111EBUL;
        return h ^ (h >> 29);
    }

    /// <summary>
    /// True when a key longer than <see cref="ShortKey"/> has the bytes of <paramref name="stored"/> (of
    /// the same length): up to 64 bytes (a category label) as two overlapping vectors from each end,
    /// inline, not a call per row.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SameLongKey(ReadOnlySpan<byte> key, byte[] stored)
    {
        ref var a = ref MemoryMarshal.GetReference(key);
        ref var b = ref MemoryMarshal.GetArrayDataReference(stored);
        var last = (nuint)key.Length;
        if (key.Length <= 32)
        {
            return Vector128.LoadUnsafe(ref a) == Vector128.LoadUnsafe(ref b)
                && Vector128.LoadUnsafe(ref a, last - 16) == Vector128.LoadUnsafe(ref b, last - 16);
        }

        if (key.Length <= 64)
        {
            return Vector256.LoadUnsafe(ref a) == Vector256.LoadUnsafe(ref b)
                && Vector256.LoadUnsafe(ref a, last - 32) == Vector256.LoadUnsafe(ref b, last - 32);
        }

        return key.SequenceEqual(stored);
    }

    private void Grow()
    {
        var (entries, keys, values) = (_entries, _keys, _values);
        var length = entries.Length * 2;
        (_entries, _keys, _values) = (new Entry[length], new byte[length][], new TValue[length]);
        var mask = length - 1;
        for (var j = 0; j < entries.Length; j++)
        {
            if (!entries[j].Used)
            {
                continue;
            }

            var i = (int)entries[j].Hash & mask;
            while (_entries[i].Used)
            {
                i = (i + 1) & mask;
            }

            (_entries[i], _keys[i], _values[i]) = (entries[j], keys[j], values[j]);
        }
    }

    /// <summary>What a lookup compares, side by side in one cache line.</summary>
    private struct Entry
    {
        public ulong Hash;
        public ulong Head;
        public ulong Tail;
        public int Length;
        public bool Used;
    }
}
