using Hangfire;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Samverkan.Analytics.Core.Users;
using Samverkan.Analytics.Host.Configuration;
using Samverkan.Analytics.Storage;
using Samverkan.Analytics.Storage.Users;

namespace Samverkan.Analytics.Host.Security;

/// <summary>
/// Login and roles (DESIGN §5, docs/security.md): cookie authentication against local accounts, a
/// fallback policy that makes every endpoint and static file need a logged-in user, the
/// <see cref="Policies"/>, anti-forgery, security headers and the first start's admin.
/// </summary>
internal static class SecurityExtensions
{
    /// <summary>The login cookie's name.</summary>
    public const string CookieName = "Samverkan.Auth";

    /// <summary>The anti-forgery cookie's name.</summary>
    public const string AntiforgeryCookieName = "Samverkan.Antiforgery";

    /// <summary>Registers the security services (call after <c>AddSamverkan</c>).</summary>
    /// <exception cref="StartupException">A configured initial admin password is not usable.</exception>
    public static void AddSamverkanSecurity(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(SecurityOptions.SectionName).Get<SecurityOptions>() ?? new SecurityOptions();
        options.InitialAdminPassword ??= Environment.GetEnvironmentVariable(SecurityOptions.AdminPasswordVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : null;
        if (options.InitialAdminPassword is not null && Passwords.Problem(options.InitialAdminPassword) is { } problem)
        {
            throw new StartupException($"{SecurityOptions.AdminPasswordVariable} (Samverkan:Security:InitialAdminPassword) går inte att använda: {problem}");
        }

        if (options.MaxFailedLogins < 1 || options.LockoutMinutes < 1 || options.SessionHours < 1)
        {
            throw new StartupException("Samverkan:Security: MaxFailedLogins, LockoutMinutes och SessionHours måste vara minst 1 var.");
        }

        var services = builder.Services;
        services.AddSingleton(Options.Create(options));

        // Login and anti-forgery cookies are encrypted with these keys: kept with the data, so a
        // restart keeps people logged in; hosts that share a database must share this folder too.
        var keys = options.KeysDirectory is { Length: > 0 } configuredKeys
            ? Path.GetFullPath(configuredKeys)
            : Path.Combine((builder.Configuration.GetSection(SamverkanOptions.SectionName).Get<SamverkanOptions>() ?? new SamverkanOptions()).DataDirectory().Root, "keys");
        CreateOwnerOnlyDirectory(keys);
        services.AddDataProtection().SetApplicationName("Samverkan.Analytics").PersistKeysToFileSystem(new DirectoryInfo(keys));

        services.AddSingleton<IUserStore>(sp => new SqlUserStore(sp.GetRequiredService<StorageBundle>().Connections));
        services.AddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
        services.AddSingleton<UserAccountService>();
        services.AddSingleton<SamverkanCookieEvents>();
        services.AddHostedService<InitialAdmin>();

        var authentication = services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.Name = CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax; // Strict would drop the cookie when a digest email's link opens the site
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = LoginEndpoints.LoginPath;
            o.ReturnUrlParameter = LoginPages.ReturnUrlField;
            o.ExpireTimeSpan = TimeSpan.FromHours(options.SessionHours);
            o.SlidingExpiration = true;
            o.EventsType = typeof(SamverkanCookieEvents);
        });
        OidcLogin.Add(builder, authentication); // off unless Samverkan:Authentication:Oidc:Authority is set

        services.AddAuthorization(o =>
        {
            o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            o.AddPolicy(Policies.Admin, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin));
            o.AddPolicy(Policies.Analyst, p => p.RequireAuthenticatedUser().RequireRole(Roles.Analyst, Roles.Admin));
            o.AddPolicy(Policies.AllAreas, p => p.RequireAuthenticatedUser().RequireAssertion(c => !AreaScope.For(c.User).IsLimited));
        });

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = AntiforgeryCookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SuppressXFrameOptionsHeader = true; // SecurityHeaders sends DENY on every response
        });
    }

    private static void CreateOwnerOnlyDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    /// <summary>
    /// The security middleware, in the order that keeps everything behind the login: headers,
    /// routing, authentication, authorization, anti-forgery; then the login endpoints. Call it
    /// right after <c>Build()</c>, before anything that serves files.
    /// </summary>
    public static void UseSamverkanSecurity(this WebApplication app)
    {
        app.UseSecurityHeaders();

        // Routing first, so authorization sees each endpoint's metadata (AllowAnonymous, policies);
        // authorization before the static files, so the fallback policy covers them (they have no endpoint).
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapLoginEndpoints();
    }

    /// <summary>The Hangfire dashboard at <paramref name="path"/>, for admins who see every area only (the policies and Hangfire's own filter).</summary>
    public static IEndpointConventionBuilder MapAdminHangfireDashboard(this WebApplication app, string path) =>
        app.MapHangfireDashboard(path, new DashboardOptions
        {
            Authorization = [new AdminDashboardAuthorizationFilter()],
            AppPath = "/",
            DashboardTitle = "Samverkan.Analytics – jobb",
        }).RequireAuthorization(Policies.Admin, Policies.AllAreas);
}
