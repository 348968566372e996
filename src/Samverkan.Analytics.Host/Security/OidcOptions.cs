namespace Samverkan.Analytics.Host.Security;

/// <summary>
/// The <c>Samverkan:Authentication:Oidc</c> settings (docs/security.md, "OpenID Connect"): log in
/// with the city's identity provider (e.g. Entra ID) besides the local accounts. Off while
/// <see cref="Authority"/> is empty.
/// </summary>
public sealed class OidcOptions
{
    /// <summary>The section name.</summary>
    public const string SectionName = "Samverkan:Authentication:Oidc";

    /// <summary>The environment variable that may hold <see cref="ClientSecret"/>.</summary>
    public const string ClientSecretVariable = "SAMVERKAN_OIDC_CLIENT_SECRET";

    /// <summary>The authentication scheme's name.</summary>
    public const string Scheme = "oidc";

    /// <summary>The issuer, e.g. <c>https://login.microsoftonline.com/{tenant}/v2.0</c>; empty: OpenID Connect is off (the default).</summary>
    public string? Authority { get; set; }

    /// <summary>The application (client) id registered at the provider.</summary>
    public string? ClientId { get; set; }

    /// <summary>The client secret: from the environment (<c>SAMVERKAN_OIDC_CLIENT_SECRET</c>) or a secret store, never a committed file.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The path the provider sends people back to. The default value is <c>/signin-oidc</c>.</summary>
    public string CallbackPath { get; set; } = "/signin-oidc";

    /// <summary>The button's text on the login page. The default value is "Logga in med stadens konto".</summary>
    public string DisplayName { get; set; } = "Logga in med stadens konto";

    /// <summary>The claim that names the person. The default value is <c>preferred_username</c> (then <c>email</c>, then <c>sub</c>).</summary>
    public string NameClaim { get; set; } = "preferred_username";

    /// <summary>The claim whose values <see cref="Roles"/> maps. The default value is <c>roles</c> (Entra ID's app roles).</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>Our role (<c>admin</c>, <c>analyst</c>, <c>viewer</c>) → the role claim values that give it; the highest match wins, no match refuses the login.</summary>
    public Dictionary<string, string[]> Roles { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The claim that limits a person to areas. The default value is <c>samverkan_areas</c>; absent: every area.</summary>
    public string AreaClaim { get; set; } = "samverkan_areas";

    /// <summary>An area claim value (e.g. a group) → catalogue area ids; a value not listed here must itself be an area id (comma-separated values are split).</summary>
    public Dictionary<string, string[]> Areas { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the provider's metadata must come over HTTPS. The default value is true; only a test provider may turn it off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>True when OpenID Connect is configured (an <see cref="Authority"/> is set).</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}
