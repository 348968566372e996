using System.IO.Compression;
using AngleSharp.Html.Parser;
using Samverkan.Analytics.Publishing.Site;
using Samverkan.Analytics.Publishing.Tests.Support;

namespace Samverkan.Analytics.Publishing.Tests.Site;

/// <summary>
/// The Brotli and gzip copies the publisher writes beside the sample site's text files (for the
/// Host to serve to browsers that accept them), and the overview's cells saying each sentence once.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class CompressedCopiesTests(SampleSiteFixture site)
{
    [Fact]
    public void Publish_WritesABrotliAndAGzipCopyOfEveryTextFile_ThatDecompressToTheFile()
    {
        var text = site.Published.Files.Where(CompressedCopies.IsCompressible).ToList();
        Assert.Contains("index.html", text);
        Assert.Contains(text, f => f.EndsWith(".svg", StringComparison.Ordinal));
        Assert.Contains(text, f => f.EndsWith(".csv", StringComparison.Ordinal));
        Assert.Contains("results.json", text);
        Assert.Contains("style.css", text);

        var copies = 0;
        foreach (var file in text)
        {
            var bytes = File.ReadAllBytes(site.PathOf(file));
            foreach (var (suffix, open) in new (string, Func<Stream, Stream>)[]
            {
                (CompressedCopies.BrotliSuffix, s => new BrotliStream(s, CompressionMode.Decompress)),
                (CompressedCopies.GzipSuffix, s => new GZipStream(s, CompressionMode.Decompress)),
            })
            {
                var copy = site.PathOf(file + suffix);
                if (bytes.Length < CompressedCopies.MinimumBytes)
                {
                    Assert.False(File.Exists(copy), $"{file} is too small for a copy");
                    continue;
                }

                Assert.True(File.Exists(copy), $"{file}{suffix} is missing");
                using var input = File.OpenRead(copy);
                using var stream = open(input);
                using var output = new MemoryStream();
                stream.CopyTo(output);
                Assert.True(output.ToArray().AsSpan().SequenceEqual(bytes), $"{file}{suffix} does not decompress to the file");
                Assert.True(input.Length < bytes.Length, $"{file}{suffix} is not smaller");
                copies++;
            }
        }

        Assert.Equal(copies, site.Published.CompressedCopyCount);
        Assert.Equal(copies, Directory.EnumerateFiles(site.Directory, "*", SearchOption.AllDirectories).Count(CompressedCopies.IsCopy));
        Assert.DoesNotContain(site.Published.Files, CompressedCopies.IsCopy);
        Assert.False(File.Exists(site.PathOf("charts/otrygg-ute-sen-kvall/kommun-0180.png" + CompressedCopies.GzipSuffix)), "PNG is compressed already");
        Assert.False(File.Exists(site.PathOf("data/otrygg-ute-sen-kvall.xlsx" + CompressedCopies.BrotliSuffix)), "Excel is compressed already");
    }

    [Fact]
    public void Overview_SaysEachCellsSentencesWithoutRepeatingTheIndicatorAndArea_BeforeThem()
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(site.PathOf("index.html")));
        var row = page.QuerySelectorAll("table.matrix tr").First(r => r.QuerySelector("th a")?.TextContent == "Otrygga ute ensamma sent en kväll i området där de bor");
        var jarva = row.QuerySelectorAll("td a").Single(a => a.GetAttribute("href")!.EndsWith("#omr-sdo-jarva", StringComparison.Ordinal));

        var hidden = jarva.QuerySelector(".tip")!.TextContent;
        Assert.StartsWith(" – Otrygga ute ensamma sent en kväll i området där de bor i Järva har ", hidden, StringComparison.Ordinal);
    }
}
