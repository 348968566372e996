using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;

namespace Samverkan.Analytics.Ingestion.Csv.Checks;

/// <summary>
/// The stored total populations per area and year (all ages, both sexes), used to check a
/// publisher's rate column against its counts. A year without a value falls back to the year
/// before (publishers differ in the reference date of the denominator).
/// </summary>
public sealed class PopulationTable
{
    private readonly Dictionary<(string AreaId, int Year), double> _values;

    private PopulationTable(Dictionary<(string AreaId, int Year), double> values)
    {
        _values = values;
    }

    /// <summary>A table without populations: no rate is checked.</summary>
    public static PopulationTable Empty { get; } = new([]);

    /// <summary>The number of area-years.</summary>
    public int Count => _values.Count;

    /// <summary>The yearly total populations among <paramref name="observations"/> (other values are ignored).</summary>
    public static PopulationTable From(IEnumerable<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var values = new Dictionary<(string, int), double>();
        foreach (var o in observations)
        {
            if (o.Dataset == Dataset.Population && o.Subject == "total" && o.Breakdown == "total"
                && o.Period.Kind == Core.Periods.PeriodKind.Year && o.Value is > 0 and var value)
            {
                values[(o.AreaId, o.Period.Year)] = value;
            }
        }

        return new PopulationTable(values);
    }

    /// <summary>The population of <paramref name="areaId"/> in <paramref name="year"/>, else the year before.</summary>
    /// <param name="areaId">The catalogue's area id.</param>
    /// <param name="year">The year.</param>
    /// <param name="foundYear">The year the value is for.</param>
    /// <param name="population">The population.</param>
    /// <returns>False when neither year has a value.</returns>
    public bool TryFind(string areaId, int year, out int foundYear, out double population)
    {
        foreach (var y in new[] { year, year - 1 })
        {
            if (_values.TryGetValue((areaId, y), out population))
            {
                foundYear = y;
                return true;
            }
        }

        foundYear = 0;
        population = 0;
        return false;
    }
}
