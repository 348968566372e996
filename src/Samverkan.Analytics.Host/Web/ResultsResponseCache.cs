using System.IO.Compression;
using Microsoft.Extensions.Caching.Memory;

namespace Samverkan.Analytics.Host.Web;

/// <summary>
/// The rendered bodies of <c>/api/results</c> (CSV or JSON), kept per run × area scope × format ×
/// normalised filters, so that the same question asked again is answered with the same bytes. A run
/// never changes, so an entry cannot go stale; entries of older runs simply age out. Bounded by size
/// (<see cref="SizeLimitBytes"/>): a caller varying the filters cannot make it grow without end.
/// Each body is kept as is and gzip-compressed (made once, on first use), for clients that accept it:
/// all results are 1.5 MB of JSON, about a tenth of that compressed.
/// </summary>
internal sealed class ResultsResponseCache : IDisposable
{
    /// <summary>The most bytes of bodies kept.</summary>
    public const long SizeLimitBytes = 64L * 1024 * 1024;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = SizeLimitBytes, CompactionPercentage = 0.25 });

    /// <summary>The body for <paramref name="key"/>, rendered by <paramref name="render"/> when not kept.</summary>
    public ResultsBody GetOrRender(ResultsResponseKey key, Func<byte[]> render)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(render);
        if (_cache.TryGetValue(key, out ResultsBody? body) && body is not null)
        {
            return body;
        }

        body = new ResultsBody(render());
        _cache.Set(key, body, new MemoryCacheEntryOptions { Size = body.Size + key.Size, SlidingExpiration = TimeSpan.FromMinutes(30) });
        return body;
    }

    /// <summary>One answer's bytes, plain and (made on first use) gzip-compressed.</summary>
    /// <param name="Plain">The body as rendered.</param>
    internal sealed record ResultsBody(byte[] Plain)
    {
        private readonly Lazy<byte[]> _gzip = new(() => Compress(Plain));

        /// <summary>The body gzip-compressed.</summary>
        public byte[] Gzip => _gzip.Value;

        /// <summary>What the cache counts for it: the plain bytes and room for the compressed ones.</summary>
        public long Size => Plain.Length + (Plain.Length / 4);

        private static byte[] Compress(byte[] plain)
        {
            using var buffer = new MemoryStream();
            using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            {
                gzip.Write(plain);
            }

            return buffer.ToArray();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _cache.Dispose();
}
