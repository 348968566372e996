using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Samverkan.Analytics.Core.Reports;
using Samverkan.Analytics.Publishing.YearlyReport;

namespace Samverkan.Analytics.Publishing.Tests.YearlyReport;

/// <summary>The HTML report parsed with AngleSharp: language, structure, tables, charts, escaping.</summary>
public sealed class HtmlReportWriterTests
{
    [Fact]
    public async Task RenderAsync_IsSwedishWithOneTitleAndNoSkippedHeadingLevels_WhenHtml()
    {
        var page = await RenderAsync(ReportFixtures.Catalog(), new ReportScope(2024));

        Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Uppföljning av samverkansöverenskommelsen 2024", Assert.Single(page.QuerySelectorAll("h1")).TextContent);
        var levels = page.QuerySelectorAll("h1, h2, h3, h4").Select(h => h.LocalName[1] - '0').ToList();
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"h{pair.First} → h{pair.Second}"));
        Assert.NotEmpty(page.QuerySelectorAll("nav a[href^='#']"));
        Assert.All(page.QuerySelectorAll("nav a[href^='#']"), a => Assert.NotNull(page.GetElementById(a.GetAttribute("href")![1..])));
    }

    [Fact]
    public async Task RenderAsync_GivesEveryTableACaptionAndScopedHeaders_WhenHtml()
    {
        var page = await RenderAsync(ReportFixtures.Catalog(), new ReportScope(2024));
        var tables = page.QuerySelectorAll("table");

        Assert.True(tables.Length >= 5, $"{tables.Length} tables");
        Assert.All(tables, table =>
        {
            Assert.False(string.IsNullOrWhiteSpace(table.QuerySelector("caption")?.TextContent));
            Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
            Assert.All(table.QuerySelectorAll("tbody tr"), tr => Assert.Equal("row", tr.Children[0].GetAttribute("scope")));
        });
    }

    [Fact]
    public async Task RenderAsync_DescribesEveryChartInWords_WhenHtml()
    {
        var page = await RenderAsync(ReportFixtures.Catalog(), new ReportScope(2024));
        var images = page.QuerySelectorAll("img");

        Assert.NotEmpty(images);
        Assert.All(images, img =>
        {
            Assert.StartsWith("data:image/png;base64,", img.GetAttribute("src"), StringComparison.Ordinal);
            Assert.Matches("^(Linjediagram: |Karta över Stockholms stad med )", img.GetAttribute("alt"));
        });
    }

    [Fact]
    public async Task RenderAsync_ShowsVerdictsInWords_WhenColoured()
    {
        var page = await RenderAsync(ReportFixtures.Catalog(), new ReportScope(2023));
        var coloured = page.QuerySelectorAll("[class*='tone-']").Where(c => !c.ClassList.Contains("tone-muted")).ToList();

        Assert.NotEmpty(coloured);
        Assert.All(coloured, cell => Assert.False(string.IsNullOrWhiteSpace(cell.TextContent)));
        Assert.Contains(coloured, c => c.ClassList.Contains("tone-good") && c.TextContent == "bättre");
        Assert.Contains(coloured, c => c.ClassList.Contains("tone-bad") && c.TextContent.StartsWith("sämre", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RenderAsync_EscapesMarkup_WhenTheCatalogueAndACommentHoldScript()
    {
        var (page, html) = await RenderWithSourceAsync(await ReportFixtures.ServiceWithMarkupAsync(), new ReportScope(2024));

        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Empty(page.QuerySelectorAll("i, b"));
        Assert.All(page.QuerySelectorAll("img"), img => Assert.StartsWith("data:image/png", img.GetAttribute("src"), StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll("h3"), h => h.TextContent == ReportFixtures.Malicious);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("aside.comment p"), p => p.TextContent == "<img src=x onerror=alert(1)> ökad närvaro");
        Assert.Contains(page.QuerySelectorAll("th"), th => th.TextContent == "Farsta <i>syd</i>");
    }

    private static async Task<IDocument> RenderAsync(Core.Catalog.Catalog catalog, ReportScope scope) =>
        (await RenderWithSourceAsync(await ReportFixtures.ServiceAsync(catalog, new InMemoryCommentStore()), scope)).Page;

    private static async Task<(IDocument Page, string Html)> RenderWithSourceAsync(YearlyReportService service, ReportScope scope)
    {
        using var stream = new MemoryStream();
        await service.RenderAsync(new ReportRequest(scope), ReportFormat.Html, stream, CancellationToken.None);
        var html = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        return (new HtmlParser().ParseDocument(html), html);
    }
}
