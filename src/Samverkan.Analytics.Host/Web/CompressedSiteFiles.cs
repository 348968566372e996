using Microsoft.AspNetCore.Http.Headers;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Samverkan.Analytics.Publishing.Site;

namespace Samverkan.Analytics.Host.Web;

/// <summary>
/// Serves a site file's pre-compressed copy (<see cref="CompressedCopies"/>, written at publish time
/// beside it) to a request that accepts its encoding: Brotli before gzip at equal weight, from the
/// folder chosen for the request's user (<see cref="SiteFiles"/>), so an area-limited viewer only
/// ever gets their own copy's files. The answer has the original's Content-Type, <c>Content-Encoding</c>,
/// <c>Vary: Accept-Encoding</c> and an ETag of its own (a 304 when <c>If-None-Match</c> names it).
/// Anything else (no accepted encoding, no copy, a Range request) goes on to the plain static files.
/// </summary>
internal sealed class CompressedSiteFiles(IContentTypeProvider contentTypes)
{
    private static readonly (string Token, string Suffix)[] Encodings = [("br", CompressedCopies.BrotliSuffix), ("gzip", CompressedCopies.GzipSuffix)];

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

        foreach (var (token, suffix) in Preferred(request.Headers.AcceptEncoding))
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

    /// <summary>The encodings the request accepts, best first (its weights; Brotli first at equal weight); <c>*</c> stands for those it does not name.</summary>
    internal static IEnumerable<(string Token, string Suffix)> Preferred(StringValues acceptEncoding)
    {
        if (acceptEncoding.Count == 0 || !StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var accepted))
        {
            return [];
        }

        double? Weight(string token)
        {
            var named = accepted.Where(a => string.Equals(a.Value.Value, token, StringComparison.OrdinalIgnoreCase)).ToList();
            var any = accepted.Where(a => a.Value.Value == "*").ToList();
            var entry = named.Count > 0 ? named[0] : any.Count > 0 ? any[0] : null;
            return entry is null ? null : entry.Quality ?? 1.0;
        }

        return Encodings
            .Select((e, order) => (Encoding: e, Order: order, Weight: Weight(e.Token)))
            .Where(e => e.Weight > 0)
            .OrderByDescending(e => e.Weight)
            .ThenBy(e => e.Order)
            .Select(e => e.Encoding)
            .ToList();
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
        if (NotModified(context.Request.GetTypedHeaders(), etag, lastModified))
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

    /// <summary>If-None-Match decides when present (weak comparison, as RFC 9110 asks); otherwise If-Modified-Since.</summary>
    private static bool NotModified(RequestHeaders request, EntityTagHeaderValue etag, DateTimeOffset lastModified)
    {
        if (request.IfNoneMatch is { Count: > 0 } tags)
        {
            return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false));
        }

        return request.IfModifiedSince is { } since && since >= lastModified;
    }
}
