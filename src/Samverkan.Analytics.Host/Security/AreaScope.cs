using System.Collections.Frozen;
using System.Security.Claims;

namespace Samverkan.Analytics.Host.Security;

/// <summary>
/// The areas a user may see: every area, or only the catalogue area ids listed for the user
/// (<see cref="SamverkanClaims.Areas"/>). Pages, downloads and API calls that show area data filter
/// through it: <c>AreaScope.For(http.User).WithComparator(catalog.CityAreaId).Filter(rows, r =&gt; r.AreaId)</c>.
/// Exactly the listed ids are allowed (no parents or children; the city only through
/// <see cref="WithComparator"/>), and a user who is not logged in is allowed none.
/// </summary>
public sealed class AreaScope
{
    private readonly FrozenSet<string> _areaIds;

    private AreaScope(bool isLimited, IEnumerable<string> areaIds)
    {
        IsLimited = isLimited;
        _areaIds = areaIds.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Every area.</summary>
    public static AreaScope Unlimited { get; } = new(false, []);

    /// <summary>No area at all (a user who is not logged in).</summary>
    public static AreaScope None { get; } = new(true, []);

    /// <summary>True when only <see cref="AreaIds"/> are allowed.</summary>
    public bool IsLimited { get; }

    /// <summary>The allowed area ids when <see cref="IsLimited"/>; empty otherwise.</summary>
    public IReadOnlySet<string> AreaIds => _areaIds;

    /// <summary>The scope of <paramref name="user"/>.</summary>
    public static AreaScope For(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true)
        {
            return None;
        }

        var claims = user.FindAll(SamverkanClaims.Areas).ToList();
        return claims.Count == 0
            ? Unlimited
            : Limited(claims.SelectMany(c => c.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
    }

    /// <summary>A scope of exactly <paramref name="areaIds"/> (none when empty).</summary>
    public static AreaScope Limited(IEnumerable<string> areaIds)
    {
        ArgumentNullException.ThrowIfNull(areaIds);
        return new AreaScope(true, areaIds);
    }

    /// <summary>
    /// This scope with the city's own rows added as the comparator (the rule of pages, downloads and
    /// API alike: a limited viewer sees their areas and the city, no other area). Unchanged when
    /// unlimited or when no area is allowed (a user who is not logged in).
    /// </summary>
    public AreaScope WithComparator(string cityAreaId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cityAreaId);
        return !IsLimited || _areaIds.Count == 0 || _areaIds.Contains(cityAreaId) ? this : new AreaScope(true, _areaIds.Append(cityAreaId));
    }

    /// <summary>True when the area may be shown.</summary>
    public bool Allows(string areaId) => !IsLimited || _areaIds.Contains(areaId);

    /// <summary>The items whose area may be shown, in their order (all of them when unlimited).</summary>
    public IReadOnlyList<T> Filter<T>(IEnumerable<T> items, Func<T, string> areaIdOf)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(areaIdOf);
        return IsLimited ? items.Where(i => _areaIds.Contains(areaIdOf(i))).ToList() : items as IReadOnlyList<T> ?? items.ToList();
    }
}
