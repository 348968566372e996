using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Samverkan.Analytics.Host.Web;

namespace Samverkan.Analytics.Host.Security;

/// <summary>
/// The login cookie's behaviour: browsers are sent to the login page, API calls (<c>/api/…</c> and
/// script requests) get 401 or 403 without a redirect, as Swedish problem details, a browser without
/// the role gets a Swedish 403 page, and a cookie whose account was removed or changed stops working.
/// (The refusals happen before the error pages' middleware in the pipeline, so they word their own answers.)
/// </summary>
internal sealed class SamverkanCookieEvents(UserAccountService accounts) : CookieAuthenticationEvents
{
    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (IsApiRequest(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return ErrorPages.WriteProblemAsync(context.HttpContext);
        }

        return base.RedirectToLogin(context);
    }

    public override async Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        if (IsApiRequest(context.Request))
        {
            await ErrorPages.WriteProblemAsync(context.HttpContext).ConfigureAwait(false);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(LoginPages.Forbidden(), context.HttpContext.RequestAborted).ConfigureAwait(false);
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var user = context.Principal;
        if (user?.Identity?.AuthenticationType == SamverkanClaims.OidcAuthenticationType)
        {
            return; // the identity provider owns the account; the cookie's lifetime bounds the session
        }

        if (!await accounts.IsSessionValidAsync(user?.FindFirstValue(ClaimTypes.Name), user?.FindFirstValue(SamverkanClaims.Stamp), context.HttpContext.RequestAborted).ConfigureAwait(false))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
        }
    }

    private static bool IsApiRequest(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || string.Equals(request.Headers.XRequestedWith, "XMLHttpRequest", StringComparison.Ordinal);
}
