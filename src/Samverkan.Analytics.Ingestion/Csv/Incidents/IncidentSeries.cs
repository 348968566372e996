namespace Samverkan.Analytics.Ingestion.Csv.Incidents;

/// <summary>
/// The incidents of one area × category per month (month number = year × 12 + month) and the rows
/// they came from, over the months seen, grown at either end as the file goes on. Each month's total,
/// first and last line sit side by side in one array (three <c>int</c>s), so counting a row touches one
/// cache line instead of one in each of three arrays (at Sweden scale a piece holds ≈ 2 300 series, too
/// many for the cache). Rows are counted in an <see cref="IncidentCell"/> first, which adds a month here
/// when the rows move on to another month.
/// </summary>
internal sealed class IncidentSeries(string area, string category, int month)
{
    private const int Total = 0;
    private const int FirstLine = 1;
    private const int LastLine = 2;

    private int _offset = month;

    // The months that may hold a count: a reused series moves them inside its array rather than growing it.
    private int _low = month;
    private int _high = month;
    private int[] _cells = new int[16 * 3];

    /// <summary>The area id.</summary>
    public string Area { get; private set; } = area;

    /// <summary>The category id.</summary>
    public string Category { get; private set; } = category;

    /// <summary>The first month the series holds room for.</summary>
    public int FirstMonth => _offset;

    private int Capacity => _cells.Length / 3;

    /// <summary>Empties the series for another area × category from <paramref name="month"/> (its array kept).</summary>
    public void Reuse(string area, string category, int month)
    {
        // Only the months used can hold anything (the rest is kept empty): a series sized for ten years
        // that met one month clears three ints, not 360.
        _cells.AsSpan((_low - _offset) * 3, (_high - _low + 1) * 3).Clear();
        (Area, Category, _offset, _low, _high) = (area, category, month, month, month);
    }

    /// <summary>Counts <paramref name="count"/> incidents of <paramref name="month"/> from line <paramref name="firstLine"/> to <paramref name="lastLine"/> (after the lines already counted).</summary>
    public void Add(int month, int count, int firstLine, int lastLine)
    {
        var i = Place(month); // before reading _cells: placing a month may replace the array
        var cells = _cells.AsSpan(i * 3, 3);
        if (cells[Total] == 0)
        {
            cells[FirstLine] = firstLine;
        }

        cells[Total] += count;
        cells[LastLine] = lastLine;
    }

    /// <summary>The index of <paramref name="month"/>'s cells, growing the array and widening the counted range to hold it.</summary>
    private int Place(int month)
    {
        var i = month - _offset;
        if ((uint)i >= (uint)Capacity)
        {
            i = Grow(month);
        }

        if (month < _low)
        {
            _low = month;
        }
        else if (month > _high)
        {
            _high = month;
        }

        return i;
    }

    /// <summary>Adds the counts of the same series in a later piece of the file, its lines moved by <paramref name="lineOffset"/>.</summary>
    public void Merge(IncidentSeries piece, int lineOffset)
    {
        for (var j = 0; j < piece.Capacity; j++)
        {
            var from = piece._cells.AsSpan(j * 3, 3);
            if (from[Total] == 0)
            {
                continue;
            }

            var i = Place(piece._offset + j); // before reading _cells: placing a month may replace the array
            var to = _cells.AsSpan(i * 3, 3);
            if (to[Total] == 0)
            {
                to[FirstLine] = from[FirstLine] + lineOffset;
            }

            to[Total] += from[Total];
            to[LastLine] = from[LastLine] + lineOffset;
        }
    }

    /// <summary>The month's count with its first and last line (count 0 when none).</summary>
    public (int Total, int FirstLine, int LastLine) At(int month)
    {
        var i = month - _offset;
        return (uint)i < (uint)Capacity ? (_cells[(i * 3) + Total], _cells[(i * 3) + FirstLine], _cells[(i * 3) + LastLine]) : (0, 0, 0);
    }

    private int Grow(int month)
    {
        var (usedLow, usedHigh) = (Math.Min(month, _low), Math.Max(month, _high));
        if (usedHigh - usedLow + 1 <= Capacity)
        {
            // Room enough (a reused series' array): the months with counts moved, nothing allocated.
            var offset = month < _offset ? usedLow : usedHigh - Capacity + 1;
            var count = _high - _low + 1;
            var (from, to) = (_low - _offset, _low - offset);
            Array.Copy(_cells, from * 3, _cells, to * 3, count * 3);
            _cells.AsSpan(0, to * 3).Clear();
            _cells.AsSpan((to + count) * 3).Clear();
            (_offset, _low, _high) = (offset, usedLow, usedHigh);
            return month - _offset;
        }

        (_low, _high) = (usedLow, usedHigh);
        var low = Math.Min(month, _offset);
        var high = Math.Max(month, _offset + Capacity - 1);
        var length = Math.Max(high - low + 1, Capacity * 2);
        var grown = new int[length * 3];
        _cells.CopyTo(grown, (_offset - low) * 3);
        (_cells, _offset) = (grown, low);
        return month - _offset;
    }
}
