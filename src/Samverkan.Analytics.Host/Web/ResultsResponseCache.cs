using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Samverkan.Analytics.Host.Web;

/// <summary>
/// The rendered bodies of <c>/api/results</c> (CSV or JSON), kept per run × area scope × format ×
/// normalised filters, so that the same question asked again is answered with the same bytes. A run
/// never changes, so an entry cannot go stale; entries of older runs simply age out. Bounded by size
/// (<see cref="SizeLimitBytes"/>): a caller varying the filters cannot make it grow without end.
/// Each body is kept as rendered and Brotli- and gzip-compressed (<see cref="ContentEncodings"/>, the
/// site's policy), all made once, when it is first rendered: all results are 1.5 MB of JSON, about a
/// tenth of that compressed. Requests for a body being rendered wait for that one rendering.
/// </summary>
internal sealed class ResultsResponseCache : IDisposable
{
    /// <summary>The most bytes of bodies kept.</summary>
    public const long SizeLimitBytes = 64L * 1024 * 1024;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = SizeLimitBytes, CompactionPercentage = 0.25 });
    private readonly ConcurrentDictionary<ResultsResponseKey, Lazy<ResultsBody>> _rendering = new();

    /// <summary>How many bodies were rendered (for tests: a kept answer renders none).</summary>
    public int Renders => _renders;

    private int _renders;

    /// <summary>The body for <paramref name="key"/>, rendered by <paramref name="render"/> when not kept.</summary>
    public ResultsBody GetOrRender(ResultsResponseKey key, Func<byte[]> render)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(render);
        if (_cache.TryGetValue(key, out ResultsBody? body) && body is not null)
        {
            return body;
        }

        // One rendering per key at a time: fifty users asking at once for an answer not kept yet wait for it.
        var rendering = _rendering.GetOrAdd(key, _ => new Lazy<ResultsBody>(() =>
        {
            Interlocked.Increment(ref _renders);
            return new ResultsBody(render());
        }));
        try
        {
            body = rendering.Value;
            _cache.Set(key, body, new MemoryCacheEntryOptions { Size = body.Size + key.Size, SlidingExpiration = TimeSpan.FromMinutes(30) });
            return body;
        }
        finally
        {
            _rendering.TryRemove(new KeyValuePair<ResultsResponseKey, Lazy<ResultsBody>>(key, rendering)); // a failed rendering is tried again
        }
    }

    /// <inheritdoc />
    public void Dispose() => _cache.Dispose();

    /// <summary>One answer's bytes as rendered and in each encoding it is smaller in, with an ETag per representation.</summary>
    internal sealed class ResultsBody
    {
        private readonly string _tag;
        private readonly Dictionary<string, byte[]> _encoded = new(StringComparer.Ordinal);

        /// <summary>Keeps <paramref name="plain"/> and compresses it into every encoding of <see cref="ContentEncodings.All"/>.</summary>
        public ResultsBody(byte[] plain)
        {
            Plain = plain;
            _tag = Convert.ToHexStringLower(SHA256.HashData(plain).AsSpan(0, 16)); // the bytes decide the tag: the same answer, the same tag, after a restart too
            foreach (var (token, _) in ContentEncodings.All)
            {
                if (ContentEncodings.Compress(plain, token) is { } compressed)
                {
                    _encoded[token] = compressed;
                }
            }
        }

        /// <summary>The body as rendered.</summary>
        public byte[] Plain { get; }

        /// <summary>What the cache counts for it: every representation's bytes.</summary>
        public long Size => Plain.Length + _encoded.Values.Sum(b => (long)b.Length);

        /// <summary>The body in <paramref name="token"/>'s encoding; null when it is not kept in it (not smaller).</summary>
        public byte[]? Encoded(string token) => _encoded.GetValueOrDefault(token);

        /// <summary>
        /// The representation for a request's <c>Accept-Encoding</c>: the first accepted encoding the
        /// body is kept in (its <c>Content-Encoding</c> token), else the plain bytes (encoding null);
        /// each with its own strong ETag.
        /// </summary>
        public (byte[] Bytes, string? Encoding, EntityTagHeaderValue ETag) For(StringValues acceptEncoding)
        {
            foreach (var (token, _) in ContentEncodings.Preferred(acceptEncoding))
            {
                if (_encoded.TryGetValue(token, out var bytes))
                {
                    return (bytes, token, new EntityTagHeaderValue($"\"{_tag}-{token}\""));
                }
            }

            return (Plain, null, new EntityTagHeaderValue($"\"{_tag}\""));
        }
    }
}
