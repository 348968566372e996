using System.Buffers.Binary;
using System.Numerics;

namespace Samverkan.Analytics.Ingestion.Csv.Streaming;

/// <summary>
/// A small table keyed by a cell's UTF-8 bytes, looked up without allocating: open addressing with
/// linear probing over a power-of-two array, a 64-bit hash of the bytes and an exact compare of the
/// stored copy. Meant for the few hundred distinct values of a category, area or year column; one
/// thread at a time.
/// </summary>
/// <typeparam name="TValue">What a key maps to.</typeparam>
internal sealed class ByteKeyTable<TValue>
{
    private byte[]?[] _keys = new byte[16][];
    private ulong[] _hashes = new ulong[16];
    private TValue[] _values = new TValue[16];
    private int _count;

    /// <summary>The number of keys.</summary>
    public int Count => _count;

    /// <summary>The value stored for <paramref name="key"/>, if any.</summary>
    public bool TryGetValue(ReadOnlySpan<byte> key, out TValue value)
    {
        var hash = Hash(key);
        var mask = _keys.Length - 1;
        for (var i = (int)hash & mask; ; i = (i + 1) & mask)
        {
            var stored = _keys[i];
            if (stored is null)
            {
                value = default!;
                return false;
            }

            if (_hashes[i] == hash && key.SequenceEqual(stored))
            {
                value = _values[i];
                return true;
            }
        }
    }

    /// <summary>Stores <paramref name="value"/> for <paramref name="key"/> (replacing what was there).</summary>
    public void Set(ReadOnlySpan<byte> key, TValue value)
    {
        if ((_count + 1) * 2 > _keys.Length)
        {
            Grow();
        }

        var hash = Hash(key);
        var mask = _keys.Length - 1;
        var i = (int)hash & mask;
        while (_keys[i] is { } stored)
        {
            if (_hashes[i] == hash && key.SequenceEqual(stored))
            {
                _values[i] = value;
                return;
            }

            i = (i + 1) & mask;
        }

        (_keys[i], _hashes[i], _values[i]) = (key.ToArray(), hash, value);
        _count++;
    }

    /// <summary>
    /// A 64-bit hash of <paramref name="key"/>, eight bytes at a time (multiply–rotate); the last one to
    /// seven bytes read at once (an overlapping 8-byte read, or 4 + 4 / 2 + 1 bytes), not byte by byte.
    /// </summary>
    private static ulong Hash(ReadOnlySpan<byte> key)
    {
        var h = 0x9E3779B97F4A7C15UL ^ (ulong)key.Length;
        var whole = key;
        while (key.Length >= 8)
        {
            h = BitOperations.RotateLeft((h ^ BinaryPrimitives.ReadUInt64LittleEndian(key)) * 0xBF58476D1CE4E5B9UL, 29);
            key = key[8..];
        }

        ulong tail = key.Length switch
        {
            0 => 0,
            _ when whole.Length >= 8 => BinaryPrimitives.ReadUInt64LittleEndian(whole[^8..]),
            >= 4 => BinaryPrimitives.ReadUInt32LittleEndian(key) | ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(key[^4..]) << 32),
            >= 2 => BinaryPrimitives.ReadUInt16LittleEndian(key) | ((ulong)key[^1] << 16),
            _ => key[0],
        };

        h = (h ^ tail) * 0x94D049BB133111EBUL;
        return h ^ (h >> 29);
    }

    private void Grow()
    {
        var (keys, hashes, values) = (_keys, _hashes, _values);
        var length = keys.Length * 2;
        (_keys, _hashes, _values) = (new byte[length][], new ulong[length], new TValue[length]);
        var mask = length - 1;
        for (var j = 0; j < keys.Length; j++)
        {
            if (keys[j] is not { } key)
            {
                continue;
            }

            var i = (int)hashes[j] & mask;
            while (_keys[i] is not null)
            {
                i = (i + 1) & mask;
            }

            (_keys[i], _hashes[i], _values[i]) = (key, hashes[j], values[j]);
        }
    }
}
