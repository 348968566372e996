using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;
using Samverkan.Analytics.Publishing.Site;

namespace Samverkan.Analytics.Host.Web;

/// <summary>
/// Serves a site file's pre-compressed copy (<see cref="CompressedCopies"/>, written at publish time
/// beside it) to a request that accepts its encoding (<see cref="ContentEncodings"/>: Brotli before gzip at equal weight), from the
/// folder chosen for the request's user (<see cref="SiteFiles"/>), so an area-limited viewer only
/// ever gets their own copy's files. The answer has the original's Content-Type, <c>Content-Encoding</c>,
/// <c>Vary: Accept-Encoding</c> and an ETag of its own (a 304 when <c>If-None-Match</c> names it).
/// Anything else (no accepted encoding, no copy, a Range request) goes on to the plain static files.
/// </summary>
internal sealed class CompressedSiteFiles(IContentTypeProvider contentTypes)
{
    /// <summary>Answers the request from a compressed copy when it can; false when the request must go on.</summary>
    public async Task<bool> TryServeAsync(HttpContext context)
    {
        var request = context.Request;
        if (context.GetEndpoint() is not null
            || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || request.Headers.Range.Count > 0
            || !request.Path.HasValue
            || !CompressedCopies.IsCompressible(request.Path.Value)
            || !contentTypes.TryGetContentType(request.Path.Value, out var contentType)
            || SiteFiles.Current() is not { } folder)
        {
            return false;
        }

        using var files = SiteFiles.ProviderFor(folder);
        if (files is null || files.GetFileInfo(request.Path.Value) is not { Exists: true, IsDirectory: false })
        {
            return false;
        }

        foreach (var (token, suffix) in ContentEncodings.Preferred(request.Headers.AcceptEncoding))
        {
            var copy = files.GetFileInfo(request.Path.Value + suffix);
            if (copy is { Exists: true, IsDirectory: false })
            {
                await ServeAsync(context, copy, token, contentType).ConfigureAwait(false);
                return true;
            }
        }

        return false;
    }

    private static async Task ServeAsync(HttpContext context, IFileInfo copy, string encoding, string contentType)
    {
        var response = context.Response;
        var lastModified = copy.LastModified.ToUniversalTime();
        lastModified = new DateTimeOffset(lastModified.Year, lastModified.Month, lastModified.Day, lastModified.Hour, lastModified.Minute, lastModified.Second, TimeSpan.Zero);

        // Its own tag: the copy is another representation than the plain file (whose tag the static files make).
        var etag = new EntityTagHeaderValue($"\"{(lastModified.ToFileTime() ^ copy.Length):x}-{encoding}\"");
        var headers = response.GetTypedHeaders();
        headers.ETag = etag;
        headers.LastModified = lastModified;
        response.Headers.CacheControl = SiteEndpoints.CacheControl;
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        if (ContentEncodings.NotModified(context.Request.GetTypedHeaders(), etag, lastModified))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        response.Headers.ContentEncoding = encoding;
        response.ContentLength = copy.Length;
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        await response.SendFileAsync(copy, context.RequestAborted).ConfigureAwait(false);
    }
}
