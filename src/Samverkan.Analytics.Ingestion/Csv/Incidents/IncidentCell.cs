namespace Samverkan.Analytics.Ingestion.Csv.Incidents;

/// <summary>
/// The count of one area × category in the month its rows are in now, and the series the months before
/// went to. A piece counts into a flat array of these (a few dozen kB for Sweden's 290 municipalities ×
/// 8 categories, so it stays in the cache), and its series, whose months are spread over the heap, is
/// touched once per month instead of once per row.
/// </summary>
internal struct IncidentCell
{
    /// <summary>The series of the area × category (null until its first row).</summary>
    public IncidentSeries? Series;

    /// <summary>The month counted now (year × 12 + month).</summary>
    public int Month;

    /// <summary>The incidents of <see cref="Month"/> not yet in <see cref="Series"/> (0: none).</summary>
    public int Total;

    private int _firstLine;
    private int _lastLine;

    /// <summary>Counts the incidents of <paramref name="month"/> from now on (the pending month moved to the series).</summary>
    public void Start(int month)
    {
        Flush();
        Month = month;
    }

    /// <summary>Counts one incident of <see cref="Month"/> on <paramref name="line"/> (lines rise).</summary>
    public void Add(int line)
    {
        if (Total++ == 0)
        {
            _firstLine = line;
        }

        _lastLine = line;
    }

    /// <summary>Adds the pending month to the series.</summary>
    public void Flush()
    {
        if (Total != 0)
        {
            Series!.Add(Month, Total, _firstLine, _lastLine);
            Total = 0;
        }
    }
}
