using System.Security.Claims;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Users;

namespace Samverkan.Analytics.Host.Security;

/// <summary>
/// Turns the claims of an OpenID Connect login into our principal: the name, the highest role that
/// <see cref="OidcOptions.Roles"/> gives, and the areas of <see cref="OidcOptions.AreaClaim"/>. It
/// fails closed: no role, or area claims of which none is known, refuse the login (an unknown area
/// must never widen a limited person to every area).
/// </summary>
internal static class OidcClaimsMapper
{
    /// <summary>The principal for <paramref name="claims"/>, or the reason (Swedish-free, for the log) the login is refused.</summary>
    public static (ClaimsPrincipal? Principal, string? Refusal) Map(IEnumerable<Claim> claims, OidcOptions options, AreaRegistry areas)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(areas);
        var list = claims.ToList();
        var name = Value(list, options.NameClaim) ?? Value(list, "email") ?? Value(list, "sub");
        if (string.IsNullOrWhiteSpace(name))
        {
            return (null, $"the token has no {options.NameClaim}, email or sub claim");
        }

        var roleValues = Values(list, options.RoleClaim).ToHashSet(StringComparer.Ordinal);
        UserRole? role = null;
        foreach (var (ourRole, theirs) in options.Roles)
        {
            if (UserRoles.TryParse(ourRole, out var candidate) && theirs.Any(roleValues.Contains) && (role is null || candidate > role))
            {
                role = candidate;
            }
        }

        if (role is not { } granted)
        {
            return (null, $"no value of the {options.RoleClaim} claim is mapped to a role (Samverkan:Authentication:Oidc:Roles)");
        }

        var areaValues = Values(list, options.AreaClaim).ToList();
        var areaIds = areaValues
            .SelectMany(v => options.Areas.TryGetValue(v, out var mapped) ? mapped : [v])
            .Where(id => areas.Find(id) is not null)
            .Select(id => areas.Find(id)!.Id)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (areaValues.Count > 0 && areaIds.Count == 0)
        {
            return (null, $"the {options.AreaClaim} claim names no catalogue area, so the login is refused rather than widened to every area");
        }

        var ours = new List<Claim>
        {
            new(ClaimTypes.Name, name),
            new(ClaimTypes.Role, granted.ToName()),
        };
        if (areaIds.Count > 0)
        {
            ours.Add(new Claim(SamverkanClaims.Areas, string.Join(',', areaIds)));
        }

        return (new ClaimsPrincipal(new ClaimsIdentity(ours, SamverkanClaims.OidcAuthenticationType, ClaimTypes.Name, ClaimTypes.Role)), null);
    }

    private static string? Value(List<Claim> claims, string type) => Values(claims, type).FirstOrDefault();

    /// <summary>The values of a claim type; a JSON array or comma-separated value gives several.</summary>
    private static IEnumerable<string> Values(List<Claim> claims, string type) =>
        claims.Where(c => string.Equals(c.Type, type, StringComparison.Ordinal))
            .SelectMany(c => c.Value.Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => v.Trim('"'))
            .Where(v => v.Length > 0);
}
