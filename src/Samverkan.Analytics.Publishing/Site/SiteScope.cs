using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;

namespace Samverkan.Analytics.Publishing.Site;

/// <summary>
/// Which areas a published site shows (docs/security.md, "Area limits"): every area, or only some
/// (a viewer limited to areas gets a copy of the site published for their scope). A limited site
/// keeps the city's own rows as the comparator (the city line on charts, the city column), and
/// shows no other area anywhere: not in matrices, tables, charts, small multiples, spines,
/// profiles, downloads or <c>results.csv</c>, and not as a parent, successor or overlapping area.
/// </summary>
public sealed class SiteScope
{
    private readonly FrozenSet<string> _areaIds;

    private SiteScope(bool isLimited, IEnumerable<string> areaIds)
    {
        IsLimited = isLimited;
        _areaIds = areaIds.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every area (the site everyone without an area limit sees).</summary>
    public static SiteScope Everything { get; } = new(false, []);

    /// <summary>True when only <see cref="AreaIds"/> (and the city) are shown.</summary>
    public bool IsLimited { get; }

    /// <summary>The area ids shown besides the city when <see cref="IsLimited"/>; empty otherwise.</summary>
    public IReadOnlySet<string> AreaIds => _areaIds;

    /// <summary>
    /// A stable name for the scope, safe as a folder name: <c>alla</c>, or <c>omr-</c> and 16 hex
    /// digits of the SHA-256 of the sorted area ids (the same ids give the same key in any order).
    /// </summary>
    public string Key => IsLimited
        ? "omr-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', _areaIds.Select(a => a.ToLowerInvariant()).Order(StringComparer.Ordinal)))))[..16]
        : "alla";

    /// <summary>A scope of exactly <paramref name="areaIds"/> plus the city.</summary>
    /// <exception cref="ArgumentException">No area id is given.</exception>
    public static SiteScope Of(IEnumerable<string> areaIds)
    {
        ArgumentNullException.ThrowIfNull(areaIds);
        var ids = areaIds.Select(a => a.Trim()).Where(a => a.Length > 0).ToList();
        if (ids.Count == 0)
        {
            throw new ArgumentException("A limited site needs at least one area id.", nameof(areaIds));
        }

        return new SiteScope(true, ids);
    }

    /// <summary>True when the site may show <paramref name="areaId"/> (the city, named by <paramref name="cityAreaId"/>, always).</summary>
    public bool Shows(string areaId, string cityAreaId) =>
        !IsLimited || _areaIds.Contains(areaId) || string.Equals(areaId, cityAreaId, StringComparison.OrdinalIgnoreCase);
}
