using Microsoft.AspNetCore.Http.Headers;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Samverkan.Analytics.Publishing.Site;

namespace Samverkan.Analytics.Host.Web;

/// <summary>
/// The one compression policy of what the Host sends, for the site's files (<see cref="CompressedSiteFiles"/>,
/// copies written at publish time by <see cref="CompressedCopies"/>) and the answers of <c>/api/results</c>
/// (<see cref="ResultsResponseCache"/>, compressed when first rendered): Brotli and gzip, made with the
/// same settings as the site's copies, chosen by the request's <c>Accept-Encoding</c> weights with
/// Brotli first at equal weight; each encoding its own ETag, and a 304 when <c>If-None-Match</c> names it.
/// </summary>
internal static class ContentEncodings
{
    /// <summary>The encodings, in the order preferred at equal weight, with the suffix of the site's copy.</summary>
    public static readonly IReadOnlyList<(string Token, string Suffix)> All = [("br", CompressedCopies.BrotliSuffix), ("gzip", CompressedCopies.GzipSuffix)];

    /// <summary>The encodings the request accepts, best first (its weights; Brotli first at equal weight); <c>*</c> stands for those it does not name.</summary>
    public static IReadOnlyList<(string Token, string Suffix)> Preferred(StringValues acceptEncoding)
    {
        if (acceptEncoding.Count == 0 || !StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var accepted))
        {
            return [];
        }

        double? Weight(string token)
        {
            var named = accepted.FirstOrDefault(a => string.Equals(a.Value.Value, token, StringComparison.OrdinalIgnoreCase));
            var entry = named ?? accepted.FirstOrDefault(a => a.Value.Value == "*");
            return entry is null ? null : entry.Quality ?? 1.0;
        }

        return All
            .Select((e, order) => (Encoding: e, Order: order, Weight: Weight(e.Token)))
            .Where(e => e.Weight > 0)
            .OrderByDescending(e => e.Weight)
            .ThenBy(e => e.Order)
            .Select(e => e.Encoding)
            .ToList();
    }

    /// <summary>
    /// <paramref name="plain"/> in <paramref name="token"/>'s encoding (<c>br</c> or <c>gzip</c>), with the
    /// site copies' settings; null when that would not be smaller (or the body is below <see cref="CompressedCopies.MinimumBytes"/>).
    /// </summary>
    public static byte[]? Compress(ReadOnlySpan<byte> plain, string token) => token switch
    {
        "br" => CompressedCopies.ToBrotli(plain),
        "gzip" => CompressedCopies.ToGzip(plain),
        _ => throw new ArgumentException($"Unknown encoding {token}.", nameof(token)),
    };

    /// <summary>If-None-Match decides when present (weak comparison, as RFC 9110 asks); otherwise If-Modified-Since, when the answer has a date.</summary>
    public static bool NotModified(RequestHeaders request, EntityTagHeaderValue etag, DateTimeOffset? lastModified)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.IfNoneMatch is { Count: > 0 } tags)
        {
            return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false));
        }

        return lastModified is { } modified && request.IfModifiedSince is { } since && since >= modified;
    }
}
