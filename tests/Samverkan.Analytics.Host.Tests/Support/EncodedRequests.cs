using System.IO.Compression;

namespace Samverkan.Analytics.Host.Tests.Support;

/// <summary>Requests with a chosen <c>Accept-Encoding</c> (and <c>If-None-Match</c>), and the decompression of what comes back.</summary>
internal static class EncodedRequests
{
    /// <summary>GET <paramref name="path"/> with these headers (none when null); the client does not decompress.</summary>
    public static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string? acceptEncoding, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await client.SendAsync(request);
    }

    /// <summary>A body in <paramref name="encoding"/> (<c>br</c> or <c>gzip</c>) decompressed.</summary>
    public static byte[] Decompress(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream stream = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        stream.CopyTo(output);
        return output.ToArray();
    }
}
