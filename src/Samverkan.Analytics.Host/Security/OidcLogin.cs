using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Users;
using Samverkan.Analytics.Host.Configuration;

namespace Samverkan.Analytics.Host.Security;

/// <summary>
/// OpenID Connect as a settings-only option (<see cref="OidcOptions"/>): the login page gets a
/// second button that POSTs (with its anti-forgery token) to <c>/logga-in</c>, which challenges the
/// provider; the provider's answer at <see cref="OidcOptions.CallbackPath"/> is mapped by
/// <see cref="OidcClaimsMapper"/> and signed in with the same cookie as a local login. Local
/// accounts keep working, and nothing changes while the settings are empty.
/// </summary>
internal static class OidcLogin
{
    private static readonly string[] Known = [UserRole.Admin.ToName(), UserRole.Analyst.ToName(), UserRole.Viewer.ToName()];

    /// <summary>Reads and checks the settings; adds the handler when they turn OpenID Connect on.</summary>
    /// <exception cref="StartupException">The settings are incomplete or wrong (every problem, each naming its setting).</exception>
    public static OidcOptions Add(WebApplicationBuilder builder, AuthenticationBuilder authentication)
    {
        var options = builder.Configuration.GetSection(OidcOptions.SectionName).Get<OidcOptions>() ?? new OidcOptions();
        options.ClientSecret ??= Environment.GetEnvironmentVariable(OidcOptions.ClientSecretVariable) is { Length: > 0 } secret ? secret : null;
        var catalog = builder.Services.FirstOrDefault(d => d.ServiceType == typeof(Catalog))?.ImplementationInstance as Catalog;
        if (Problems(options, catalog) is { Count: > 0 } problems)
        {
            throw new StartupException("Inställningarna för OpenID Connect är inte giltiga; inget startades. Rätta följande och starta igen:"
                + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  " + p)));
        }

        builder.Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        if (!options.Enabled)
        {
            return options;
        }

        authentication.AddOpenIdConnect(OidcOptions.Scheme, options.DisplayName, o =>
        {
            o.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            o.Authority = options.Authority;
            o.ClientId = options.ClientId;
            o.ClientSecret = options.ClientSecret;
            o.CallbackPath = options.CallbackPath;
            o.RequireHttpsMetadata = options.RequireHttpsMetadata;
            o.ResponseType = OpenIdConnectResponseType.Code; // authorization code with PKCE
            o.UsePkce = true;
            o.MapInboundClaims = false; // keep the token's claim names (roles, preferred_username), which the settings name
            o.SaveTokens = false;
            o.Scope.Clear();
            o.Scope.Add("openid");
            o.Scope.Add("profile");
            o.Scope.Add("email");
            o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Events = new OpenIdConnectEvents
            {
                OnTokenValidated = context =>
                {
                    var areas = context.HttpContext.RequestServices.GetRequiredService<Catalog>().Areas;
                    var (principal, refusal) = OidcClaimsMapper.Map(context.Principal?.Claims ?? [], options, areas);
                    if (principal is null)
                    {
                        context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OidcLogin))
                            .LogWarning("OpenID Connect login refused: {Reason}", refusal);
                        context.Fail(refusal ?? "refused");
                        return Task.CompletedTask;
                    }

                    context.Principal = principal;
                    context.Properties ??= new AuthenticationProperties();
                    context.Properties.IsPersistent = false;
                    return Task.CompletedTask;
                },
                OnRemoteFailure = context =>
                {
                    context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OidcLogin))
                        .LogWarning("OpenID Connect login failed: {Reason}", context.Failure?.Message);
                    context.Response.Redirect(LoginEndpoints.LoginPath + "?" + LoginEndpoints.OidcFailedParameter + "=1");
                    context.HandleResponse();
                    return Task.CompletedTask;
                },
            };
        });
        return options;
    }

    /// <summary>What is wrong with the settings, each line naming its setting; empty when they are fine (or OpenID Connect is off and nothing else is set).</summary>
    public static IReadOnlyList<string> Problems(OidcOptions options, Catalog? catalog)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string S = OidcOptions.SectionName;
        var problems = new List<string>();
        if (!options.Enabled)
        {
            if (!string.IsNullOrWhiteSpace(options.ClientId) || options.Roles.Count > 0)
            {
                problems.Add($"{S}:Authority är tom, men {S}:ClientId eller {S}:Roles är satt: sätt Authority (leverantörens issuer-URL) för att slå på OpenID Connect, eller ta bort de andra inställningarna.");
            }

            return problems;
        }

        if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority) || authority.Scheme is not ("https" or "http"))
        {
            problems.Add($"{S}:Authority är ingen fullständig URL: skriv leverantörens issuer, t.ex. https://login.microsoftonline.com/<tenant>/v2.0.");
        }
        else if (authority.Scheme == "http" && options.RequireHttpsMetadata)
        {
            problems.Add($"{S}:Authority måste använda https (bara en testleverantör får använda http, med {S}:RequireHttpsMetadata satt till false).");
        }

        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            problems.Add($"{S}:ClientId är tom: skriv applikationens (klientens) id som registrerats hos leverantören.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            problems.Add($"{S}:ClientSecret är tom: sätt miljövariabeln {OidcOptions.ClientSecretVariable} (aldrig i en incheckad fil).");
        }

        if (!options.CallbackPath.StartsWith('/') || options.CallbackPath.StartsWith(LoginEndpoints.LoginPath, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"{S}:CallbackPath måste vara en egen sökväg, till exempel /signin-oidc.");
        }

        if (options.Roles.Count == 0 || options.Roles.All(r => r.Value is not { Length: > 0 }))
        {
            problems.Add($"{S}:Roles anger ingen roll: lista leverantörens rollvärden för admin, analyst och/eller viewer, t.ex. {S}:Roles:viewer:0=Samverkan.Viewer.");
        }

        problems.AddRange(options.Roles.Keys.Where(k => !Known.Contains(k, StringComparer.OrdinalIgnoreCase))
            .Select(k => $"{S}:Roles:{k} är ingen roll: använd {string.Join(", ", Known)}."));
        if (string.IsNullOrWhiteSpace(options.RoleClaim) || string.IsNullOrWhiteSpace(options.NameClaim) || string.IsNullOrWhiteSpace(options.AreaClaim))
        {
            problems.Add($"{S}:RoleClaim, NameClaim och AreaClaim får inte vara tomma.");
        }

        if (catalog is not null)
        {
            problems.AddRange(options.Areas.SelectMany(a => (a.Value ?? []).Where(id => catalog.Areas.Find(id) is null)
                .Select(id => $"{S}:Areas:{a.Key} anger {id}, som inte är något områdes-id i katalogen.")));
        }

        return problems;
    }
}
