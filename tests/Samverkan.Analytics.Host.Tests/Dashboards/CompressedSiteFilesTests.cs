using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Samverkan.Analytics.Core.Users;
using Samverkan.Analytics.Host.Tests.Security;
using Samverkan.Analytics.Host.Tests.Support;
using Samverkan.Analytics.Host.Web;
using Samverkan.Analytics.Publishing.Site;

namespace Samverkan.Analytics.Host.Tests.Dashboards;

/// <summary>
/// The site's pre-compressed copies as a browser gets them over a real Kestrel socket: the encoding
/// it accepts, the bytes of the page once decompressed, the page's own type and security headers,
/// a 304 on the copy's ETag, the plain page without Accept-Encoding; an area-limited viewer's copy
/// only from their own folder; still nothing without a login.
/// </summary>
[Collection(SampleDataCollection.Name)]
public sealed class CompressedSiteFilesTests(SampleDataFixture data)
{
    private const string BrowserEncodings = "gzip, deflate, br, zstd";

    [Theory]
    [InlineData("/", "index.html", "br", "text/html")]
    [InlineData("/indikator/otrygg-ute-sen-kvall.html", "indikator/otrygg-ute-sen-kvall.html", "br", "text/html")]
    [InlineData("/charts/otrygg-ute-sen-kvall/kommun-0180.svg", "charts/otrygg-ute-sen-kvall/kommun-0180.svg", "br", "image/svg+xml")]
    [InlineData("/style.css", "style.css", "br", "text/css")]
    [InlineData("/data/otrygg-ute-sen-kvall.csv", "data/otrygg-ute-sen-kvall.csv", "gzip", "text/csv")]
    public async Task SiteFile_IsServedCompressedWithThePagesBytesAndHeaders_WhenTheBrowserAcceptsTheEncoding(
        string path, string file, string encoding, string contentType)
    {
        await using var host = new SecurityTestHost(realSocket: true, dataDirectory: data.Path);
        using var viewer = await host.SocketClientForNewUserAsync("gz-" + Guid.NewGuid().ToString("N")[..8], UserRole.Viewer);
        var accept = encoding == "br" ? BrowserEncodings : "gzip, deflate";

        using var compressed = await EncodedRequests.GetAsync(viewer, path, accept);
        using var plain = await EncodedRequests.GetAsync(viewer, path, null);

        Assert.Equal(HttpStatusCode.OK, compressed.StatusCode);
        Assert.Equal([encoding], compressed.Content.Headers.ContentEncoding);
        Assert.Equal(contentType, compressed.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Accept-Encoding", compressed.Headers.Vary);
        var page = await File.ReadAllBytesAsync(Path.Combine(data.Site, file));
        var body = await compressed.Content.ReadAsByteArrayAsync();
        Assert.True(body.Length < page.Length / 2, $"{body.Length} compressed bytes for {page.Length}");
        Assert.Equal(page, EncodedRequests.Decompress(body, encoding));

        // The plain answer: the same bytes, the same type and security headers, its own tag.
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal(page, await plain.Content.ReadAsByteArrayAsync());
        Assert.Equal(contentType, plain.Content.Headers.ContentType!.MediaType);
        Assert.NotEqual(plain.Headers.ETag, compressed.Headers.ETag);
        foreach (var header in new[] { "Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy", "Cache-Control" })
        {
            Assert.Equal(Header(plain, header), Header(compressed, header));
            Assert.NotEmpty(Header(compressed, header));
        }
    }

    [Fact]
    public async Task Page_AnswersNotModified_WhenTheBrowserSendsTheCompressedCopysETag()
    {
        await using var host = new SecurityTestHost(realSocket: true, dataDirectory: data.Path);
        using var viewer = await host.SocketClientForNewUserAsync("gz-etag-" + Guid.NewGuid().ToString("N")[..8], UserRole.Viewer);
        using var first = await EncodedRequests.GetAsync(viewer, "/", BrowserEncodings);
        var etag = first.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, "/");
        again.Headers.TryAddWithoutValidation("Accept-Encoding", BrowserEncodings);
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await viewer.SendAsync(again);
        using var head = new HttpRequestMessage(HttpMethod.Head, "/index.html");
        head.Headers.TryAddWithoutValidation("Accept-Encoding", BrowserEncodings);
        using var headers = await viewer.SendAsync(head);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag);
        Assert.Contains("Accept-Encoding", notModified.Headers.Vary);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, headers.StatusCode);
        Assert.Equal(["br"], headers.Content.Headers.ContentEncoding);
        Assert.Equal(new FileInfo(Path.Combine(data.Site, "index.html" + CompressedCopies.BrotliSuffix)).Length, headers.Content.Headers.ContentLength);
        Assert.Empty(await headers.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("identity")]
    [InlineData("br;q=0, gzip;q=0")]
    [InlineData("deflate, zstd")]
    public async Task Page_IsServedPlain_WhenTheRequestAcceptsNoEncodingWithACopy(string? accept)
    {
        await using var host = new SecurityTestHost(realSocket: true, dataDirectory: data.Path);
        using var viewer = await host.SocketClientForNewUserAsync("gz-plain-" + Guid.NewGuid().ToString("N")[..8], UserRole.Viewer);

        using var response = await EncodedRequests.GetAsync(viewer, "/", accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(data.Site, "index.html")), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Copies_AreNeverServedUnderTheirOwnNames_NorToAnonymousRequests()
    {
        await using var host = new SecurityTestHost(realSocket: true, dataDirectory: data.Path);
        using var viewer = await host.SocketClientForNewUserAsync("gz-names-" + Guid.NewGuid().ToString("N")[..8], UserRole.Viewer);
        using var anonymous = host.SocketClient();
        Assert.True(File.Exists(Path.Combine(data.Site, "index.html.br")));
        Assert.True(File.Exists(Path.Combine(data.Site, "index.html.gz")));

        using var byName = await EncodedRequests.GetAsync(viewer, "/index.html.br", BrowserEncodings);
        using var gzByName = await EncodedRequests.GetAsync(viewer, "/index.html.gz", null);
        using var page = await EncodedRequests.GetAsync(anonymous, "/", BrowserEncodings);
        using var copy = await EncodedRequests.GetAsync(anonymous, "/index.html", BrowserEncodings);
        using var health = await EncodedRequests.GetAsync(anonymous, "/health", BrowserEncodings);

        Assert.Equal(HttpStatusCode.NotFound, byName.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gzByName.StatusCode);
        foreach (var refused in new[] { page, copy })
        {
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Equal("/logga-in", refused.Headers.Location!.AbsolutePath);
            Assert.Empty(refused.Content.Headers.ContentEncoding);
        }

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task AreaLimitedViewer_GetsTheirOwnCopysCompressedFiles_NeverTheFullSites()
    {
        await using var host = new SecurityTestHost(realSocket: true, dataDirectory: data.Path);
        using var limited = await host.SocketClientForNewUserAsync("gz-jarva-" + Guid.NewGuid().ToString("N")[..8], UserRole.Viewer, "sdo-jarva", "lpo-jarva");

        using var overview = await EncodedRequests.GetAsync(limited, "/", BrowserEncodings);
        using var gzipped = await EncodedRequests.GetAsync(limited, "/indikator/otrygg-ute-sen-kvall.html", "gzip");
        using var otherArea = await EncodedRequests.GetAsync(limited, "/profil/lpo-globen.html", BrowserEncodings);

        var copy = Directory.GetDirectories(Path.Combine(data.Path, ScopedSites.FolderName), "run-*")
            .Single(d => d.EndsWith(SiteScope.Of(["sdo-jarva", "lpo-jarva"]).Key, StringComparison.Ordinal));
        Assert.Equal(["br"], overview.Content.Headers.ContentEncoding);
        var page = EncodedRequests.Decompress(await overview.Content.ReadAsByteArrayAsync(), "br");
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(copy, "index.html")), page);
        Assert.NotEqual(await File.ReadAllBytesAsync(Path.Combine(data.Site, "index.html")), page);
        Assert.True(File.Exists(Path.Combine(copy, "index.html.br")), "the area copy has its own compressed copies");
        Assert.Equal(["gzip"], gzipped.Content.Headers.ContentEncoding);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(copy, "indikator", "otrygg-ute-sen-kvall.html")), EncodedRequests.Decompress(await gzipped.Content.ReadAsByteArrayAsync(), "gzip"));

        // The full site has this page and its copies; the viewer's folder does not.
        Assert.True(File.Exists(Path.Combine(data.Site, "profil", "lpo-globen.html.br")));
        Assert.Equal(HttpStatusCode.NotFound, otherArea.StatusCode);
    }

    [Theory]
    [InlineData("gzip, deflate, br, zstd", "br,gzip")]
    [InlineData("gzip", "gzip")]
    [InlineData("br;q=0.5, gzip", "gzip,br")]
    [InlineData("*", "br,gzip")]
    [InlineData("gzip;q=0, *", "br")]
    [InlineData("identity", "")]
    [InlineData("", "")]
    public void Preferred_OrdersTheAcceptedEncodings_ByWeightThenBrotliFirst(string header, string expected)
    {
        var order = ContentEncodings.Preferred(header).Select(e => e.Token);

        Assert.Equal(expected, string.Join(',', order));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(',', values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(',', content)
        : string.Empty;
}
