using System.Security.Claims;
using Samverkan.Analytics.Core.Users;

namespace Samverkan.Analytics.Host.Security;

/// <summary>
/// The claims of a logged-in user: <see cref="ClaimTypes.Name"/> (the login name), one
/// <see cref="ClaimTypes.Role"/> (<c>admin</c>, <c>analyst</c> or <c>viewer</c>), <see cref="Areas"/>
/// when the user is limited to some areas, and <see cref="Stamp"/>.
/// </summary>
public static class SamverkanClaims
{
    /// <summary>The area ids the user may see, comma-separated; absent when the user sees every area.</summary>
    public const string Areas = "samverkan:areas";

    /// <summary>The account's security stamp when the cookie was issued.</summary>
    public const string Stamp = "samverkan:stamp";

    /// <summary>The authentication type of the identity.</summary>
    public const string AuthenticationType = "samverkan-local";

    /// <summary>The authentication type of an identity from an OpenID Connect login (no local account, no stamp).</summary>
    public const string OidcAuthenticationType = "samverkan-oidc";

    /// <summary>True when <paramref name="user"/> is logged in with at least <paramref name="role"/> (admin ⊇ analyst ⊇ viewer).</summary>
    public static bool HasAtLeast(this ClaimsPrincipal user, UserRole role)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.IsAuthenticated == true
            && user.FindAll(ClaimTypes.Role).Any(c => UserRoles.TryParse(c.Value, out var held) && held >= role);
    }

    /// <summary>The principal for <paramref name="account"/>.</summary>
    internal static ClaimsPrincipal CreatePrincipal(UserAccount account)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, account.Name),
            new(ClaimTypes.Role, account.Role.ToName()),
            new(Stamp, account.SecurityStamp),
        };
        if (account.IsAreaLimited)
        {
            claims.Add(new Claim(Areas, string.Join(',', account.AreaIds)));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, AuthenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }
}
