using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Site;
using Samverkan.Analytics.Publishing.Tests.Support;

namespace Samverkan.Analytics.Publishing.Tests.Site;

public sealed class SitePublisherTests : IDisposable
{
    private const string Malicious = "<script>alert(1)</script>";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "samverkan-site-tests-" + Guid.NewGuid().ToString("N"));

    private static readonly Area EvilArea = new()
    {
        Id = "sdo-evil",
        Name = Malicious,
        Kind = AreaKind.District,
        ParentId = Some.City,
    };

    private static readonly ComputeRun Run = new()
    {
        Id = 7,
        ComputedAt = new DateTimeOffset(2026, 11, 25, 13, 5, 0, TimeSpan.Zero),
        CatalogVersion = "2026.1-test",
        LatestImportId = 42,
    };

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Publish_WritesAnAccessibleSwedishPage_WhenGivenASmallResultSet()
    {
        var site = Path.Combine(_root, "site");

        var summary = SitePublisher.Publish(Some.Catalog(EvilArea), Run, Results(), site);

        var document = ParseIndex(site);
        Assert.Equal("sv", document.DocumentElement.GetAttribute("lang"));
        Assert.NotEmpty(document.QuerySelectorAll("h1"));
        var tables = document.QuerySelectorAll("table");
        Assert.Single(tables);
        Assert.All(tables, t => Assert.False(string.IsNullOrWhiteSpace(t.QuerySelector("caption")?.TextContent)));
        Assert.All(document.QuerySelectorAll("th"), th => Assert.False(string.IsNullOrEmpty(th.GetAttribute("scope"))));
        var images = document.QuerySelectorAll("img");
        Assert.Equal(3, images.Length);
        Assert.All(images, img => Assert.False(string.IsNullOrWhiteSpace(img.GetAttribute("alt"))));
        Assert.All(images, img => Assert.True(File.Exists(Path.Combine(site, img.GetAttribute("src")!)), img.GetAttribute("src")));
        Assert.Contains("2026.1-test", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.True(File.Exists(Path.Combine(site, "results.csv")));
        Assert.True(File.Exists(Path.Combine(site, "results.json")));
        Assert.True(File.Exists(Path.Combine(site, "style.css")));
        Assert.Equal(3, summary.ChartCount);
        Assert.Equal(10, summary.FileCount);
        Assert.Equal(Path.GetFullPath(site), summary.OutputDirectory);
    }

    [Fact]
    public void Publish_EscapesAreaNamesFromTheCatalogue_WhenANameHoldsMarkup()
    {
        var site = Path.Combine(_root, "site");

        SitePublisher.Publish(Some.Catalog(EvilArea), Run, Results(), site);

        var document = ParseIndex(site);
        Assert.Empty(document.QuerySelectorAll("script"));
        var rowHeaders = document.QuerySelectorAll("tbody th").Select(th => th.TextContent).ToList();
        Assert.Contains(Malicious, rowHeaders);
        Assert.DoesNotContain(Malicious, File.ReadAllText(Path.Combine(site, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Publish_ShowsSwedishNumbersAndVerdictWords_WhenRowsHaveIntervalsAndChanges()
    {
        var site = Path.Combine(_root, "site");

        SitePublisher.Publish(Some.Catalog(EvilArea), Run, Results(), site);

        var document = ParseIndex(site);
        var cells = document.QuerySelectorAll("td").Select(td => td.TextContent).ToList();
        Assert.Contains(cells, c => c.StartsWith("10,2 (9,1–11,4)", StringComparison.Ordinal));
        Assert.Contains("dold", cells);
        Assert.Contains("bättre", cells);
        Assert.Contains("ej bedömd", cells);
        Assert.Contains(cells, c => c.Contains("2017–2024: \u22122,1 procentenheter", StringComparison.Ordinal));
        Assert.DoesNotContain(cells, c => c.Contains("10.2", StringComparison.Ordinal));
    }

    [Fact]
    public void Publish_ReplacesTheWholeSiteAndLeavesNoTemporaryFolders_WhenPublishedTwice()
    {
        var site = Path.Combine(_root, "site");
        SitePublisher.Publish(Some.Catalog(EvilArea), Run, Results(), site);
        File.WriteAllText(Path.Combine(site, "stale.txt"), "from the first site");

        SitePublisher.Publish(Some.Catalog(), Run with { Id = 8 }, Results().Where(r => r.AreaId != EvilArea.Id).ToList(), site);

        Assert.False(File.Exists(Path.Combine(site, "stale.txt")));
        Assert.False(File.Exists(Path.Combine(site, "charts", "otrygg-ute-sen-kvall", "sdo-evil.png")));
        Assert.True(File.Exists(Path.Combine(site, "charts", "otrygg-ute-sen-kvall", "sdo-spanga-tensta.png")));
        Assert.Equal(["site"], Directory.GetFileSystemEntries(_root).Select(Path.GetFileName));
    }

    [Fact]
    public void Publish_Refuses_WhenTheFolderHoldsSomethingElse()
    {
        var site = Path.Combine(_root, "not-a-site");
        Directory.CreateDirectory(site);
        File.WriteAllText(Path.Combine(site, "thesis.docx"), "precious");

        var ex = Assert.Throws<InvalidOperationException>(() => SitePublisher.Publish(Some.Catalog(), Run, Results(), site));

        Assert.Contains("not a site published before", ex.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site, "thesis.docx")));
    }

    [Fact]
    public void Publish_WritesAReviewableSite_ToTheTestOutputFolder()
    {
        var site = Path.Combine(AppContext.BaseDirectory, "site-output");

        var summary = SitePublisher.Publish(Some.Catalog(EvilArea), Run, Results(), site);

        Assert.All(summary.Files, f => Assert.True(File.Exists(Path.Combine(site, f)), f));
    }

    private static IHtmlDocument ParseIndex(string site) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "index.html")));

    private static List<IndicatorResult> Results()
    {
        var spanga = Some.SpangaTenstaSeries().ToList();
        spanga[^1] = spanga[^1] with { Status = ResultStatus.Ok, Flags = [], Change = -2.1, ChangeCiLow = -3.0, ChangeCiHigh = -1.2 };
        return
        [
            .. Some.CitySeries(),
            .. spanga,
            Some.Row(EvilArea.Id, 2023, 12.5, 10.1, 15.3),
            Some.Row(EvilArea.Id, 2024, null, status: ResultStatus.Suppressed),
        ];
    }
}
