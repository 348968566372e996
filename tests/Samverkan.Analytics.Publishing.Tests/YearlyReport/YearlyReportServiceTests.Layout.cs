using System.Globalization;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Publishing.Maps;
using Samverkan.Analytics.Publishing.YearlyReport;

namespace Samverkan.Analytics.Publishing.Tests.YearlyReport;

/// <summary>The printed pages' layout, read back from the 2024 PDF page by page (pdftotext, pdfimages).</summary>
public sealed partial class YearlyReportServiceTests
{
    // Every results table's footnote begins and ends with these (ResultCells.Footnote).
    private const string FootnoteStart = "Inom parentes:";
    private const string FootnoteEnd = "dold = visas inte för att skydda enskilda.";

    [Fact]
    public void RenderAsync_KeepsEveryTableFootnoteWholeOnThePageOfItsTable_WhenPdfFor2024()
    {
        var pages = Poppler.PageTexts(run.Pdf2024);
        Assert.Equal(int.Parse(Poppler.Info(run.Pdf2024)["Pages"], CultureInfo.InvariantCulture), pages.Length);
        var footnotes = 0;
        var split = new List<string>();
        for (var page = 1; page <= pages.Length; page++)
        {
            var text = Poppler.Flat(pages[page - 1]);
            var starts = Count(text, FootnoteStart);
            var ends = Count(text, FootnoteEnd);
            footnotes += starts;

            // A footnote split from its table (only its end on the next page) or a page of nothing
            // but the end of a footnote shows as unequal counts; a footnote's page has its table's rows.
            if (starts != ends || (starts > 0 && !text.Contains("Bedömning", StringComparison.Ordinal)))
            {
                split.Add($"page {page}: {starts} footnote starts, {ends} ends: {text[..Math.Min(160, text.Length)]}");
            }
        }

        Assert.True(footnotes >= 20, $"{footnotes} footnotes");
        Assert.True(split.Count == 0, string.Join('\n', split));
    }

    [Fact]
    public void RenderAsync_PrintsEveryTextOfTheMapsAtLeast8Points_WhenPdfFor2024()
    {
        var map = ReportMaps.Map ?? throw new InvalidOperationException("The shipped geodata is missing.");
        var images = Poppler.Images(run.Pdf2024).Where(i => i.Type == "image").ToList();
        var scale = ReportCharts.Print.Scale;
        var jarva = run.Catalog.Areas.Find("sdo-jarva")!;
        var locator = ReportMaps.LocatorRequest(map, jarva, "Järva (stadsdelsområde)", scale)!;
        var otrygg = run.Catalog.Indicators.Single(i => i.Id == "otrygg-ute-sen-kvall");
        var change = ReportMaps.ChangeRequest(otrygg, run.Results.Where(r => r.IndicatorId == otrygg.Id && r.Value is not null).ToList(), AreaKind.District, scale);

        foreach (var request in new[] { locator, change })
        {
            // The sizes ScottPlot draws the texts at (pixels), at the resolution the image has on the page.
            var model = MapRenderer.Build(map, run.Catalog, request);
            using var plot = MapDrawing.CreatePlot(model, map, request.Width, request.Height, request.TextScale, request.Bare).Plot;
            var texts = plot.GetPlottables().OfType<ScottPlot.Plottables.Text>().Where(t => t.LabelText.Trim().Length > 0).ToList();
            var placed = images.Where(i => (i.Width, i.Height) == (request.Width, request.Height)).ToList();
            Assert.NotEmpty(texts);
            Assert.NotEmpty(placed);

            var smallest = texts.Min(t => t.LabelFontSize) * 72.0 / placed.Max(i => i.XPpi);
            Assert.True(smallest >= 8, $"{request.Colouring} map: smallest text {smallest.ToString("0.0", CultureInfo.InvariantCulture)} pt in print");
        }
    }

    [Fact]
    public void RenderAsync_SaysBesideEachLocatorMapWhatItsColoursMean_WhenPdfFor2024()
    {
        var locators = 0;
        foreach (var page in Poppler.PageTexts(run.Pdf2024))
        {
            var text = Poppler.Flat(page);
            var maps = Count(text, "Karta: var ");
            locators += maps;
            Assert.Equal(maps, Count(text, "(blått, med namn; övriga "));
        }

        Assert.True(locators >= 11 + 7, $"{locators} locator maps");
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
