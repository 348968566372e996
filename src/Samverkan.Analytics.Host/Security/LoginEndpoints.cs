using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Samverkan.Analytics.Host.Security;

/// <summary>
/// <c>GET/POST /logga-in</c> and <c>/logga-in.css</c> (the only anonymous endpoints besides
/// <c>/health</c>), and <c>GET/POST /logga-ut</c>: the GET shows a form with a button, so a static
/// page can log out through a plain link to <c>/logga-ut</c>.
/// </summary>
internal static class LoginEndpoints
{
    public const string LoginPath = "/logga-in";
    public const string LogoutPath = "/logga-ut";

    /// <summary>The query parameter of the login page that starts an OpenID Connect login (<c>/logga-in?oidc=1</c>).</summary>
    public const string OidcParameter = "oidc";

    /// <summary>The query parameter with which a failed OpenID Connect login comes back to the login page.</summary>
    public const string OidcFailedParameter = "oidcfel";

    public static void MapLoginEndpoints(this WebApplication app)
    {
        app.MapGet(LoginStyle.Path, (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(LoginStyle.Css, "text/css; charset=utf-8");
        }).AllowAnonymous();

        app.MapGet(LoginPath, (HttpContext http, IAntiforgery antiforgery, IOptions<SecurityOptions> options, IOptions<OidcOptions> oidcOptions,
            string? returnUrl, string? utloggad, string? oidc, string? oidcfel) =>
        {
            if (http.User.Identity?.IsAuthenticated == true)
            {
                return Results.Redirect(SafeReturnUrl(returnUrl));
            }

            // The identity provider's login (a top-level navigation, so the CSP's form-action does not apply).
            if (oidc is not null && oidcOptions.Value.Enabled)
            {
                return Results.Challenge(new AuthenticationProperties { RedirectUri = SafeReturnUrl(returnUrl) }, [OidcOptions.Scheme]);
            }

            var notice = utloggad is not null ? LoginPages.Notice.LoggedOut : oidcfel is not null ? LoginPages.Notice.OidcFailed : LoginPages.Notice.None;
            return LoginPage(http, antiforgery, options.Value, returnUrl, null, notice, StatusCodes.Status200OK);
        }).AllowAnonymous();

        app.MapPost(LoginPath, async (HttpContext http, IAntiforgery antiforgery, UserAccountService accounts, IOptions<SecurityOptions> options, CancellationToken ct) =>
        {
            if (!http.Request.HasFormContentType)
            {
                return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
            }

            var form = await http.Request.ReadFormAsync(ct).ConfigureAwait(false);
            string? returnUrl = form[LoginPages.ReturnUrlField];
            string? typedName = form[LoginPages.UserNameField];
            if (!await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false))
            {
                return LoginPage(http, antiforgery, options.Value, returnUrl, typedName, LoginPages.Notice.Expired, StatusCodes.Status400BadRequest);
            }

            var result = await accounts.LoginAsync(typedName, form[LoginPages.PasswordField], ct).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                return LoginPage(http, antiforgery, options.Value, returnUrl, typedName, LoginPages.Notice.Failed, StatusCodes.Status400BadRequest);
            }

            var target = SafeReturnUrl(returnUrl);
            await http.SignInAsync(
                CookieAuthenticationDefaults.AuthenticationScheme,
                SamverkanClaims.CreatePrincipal(result.Account!),
                new AuthenticationProperties { IsPersistent = false, AllowRefresh = true, RedirectUri = target }).ConfigureAwait(false);
            return Results.Redirect(target);
        }).AllowAnonymous();

        app.MapGet(LogoutPath, (HttpContext http, IAntiforgery antiforgery) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            var name = http.User.FindFirstValue(ClaimTypes.Name) ?? "";
            return Results.Content(LoginPages.Logout(tokens.FormFieldName, tokens.RequestToken ?? "", name), "text/html; charset=utf-8");
        });

        app.MapPost(LogoutPath, async (HttpContext http, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false))
            {
                return Results.Redirect(LogoutPath);
            }

            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
            return Results.Redirect(LoginPath + "?utloggad=1");
        });
    }

    /// <summary>
    /// <paramref name="returnUrl"/> when it is a path on this site (one leading slash, no scheme, no
    /// backslash), else <c>/</c>: a login link can never send the user to another site.
    /// </summary>
    internal static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Contains('\\', StringComparison.Ordinal) && !url.Any(char.IsControl)
        && !url.StartsWith(LoginPath, StringComparison.OrdinalIgnoreCase) && !url.StartsWith(LogoutPath, StringComparison.OrdinalIgnoreCase)
            ? url
            : "/";

    private static IResult LoginPage(HttpContext http, IAntiforgery antiforgery, SecurityOptions options, string? returnUrl, string? typedName, LoginPages.Notice notice, int status)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var oidc = http.RequestServices.GetService<IOptions<OidcOptions>>()?.Value is { Enabled: true } configured ? configured.DisplayName : null;
        var html = LoginPages.Login(tokens.FormFieldName, tokens.RequestToken ?? "", returnUrl is null ? null : SafeReturnUrl(returnUrl), typedName, notice, options, oidc);
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
