using System.Runtime.CompilerServices;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Ingestion.Csv.Areas;

namespace Samverkan.Analytics.Ingestion.Csv.Streaming;

/// <summary>
/// <see cref="AreaCellCache"/> looked up by the cells' UTF-8 bytes: the area id of an area cell (and
/// optional area_kind cell) in a period, without decoding or allocating once the cells were met in
/// that period. Per cell (or pair of cells with an area kind) the ids are kept in an array by period
/// (periods of one kind, as a reader's rows have), so a row costs one hash of the cells and an array
/// read; the period of a pair's last hit and its id's number sit side by side in one small array, which
/// answers the rows of a file in date order without the periods. Cells met for the first time in a
/// period are decoded and asked of <see cref="AreaCellCache"/>; only what resolves cleanly is
/// remembered, and anything else answers false (the caller's slow path reports it).
/// </summary>
internal sealed class AreaCellBytes(AreaCellCache cells)
{
    /// <summary>At most this many periods from a pair's first to its last (10 years of months is 160).</summary>
    private const int MaxSpan = 4096;

    // The cells' number (in order of first meeting) by their bytes: the label alone, or label and kind.
    private readonly ByteKeyTable<int> _byLabel = new();
    private readonly ByteKeyTable<int> _byLabelAndKind = new();
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<Periods> _periods = [];

    // By the cells' number: the period (Key) and area number of their last hit, side by side in one small
    // array. A file in date order repeats a cell's period for thousands of rows, so a row mostly ends
    // here, without reaching the periods (an object and an array per cell, spread over the heap).
    private Last[] _last = new Last[16];

    // The ids by their number: a pair's periods hold only the number (4 bytes a period, not a 16-byte
    // id and number), so the periods of a few hundred areas stay in the cache.
    private string[] _ids = new string[16];
    private byte[] _key = new byte[256];
    private char[] _chars = new char[256];

    /// <summary>
    /// The area id of <paramref name="label"/> (with <paramref name="kindText"/>, may be empty) in
    /// <paramref name="period"/>, when it resolves cleanly, and a number for it (the same for the same id
    /// in this cache, counted from 0).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryResolve(ReadOnlySpan<byte> label, ReadOnlySpan<byte> kindText, in Period period, out string areaId, out int areaNumber)
    {
        // The common row, inlined into the reader's: a label without an area kind, in its last hit's period.
        if (kindText.IsEmpty && !label.IsEmpty && _byLabel.TryGetValue(label, out var pair) && _last[pair].Key == PeriodKey(period))
        {
            areaNumber = _last[pair].Number;
            areaId = _ids[areaNumber];
            return true;
        }

        return TryResolveOnce(label, kindText, period, out areaId, out areaNumber);
    }

    /// <summary>The period and its kind as one number for one compare (0 is no period: the kind's part is at least 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PeriodKey(in Period period) => (((period.Year * 16) + period.Part) << 3) | ((int)period.Kind + 1);

    /// <summary><see cref="TryResolve"/> for cells met for the first time, or first in this period.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryResolveOnce(ReadOnlySpan<byte> label, ReadOnlySpan<byte> kindText, Period period, out string areaId, out int areaNumber)
    {
        (areaId, areaNumber) = ("", -1);
        if (label.IsEmpty)
        {
            return false;
        }

        // Without an area kind the label is the key; with one, both cells joined by a unit separator (another table).
        var table = _byLabel;
        var key = label;
        if (!kindText.IsEmpty)
        {
            var length = label.Length + 1 + kindText.Length;
            if (length > _key.Length)
            {
                _key = new byte[Math.Max(length, _key.Length * 2)];
            }

            label.CopyTo(_key);
            _key[label.Length] = 0x1F;
            kindText.CopyTo(_key.AsSpan(label.Length + 1));
            table = _byLabelAndKind;
            key = _key.AsSpan(0, length);
        }

        if (!table.TryGetValue(key, out var pair))
        {
            table.Set(key, pair = _periods.Count);
            _periods.Add(new Periods(period.Kind));
            if (pair >= _last.Length)
            {
                Array.Resize(ref _last, _last.Length * 2);
            }
        }

        var ordinal = (period.Year * 16) + period.Part;
        var periodKey = PeriodKey(period);
        ref var last = ref _last[pair];
        if (last.Key == periodKey)
        {
            areaNumber = last.Number;
            areaId = _ids[areaNumber];
            return true;
        }

        var periods = _periods[pair];
        if (periods.Kind == period.Kind && (areaNumber = periods.Get(ordinal)) >= 0)
        {
            areaId = _ids[areaNumber];
            (last.Key, last.Number) = (periodKey, areaNumber);
            return true;
        }

        if (!Resolve(label, kindText, period, out areaId))
        {
            return false;
        }

        if (!_numbers.TryGetValue(areaId, out areaNumber))
        {
            _numbers[areaId] = areaNumber = _numbers.Count;
            if (areaNumber >= _ids.Length)
            {
                Array.Resize(ref _ids, _ids.Length * 2);
            }

            _ids[areaNumber] = areaId;
        }

        if (periods.Kind == period.Kind && periods.Set(ordinal, areaNumber))
        {
            (last.Key, last.Number) = (periodKey, areaNumber);
        }

        return true;
    }

    /// <summary>The cells decoded and resolved by <see cref="AreaCellCache"/>.</summary>
    private bool Resolve(ReadOnlySpan<byte> label, ReadOnlySpan<byte> kindText, Period period, out string areaId)
    {
        var most = System.Text.Encoding.UTF8.GetMaxCharCount(label.Length + kindText.Length);
        if (most > _chars.Length)
        {
            _chars = new char[Math.Max(most, _chars.Length * 2)];
        }

        var labelLength = System.Text.Encoding.UTF8.GetChars(label, _chars);
        var kindLength = System.Text.Encoding.UTF8.GetChars(kindText, _chars.AsSpan(labelLength));
        return cells.TryResolve(_chars.AsSpan(0, labelLength), _chars.AsSpan(labelLength, kindLength), period, out areaId);
    }

    /// <summary>The numbers of the area ids of one pair of cells by period ordinal (year × 16 + part).</summary>
    private sealed class Periods(PeriodKind kind)
    {
        private int _offset;

        // The area's number + 1 (0: not resolved yet).
        private int[] _numbers = [];

        public PeriodKind Kind { get; } = kind;

        /// <summary>The area's number in period <paramref name="ordinal"/>, or -1.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int Get(int ordinal)
        {
            var i = ordinal - _offset;
            return (uint)i < (uint)_numbers.Length ? _numbers[i] - 1 : -1;
        }

        /// <summary>Keeps the area's number for period <paramref name="ordinal"/>; false when it is too far from the others to keep.</summary>
        public bool Set(int ordinal, int areaNumber)
        {
            if (_numbers.Length == 0)
            {
                (_offset, _numbers) = (ordinal, new int[16]);
            }

            var low = Math.Min(ordinal, _offset);
            var high = Math.Max(ordinal, _offset + _numbers.Length - 1);
            if (high - low + 1 > MaxSpan)
            {
                return false;
            }

            if (low < _offset || high >= _offset + _numbers.Length)
            {
                var grown = new int[Math.Max(high - low + 1, _numbers.Length * 2)];
                _numbers.CopyTo(grown, _offset - low);
                (_offset, _numbers) = (low, grown);
            }

            _numbers[ordinal - _offset] = areaNumber + 1;
            return true;
        }
    }

    /// <summary>The last period a pair of cells was resolved in (0: none) and its area's number.</summary>
    private struct Last
    {
        public int Key;
        public int Number;
    }
}
