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
    public void Publish_WritesAnAccessibleSwedishSite_WhenGivenASmallResultSet()
    {
        var site = Path.Combine(_root, "site");

        var summary = SitePublisher.Publish(Some.Catalog(EvilArea), Run, Results(), site);

        foreach (var page in summary.Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = Parse(site, page);
            Assert.Equal("sv", document.DocumentElement.GetAttribute("lang"));
            Assert.Single(document.QuerySelectorAll("h1"));
            Assert.NotNull(document.QuerySelector("a.skip[href='#innehall']"));
            Assert.NotNull(document.QuerySelector("main#innehall"));
            // No inline script (the Host's CSP forbids it); at most the overview's map switcher and the table filters, from files.
            Assert.All(document.QuerySelectorAll("script"), s => Assert.True(s.GetAttribute("src") is "maps.js" or "../filters.js" or "filters.js" && s.TextContent.Length == 0, page));
            Assert.All(document.QuerySelectorAll("table"), t => Assert.False(string.IsNullOrWhiteSpace(t.QuerySelector("caption")?.TextContent), page));
            Assert.All(document.QuerySelectorAll("th"), th => Assert.False(string.IsNullOrEmpty(th.GetAttribute("scope")), page));
            Assert.All(document.QuerySelectorAll("img"), img => Assert.False(string.IsNullOrWhiteSpace(img.GetAttribute("alt")), page));
            Assert.All(document.QuerySelectorAll("img"), img => Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(Path.Combine(site, page))!, Uri.UnescapeDataString(img.GetAttribute("src")!))), page + " " + img.GetAttribute("src")));
            Assert.Contains("2026.1-test", document.Body!.TextContent, StringComparison.Ordinal);
            var headings = document.QuerySelectorAll("h1, h2, h3, h4").Select(h => int.Parse(h.TagName[1..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.True(headings.Zip(headings.Skip(1)).All(p => p.Second <= p.First + 1), page + ": headings skip a level: " + string.Join(",", headings));
        }

        Assert.Contains("index.html", summary.Files);
        Assert.Contains("indikator/otrygg-ute-sen-kvall.html", summary.Files);
        Assert.Contains("profil/sdo-spanga-tensta.html", summary.Files);
        Assert.Contains("prioriterat/overgripande.html", summary.Files);
        Assert.Contains("data/otrygg-ute-sen-kvall.xlsx", summary.Files);
        Assert.Contains("data/otrygg-ute-sen-kvall.csv", summary.Files);
        Assert.True(File.Exists(Path.Combine(site, "results.csv")));
        Assert.True(File.Exists(Path.Combine(site, "results.json")));
        Assert.True(File.Exists(Path.Combine(site, "style.css")));
        Assert.Equal(summary.Files.Count(f => f.StartsWith("charts/", StringComparison.Ordinal) && f.EndsWith(".png", StringComparison.Ordinal)), summary.ChartCount);
        Assert.Equal(summary.Files.Count(f => f.EndsWith(".html", StringComparison.Ordinal)), summary.PageCount);
        Assert.All(summary.Files, f => Assert.True(File.Exists(Path.Combine(site, f)), f));
        Assert.Equal(Path.GetFullPath(site), summary.OutputDirectory);
    }

    [Fact]
    public void Publish_EscapesAreaNamesFromTheCatalogue_WhenANameHoldsMarkup()
    {
        var site = Path.Combine(_root, "site");

        var summary = SitePublisher.Publish(Some.Catalog(EvilArea), Run, Results(), site);

        var indicator = Parse(site, "indikator/otrygg-ute-sen-kvall.html");
        Assert.Contains(Malicious, indicator.QuerySelectorAll("tbody th").Select(th => th.TextContent.Trim()));
        foreach (var page in summary.Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            Assert.All(Parse(site, page).QuerySelectorAll("script"), s => Assert.Contains(s.GetAttribute("src"), new[] { "maps.js", "filters.js", "../filters.js" }));
            Assert.DoesNotContain(Malicious, File.ReadAllText(Path.Combine(site, page)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Publish_ShowsSwedishNumbersVerdictWordsAndTooFewAnswers_WhenRowsHaveIntervalsChangesAndSuppression()
    {
        var site = Path.Combine(_root, "site");

        SitePublisher.Publish(Some.Catalog(EvilArea), Run, Results(), site);

        var document = Parse(site, "indikator/otrygg-ute-sen-kvall.html");
        var cells = document.QuerySelectorAll("#tabell-caption ~ tbody td, table td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Contains(cells, c => c.StartsWith("10,2 (9,1–11,4)", StringComparison.Ordinal));
        Assert.Contains("för få svar", cells);
        Assert.DoesNotContain("dold", cells);
        Assert.Contains("Bättre", cells);
        Assert.Contains(cells, c => c.Contains("2017–2024: \u22122,1 procentenheter", StringComparison.Ordinal));
        Assert.DoesNotContain(cells, c => c.Contains("10.2", StringComparison.Ordinal));
        var spanga = document.GetElementById("omr-sdo-spanga-tensta");
        Assert.NotNull(spanga);
    }

    [Fact]
    public void Publish_MarksPreliminaryAndEstimatedValues_InTablesAndChartSummaries()
    {
        var site = Path.Combine(_root, "site");
        var results = Results();
        results.Add(Some.Row(EvilArea.Id, 2022, 11.0, 9.0, 13.0, ResultStatus.Estimate) with { Flags = ["estimate"] });
        results[results.FindIndex(r => r.AreaId == Some.City && r.Period.Year == 2024)] =
            Some.CitySeries()[^1];

        SitePublisher.Publish(Some.Catalog(EvilArea), Run, results, site);

        var document = Parse(site, "indikator/otrygg-ute-sen-kvall.html");
        var flags = document.QuerySelectorAll("abbr.flag").Select(a => a.TextContent).ToList();
        Assert.Contains("prel.", flags);
        Assert.Contains("skattat", flags);
        var summary = document.QuerySelector("figcaption .summary")!.TextContent;
        Assert.Contains("preliminärt", summary, StringComparison.Ordinal);
        Assert.Contains("16,9\u00A0%", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Publish_LinksEveryOverviewCellToTheIndicatorRowOfItsArea()
    {
        var site = Path.Combine(_root, "site");

        SitePublisher.Publish(Some.Catalog(EvilArea), Run, Results(), site);

        var overview = Parse(site, "index.html");
        var matrix = overview.QuerySelector("table.matrix");
        Assert.NotNull(matrix);
        var links = matrix!.QuerySelectorAll("td a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("indikator/otrygg-ute-sen-kvall.html#omr-sdo-evil", links);
        Assert.Contains("indikator/otrygg-ute-sen-kvall.html#omr-kommun-0180", links);
        Assert.DoesNotContain(links, l => l.EndsWith("#omr-sdo-spanga-tensta", StringComparison.Ordinal)); // ended 2023: not a column today
        var indicator = Parse(site, "indikator/otrygg-ute-sen-kvall.html");
        Assert.All(links, l => Assert.NotNull(indicator.GetElementById(l.Split('#')[1])));
        Assert.All(matrix.QuerySelectorAll("td"), td => Assert.False(string.IsNullOrWhiteSpace(td.TextContent)));
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

        Assert.Contains("mappen innehåller andra filer och är ingen tidigare publicerad webbplats", ex.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site, "thesis.docx")));
    }

    [Fact]
    public void Publish_WritesTheSiteWithoutMapsOrTheirScript_WhenThereIsNoGeodata()
    {
        var site = Path.Combine(_root, "site");

        var summary = SitePublisher.Publish(Some.Catalog(), Run, Results().Where(r => r.AreaId != EvilArea.Id).ToList(), site, Publishing.Dashboards.DashboardSet.Default, map: null);

        Assert.Equal(0, summary.MapCount);
        Assert.DoesNotContain(summary.Files, f => f.StartsWith("maps", StringComparison.Ordinal));
        Assert.Equal(["filters.js"], Parse(site, "index.html").QuerySelectorAll("script").Select(s => s.GetAttribute("src")));
        Assert.Contains("Det finns ingen karta", Parse(site, "index.html").Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(Parse(site, "profil/sdo-spanga-tensta.html").GetElementById("karta"));
    }

    [Fact]
    public void Publish_DrawsTheMapsOfASmallCatalogue_OnTheDivisionItsRowsAreFor()
    {
        var site = Path.Combine(_root, "site");

        var summary = SitePublisher.Publish(Some.Catalog(), Run, Results().Where(r => r.AreaId != EvilArea.Id).ToList(), site);

        Assert.True(summary.MapCount >= 2);
        Assert.Contains(summary.Files, f => f.StartsWith("maps/lage/sdo-spanga-tensta.", StringComparison.Ordinal));
        var overview = Parse(site, "index.html");
        Assert.NotNull(overview.GetElementById("karta-district-otrygg-ute-sen-kvall"));
        Assert.Equal(["maps.js", "filters.js"], overview.QuerySelectorAll("script").Select(s => s.GetAttribute("src")));
    }

    [Fact]
    public void Publish_WritesAReviewableSite_ToTheTestOutputFolder()
    {
        var site = Path.Combine(AppContext.BaseDirectory, "site-output");

        var summary = SitePublisher.Publish(Some.Catalog(EvilArea), Run, Results(), site);

        Assert.All(summary.Files, f => Assert.True(File.Exists(Path.Combine(site, f)), f));
    }

    private static IHtmlDocument Parse(string site, string page) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, page)));

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
