using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Periods;

namespace Samverkan.Analytics.Ingestion.Csv.Areas;

/// <summary>
/// Resolves area cells through the catalogue (<see cref="AreaRegistry.Resolve"/>), caching by
/// name, period and kind, and finds the closest catalogue names for an unknown one. A name the
/// catalogue does not know is tried once more without diacritics (<c>Spanga-Tensta</c>,
/// <c>Hagersten-Alvsjo</c>), when that matches the spellings of exactly one area.
/// </summary>
internal sealed class AreaLookup(AreaRegistry registry)
{
    private readonly Dictionary<(string Name, Period? Period, AreaKind? Kind), AreaResolution> _cache = [];
    private Dictionary<string, (string Spelling, string AreaId)[]>? _bySlug;

    /// <summary>The registry.</summary>
    public AreaRegistry Registry => registry;

    /// <summary>
    /// Resolves <paramref name="name"/> for <paramref name="period"/>; without a period only
    /// <see cref="AreaResolutionStatus.Unknown"/> is meaningful.
    /// </summary>
    public AreaResolution Resolve(string name, Period? period, AreaKind? kind) => Resolve(name, period, kind, keepResolved: true);

    /// <summary>
    /// <see cref="Resolve(string, Period?, AreaKind?)"/>, keeping a clean resolution in the cache only when
    /// <paramref name="keepResolved"/>: <see cref="AreaCellCache"/> keeps the area id of those itself, and
    /// at Sweden scale (290 municipalities × 120 months, on each core) a second copy of them was megabytes
    /// held for nothing.
    /// </summary>
    public AreaResolution Resolve(string name, Period? period, AreaKind? kind, bool keepResolved)
    {
        var key = (AreaNames.Normalize(name), period, kind);
        if (!_cache.TryGetValue(key, out var resolution))
        {
            var (start, end) = period is { } p ? (p.Start, p.End) : (DateOnly.MinValue, DateOnly.MaxValue);
            resolution = registry.Resolve(name, start, end, kind);
            if (resolution.Status == AreaResolutionStatus.Unknown && resolution.Candidates.Count == 0 && SpellingWithoutDiacritics(name) is { } spelling)
            {
                resolution = registry.Resolve(spelling, start, end, kind);
            }

            if (keepResolved || resolution.Status != AreaResolutionStatus.Resolved)
            {
                _cache[key] = resolution;
            }
        }

        return resolution;
    }

    /// <summary>The catalogue spelling that <paramref name="name"/> matches once diacritics are ignored, if it names one area.</summary>
    private string? SpellingWithoutDiacritics(string name)
    {
        _bySlug ??= registry.Areas
            .SelectMany(a => new[] { a.Id, a.Name }.Concat(a.Aliases.Select(x => x.Name)).Select(s => (Slug: AreaNames.Slug(s), Spelling: s, AreaId: a.Id)))
            .Where(t => t.Slug.Length > 0)
            .GroupBy(t => t.Slug, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(t => (t.Spelling, t.AreaId)).ToArray(), StringComparer.Ordinal);
        var slug = AreaNames.Slug(name);
        return _bySlug.TryGetValue(slug, out var matches) && matches.Select(m => m.AreaId).Distinct(StringComparer.Ordinal).Count() == 1
            ? matches[0].Spelling
            : null;
    }

    /// <summary>Up to three areas whose id, name or alias is closest to <paramref name="name"/>, as "Name (id)".</summary>
    public IReadOnlyList<string> Closest(string name)
    {
        var wanted = AreaNames.Normalize(name);
        if (wanted.Length == 0)
        {
            return [];
        }

        var limit = Math.Max(2, wanted.Length / 3);
        return registry.Areas
            .Select(a => (Area: a, Distance: new[] { a.Id, a.Name }.Concat(a.Aliases.Select(x => x.Name)).Min(s => Distance(wanted, AreaNames.Normalize(s)))))
            .Where(t => t.Distance <= limit)
            .OrderBy(t => t.Distance)
            .ThenBy(t => t.Area.Name, StringComparer.Ordinal)
            .Take(3)
            .Select(t => Describe(t.Area))
            .ToList();
    }

    /// <summary>"Järva (sdo-jarva, district)".</summary>
    public static string DescribeWithKind(Area area) => $"{area.Name} ({area.Id}, {area.Kind.ToName()})";

    /// <summary>"Järva (sdo-jarva)".</summary>
    public static string Describe(Area area) => $"{area.Name} ({area.Id})";

    /// <summary>Edit distance, with a part of a longer name (Tensta in Spånga-Tensta) counted as close.</summary>
    internal static int Distance(string a, string b)
    {
        if (a.Length >= 4 && b.Contains(a, StringComparison.Ordinal))
        {
            return 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
