namespace Samverkan.Analytics.Host.Security;

/// <summary>
/// Headers on every response (set just before it starts, so error pages and redirects get them
/// too): a Content-Security-Policy without inline scripts, nosniff, no framing, a same-origin
/// referrer, and HSTS on HTTPS.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>The site and the login pages: scripts and styles only from files of this site.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The Hangfire dashboard writes style attributes in its pages; still no inline script.</summary>
    public const string DashboardContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // Decided now: the dashboard's middleware moves /hangfire into PathBase while it runs.
        var policy = context.Request.Path.StartsWithSegments("/hangfire", StringComparison.OrdinalIgnoreCase)
            ? DashboardContentSecurityPolicy
            : ContentSecurityPolicy;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000";
            }

            return Task.CompletedTask;
        });
        await next(context).ConfigureAwait(false);
    });
}
