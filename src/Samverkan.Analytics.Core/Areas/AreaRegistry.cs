namespace Samverkan.Analytics.Core.Areas;

/// <summary>
/// The catalogue's areas and crosswalk, with name resolution that honours each spelling's validity.
/// </summary>
public sealed class AreaRegistry
{
    private readonly Dictionary<string, Area> _byId;
    private readonly Dictionary<string, List<(Area Area, DateRange? AliasValidity)>> _byName;

    /// <summary>Builds the registry; ids must be unique.</summary>
    public AreaRegistry(IEnumerable<Area> areas, IEnumerable<AreaOverlap> overlaps)
    {
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(overlaps);
        Areas = areas.ToList();
        Overlaps = overlaps.ToList();
        _byId = Areas.ToDictionary(a => a.Id, StringComparer.OrdinalIgnoreCase);
        _byName = new Dictionary<string, List<(Area, DateRange?)>>(StringComparer.Ordinal);
        foreach (var area in Areas)
        {
            Add(area.Id, area, null);
            Add(area.Name, area, null);
            foreach (var alias in area.Aliases)
            {
                Add(alias.Name, area, alias.Validity == DateRange.Always ? null : alias.Validity);
            }
        }
    }

    /// <summary>All areas, in catalogue order.</summary>
    public IReadOnlyList<Area> Areas { get; }

    /// <summary>The district ↔ local-police-area crosswalk.</summary>
    public IReadOnlyList<AreaOverlap> Overlaps { get; }

    /// <summary>The area with this id, or null.</summary>
    public Area? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The area with this id, or an exception naming it.</summary>
    public Area Get(string id) => Find(id) ?? throw new KeyNotFoundException($"No area with id '{id}' in the catalogue.");

    /// <summary>Areas whose <see cref="Area.SuccessorId"/> is <paramref name="id"/>.</summary>
    public IReadOnlyList<Area> PredecessorsOf(string id) =>
        Areas.Where(a => string.Equals(a.SuccessorId, id, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>Areas whose parent is <paramref name="id"/>.</summary>
    public IReadOnlyList<Area> ChildrenOf(string id) =>
        Areas.Where(a => string.Equals(a.ParentId, id, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>Areas of a kind that exist on some day of the period.</summary>
    public IEnumerable<Area> OfKind(AreaKind kind, DateOnly start, DateOnly end) =>
        Areas.Where(a => a.Kind == kind && a.ExistsDuring(start, end));

    /// <summary>
    /// Resolves a name, id or alias as written in a file for a period [<paramref name="start"/>,
    /// <paramref name="end"/>]. <paramref name="kind"/> narrows the candidates (a file's
    /// <c>area_kind</c> column or the <c>--area-kind</c> option).
    /// </summary>
    public AreaResolution Resolve(string name, DateOnly start, DateOnly end, AreaKind? kind = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!_byName.TryGetValue(AreaNames.Normalize(name), out var matches))
        {
            return new AreaResolution(AreaResolutionStatus.Unknown, null, []);
        }

        var candidates = matches.Where(m => kind is null || m.Area.Kind == kind).ToList();
        if (candidates.Count == 0)
        {
            return new AreaResolution(AreaResolutionStatus.Unknown, null, matches.Select(m => m.Area).Distinct().ToList());
        }

        // A bare name shared by areas of several kinds (Järva the district and Järva the police area)
        // is ambiguous even when only one of them exists in the period: the file may mean the other.
        var kinds = candidates.Select(m => m.Area.Kind).Distinct().Count();
        if (kinds > 1)
        {
            return new AreaResolution(AreaResolutionStatus.Ambiguous, null, candidates.Select(m => m.Area).Distinct().ToList());
        }

        var valid = candidates
            .Where(m => m.AliasValidity is { } v ? v.Overlaps(start, end) : m.Area.ExistsDuring(start, end))
            .Select(m => m.Area)
            .Distinct()
            .ToList();
        var distinctAreas = candidates.Select(m => m.Area).Distinct().ToList();
        if (valid.Count == 1)
        {
            return new AreaResolution(AreaResolutionStatus.Resolved, valid[0], []);
        }

        if (valid.Count > 1)
        {
            return new AreaResolution(AreaResolutionStatus.Ambiguous, null, valid);
        }

        return distinctAreas.Count == 1
            ? new AreaResolution(AreaResolutionStatus.NotValidForPeriod, distinctAreas[0], [])
            : new AreaResolution(AreaResolutionStatus.NotValidForPeriod, null, distinctAreas);
    }

    private void Add(string name, Area area, DateRange? validity)
    {
        var key = AreaNames.Normalize(name);
        if (!_byName.TryGetValue(key, out var list))
        {
            _byName[key] = list = [];
        }

        if (!list.Contains((area, validity)))
        {
            list.Add((area, validity));
        }
    }
}
