namespace Samverkan.Analytics.Ingestion.Csv.Incidents;

/// <summary>
/// The series of the pieces already merged, emptied for the pieces still to be read: a piece holds
/// a series per area × category it met (thousands at Sweden scale), which lived just long enough to
/// be promoted and then died, so they are reused rather than made anew for every piece. Shared by the
/// cores: taken while a piece is read, given back when it is merged.
/// </summary>
internal sealed class IncidentSeriesPool
{
    private readonly Stack<IncidentSeries> _free = [];

    /// <summary>An empty series of <paramref name="area"/> × <paramref name="category"/> from <paramref name="month"/>.</summary>
    public IncidentSeries Rent(string area, string category, int month)
    {
        IncidentSeries? series;
        lock (_free)
        {
            _free.TryPop(out series);
        }

        if (series is null)
        {
            return new IncidentSeries(area, category, month);
        }

        series.Reuse(area, category, month);
        return series;
    }

    /// <summary>Takes back the series of a merged piece (no longer read).</summary>
    public void Return(IEnumerable<IncidentSeries> pieceSeries)
    {
        lock (_free)
        {
            foreach (var series in pieceSeries)
            {
                _free.Push(series);
            }
        }
    }
}
