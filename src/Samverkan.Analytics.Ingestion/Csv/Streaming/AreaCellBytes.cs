using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Ingestion.Csv.Areas;

namespace Samverkan.Analytics.Ingestion.Csv.Streaming;

/// <summary>
/// <see cref="AreaCellCache"/> looked up by the cells' UTF-8 bytes: the area id of an area cell (and
/// optional area_kind cell) in a period, without decoding or allocating once the cells were met in
/// that period. Per cell (or pair of cells with an area kind) the ids are kept in an array by period
/// (periods of one kind, as a reader's rows have), so a row costs one hash of the cells and an array
/// read. Cells met for the first time in a period is decoded and asked of <see cref="AreaCellCache"/>; only what resolves
/// cleanly is remembered, and anything else answers false (the caller's slow path reports it).
/// </summary>
internal sealed class AreaCellBytes(AreaCellCache cells)
{
    /// <summary>At most this many periods from a pair's first to its last (10 years of months is 160).</summary>
    private const int MaxSpan = 4096;

    private readonly ByteKeyTable<Periods> _byLabel = new();
    private readonly ByteKeyTable<Periods> _byLabelAndKind = new();
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private byte[] _key = new byte[256];
    private char[] _chars = new char[256];

    /// <summary>
    /// The area id of <paramref name="label"/> (with <paramref name="kindText"/>, may be empty) in
    /// <paramref name="period"/>, when it resolves cleanly, and a number for it (the same for the same id
    /// in this cache, counted from 0).
    /// </summary>
    public bool TryResolve(ReadOnlySpan<byte> label, ReadOnlySpan<byte> kindText, Period period, out string areaId, out int areaNumber)
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

        if (!table.TryGetValue(key, out var periods))
        {
            periods = new Periods(period.Kind);
            table.Set(key, periods);
        }

        var ordinal = (period.Year * 16) + period.Part;
        if (periods.Kind == period.Kind && periods.TryGet(ordinal, out areaId, out areaNumber))
        {
            return true;
        }

        if (!Resolve(label, kindText, period, out areaId))
        {
            return false;
        }

        if (!_numbers.TryGetValue(areaId, out areaNumber))
        {
            _numbers[areaId] = areaNumber = _numbers.Count;
        }

        if (periods.Kind == period.Kind)
        {
            periods.Set(ordinal, areaId, areaNumber);
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

    /// <summary>The area ids (and their numbers) of one pair of cells by period ordinal (year × 16 + part).</summary>
    private sealed class Periods(PeriodKind kind)
    {
        private int _offset;
        private (string? Id, int Number)[] _ids = [];

        public PeriodKind Kind { get; } = kind;

        public bool TryGet(int ordinal, out string areaId, out int areaNumber)
        {
            var i = ordinal - _offset;
            (areaId, areaNumber) = (uint)i < (uint)_ids.Length && _ids[i].Id is { } id ? (id, _ids[i].Number) : ("", -1);
            return areaNumber >= 0;
        }

        public void Set(int ordinal, string areaId, int areaNumber)
        {
            if (_ids.Length == 0)
            {
                (_offset, _ids) = (ordinal, new (string?, int)[16]);
            }

            var low = Math.Min(ordinal, _offset);
            var high = Math.Max(ordinal, _offset + _ids.Length - 1);
            if (high - low + 1 > MaxSpan)
            {
                return;
            }

            if (low < _offset || high >= _offset + _ids.Length)
            {
                var grown = new (string?, int)[Math.Max(high - low + 1, _ids.Length * 2)];
                _ids.CopyTo(grown, _offset - low);
                (_offset, _ids) = (low, grown);
            }

            _ids[ordinal - _offset] = (areaId, areaNumber);
        }
    }
}
