using Microsoft.Extensions.FileProviders;
using Samverkan.Analytics.Core.Configuration;

namespace Samverkan.Analytics.Host.Web;

/// <summary>Serves the published site from the data directory's <c>site/</c>, and a Swedish waiting page before the first publish.</summary>
internal static class SiteEndpoints
{
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

        // The site folder is swapped by rename on publish; a provider that resolves paths per request
        // (no caching, no watching) always serves the current one.
        var files = new PhysicalFileProvider(site, Microsoft.Extensions.FileProviders.Physical.ExclusionFilters.Sensitive) { UsePollingFileWatcher = false };
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = false });

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
}
