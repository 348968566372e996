using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Digests;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Publishing.Digest;

/// <summary>
/// What a subscription may see: its areas (exactly those listed, nothing around them) and its
/// indicators (those listed plus those of its priority areas; all when both lists are empty).
/// Every row a digest shows passes <see cref="Filter"/> first.
/// </summary>
internal sealed class DigestScope
{
    private readonly HashSet<string> _areaIds;
    private readonly Dictionary<string, int> _indicatorOrder;
    private readonly Dictionary<string, string> _plainNames;

    private DigestScope(IReadOnlyList<Area> areas, IReadOnlyList<IndicatorDefinition> indicators, string cityAreaId)
    {
        AreaNames = areas.Select(a => a.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        Areas = areas.Select(a => areas.Count(o => string.Equals(o.Name, a.Name, StringComparison.OrdinalIgnoreCase)) > 1
            ? a with { Name = $"{a.Name} ({KindWord(a.Kind)})" }
            : a).ToList();
        Indicators = indicators;
        _plainNames = areas.ToDictionary(a => a.Id, a => a.Name, StringComparer.OrdinalIgnoreCase);
        _areaIds = areas.Select(a => a.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _indicatorOrder = indicators.Select((i, n) => (i.Id, n)).ToDictionary(x => x.Id, x => x.n, StringComparer.OrdinalIgnoreCase);
        IncludesCity = _areaIds.Contains(cityAreaId);
    }

    /// <summary>
    /// The subscription's areas, in catalogue order. Areas that share a name (Järva the district and
    /// Järva the local police area) carry their kind in the name: <c>Järva (lokalpolisområde)</c>.
    /// </summary>
    public IReadOnlyList<Area> Areas { get; }

    /// <summary>The areas' plain names, each once, for lists such as the subject line.</summary>
    public IReadOnlyList<string> AreaNames { get; }

    /// <summary>The indicators followed, in catalogue order.</summary>
    public IReadOnlyList<IndicatorDefinition> Indicators { get; }

    /// <summary>True when the city itself is one of the areas (only then may a chart show the city's line).</summary>
    public bool IncludesCity { get; }

    /// <summary>The scope of <paramref name="subscription"/> in <paramref name="catalog"/>; unknown ids are dropped (the loader reports them).</summary>
    public static DigestScope For(Catalog catalog, DigestSubscription subscription)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(subscription);
        var wanted = subscription.AreaIds.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var areas = catalog.Areas.Areas.Where(a => wanted.Contains(a.Id)).ToList();
        var priorities = subscription.PriorityAreaIds.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var listed = subscription.IndicatorIds.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var all = priorities.Count == 0 && listed.Count == 0;
        var indicators = catalog.AllIndicators
            .DistinctBy(i => i.Id, StringComparer.OrdinalIgnoreCase)
            .Where(i => all || listed.Contains(i.Id) || priorities.Contains(i.PriorityAreaId))
            .ToList();
        return new DigestScope(areas, indicators, catalog.CityAreaId);
    }

    /// <summary>The rows inside the scope, grouped by indicator and area.</summary>
    public Dictionary<(string Indicator, string Area), List<IndicatorResult>> Filter(IEnumerable<IndicatorResult> rows)
    {
        var result = new Dictionary<(string, string), List<IndicatorResult>>(StringTupleComparer.Instance);
        foreach (var row in rows)
        {
            if (!_areaIds.Contains(row.AreaId) || !_indicatorOrder.ContainsKey(row.IndicatorId))
            {
                continue;
            }

            var key = (row.IndicatorId, row.AreaId);
            if (!result.TryGetValue(key, out var list))
            {
                result[key] = list = [];
            }

            list.Add(row);
        }

        foreach (var list in result.Values)
        {
            list.Sort((a, b) => a.Period.CompareTo(b.Period));
        }

        return result;
    }

    /// <summary>An area's name as the catalogue has it (<c>Järva</c>), without the kind <see cref="Areas"/> may add.</summary>
    public string PlainName(Area area) => _plainNames.GetValueOrDefault(area.Id, area.Name);

    /// <summary>The kind of an area in a Swedish word.</summary>
    public static string KindWord(AreaKind kind) => Formatting.AreaLabels.Kind(kind);

    /// <summary>The indicator's position in catalogue order.</summary>
    public int IndicatorOrder(string indicatorId) => _indicatorOrder.GetValueOrDefault(indicatorId, int.MaxValue);

    /// <summary>Case-insensitive equality of (indicator, area) keys.</summary>
    private sealed class StringTupleComparer : IEqualityComparer<(string, string)>
    {
        public static readonly StringTupleComparer Instance = new();

        public bool Equals((string, string) x, (string, string) y) =>
            StringComparer.OrdinalIgnoreCase.Equals(x.Item1, y.Item1) && StringComparer.OrdinalIgnoreCase.Equals(x.Item2, y.Item2);

        public int GetHashCode((string, string) obj) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Item1), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Item2));
    }
}
