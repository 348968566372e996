using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;
using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Host.Security;
using Samverkan.Analytics.Publishing.Site;

namespace Samverkan.Analytics.Host.Web;

/// <summary>
/// Serves the published site from the data directory's <c>site/</c> to users who see every area,
/// the copy of their scope (<see cref="ScopedSites"/>) to area-limited viewers, each file as its
/// pre-compressed copy when the browser accepts one (<see cref="CompressedSiteFiles"/>), and a Swedish
/// waiting page before the first publish.
/// </summary>
internal static class SiteEndpoints
{
    /// <summary>
    /// Browsers may keep a copy but must ask every time (a 304 is cheap): after a logout, or for
    /// another user of the same browser, a page must come from the server, never from the cache.
    /// </summary>
    public const string CacheControl = "private, no-cache";

    private const string WaitingPage = """
        <!doctype html>
        <html lang="sv"><head><meta charset="utf-8"><meta http-equiv="refresh" content="10">
        <title>Samverkan.Analytics – resultaten beräknas</title></head>
        <body><main><h1>Resultaten beräknas</h1>
        <p>Data läses in och indikatorerna beräknas. Sidan laddas om automatiskt om tio sekunder.</p>
        <p>Administratörer kan följa jobben under <a href="/hangfire">Jobb</a>.</p></main></body></html>
        """;

    public static void MapSamverkanSite(this WebApplication app)
    {
        var site = app.Services.GetRequiredService<DataDirectory>().Site;
        Directory.CreateDirectory(site);
        var scoped = ActivatorUtilities.CreateInstance<ScopedSites>(app.Services);

        // Which folder this request is served from: the full site for users who see every area, the
        // copy of their scope for area-limited viewers (made on their first request after a publish),
        // nothing for anyone else. The authorization middleware has already refused anonymous requests.
        app.Use(async (context, next) =>
        {
            var scope = AreaScope.For(context.User);
            SiteFiles.UseFolder(context.User.Identity?.IsAuthenticated != true ? null
                : !scope.IsLimited ? site
                : IsSiteRequest(context.Request) ? await scoped.FolderForAsync(scope, context.RequestAborted).ConfigureAwait(false)
                : null);
            await next(context).ConfigureAwait(false);
        });

        var files = new SiteFiles();
        var contentTypes = new FileExtensionContentTypeProvider();
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });

        // The pre-compressed copy when the browser accepts it (after the default file: "/" is "/index.html" by now).
        var compressed = new CompressedSiteFiles(contentTypes);
        app.Use(async (context, next) =>
        {
            if (!await compressed.TryServeAsync(context).ConfigureAwait(false))
            {
                await next(context).ConfigureAwait(false);
            }
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = contentTypes,
            ServeUnknownFileTypes = false,
            OnPrepareResponse = c =>
            {
                c.Context.Response.Headers.CacheControl = CacheControl;
                if (CompressedCopies.IsCompressible(c.File.Name))
                {
                    c.Context.Response.Headers.Vary = HeaderNames.AcceptEncoding; // the same path has compressed answers
                }
            },
        });

        // Before the first publish there is no index.html: say what is happening instead of a 404.
        // A middleware, not an endpoint: static files only serve requests that matched no endpoint.
        app.Use(async (context, next) =>
        {
            if (context.Request.Path == "/" && HttpMethods.IsGet(context.Request.Method))
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(WaitingPage, context.RequestAborted).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });
    }

    /// <summary>A request the site's files may answer (not the API, not the Hangfire dashboard): only these make an area copy.</summary>
    private static bool IsSiteRequest(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && !request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && !request.Path.StartsWithSegments("/hangfire", StringComparison.OrdinalIgnoreCase);
}
