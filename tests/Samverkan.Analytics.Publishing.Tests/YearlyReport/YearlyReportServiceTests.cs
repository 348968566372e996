using System.Globalization;
using System.Text.RegularExpressions;

namespace Samverkan.Analytics.Publishing.Tests.YearlyReport;

/// <summary>
/// The 2024 report rendered as a PDF from a real compute run over data-samples, read back with
/// poppler (pdftotext, pdfinfo, pdftohtml, pdfimages, pdffonts, pdftoppm).
/// </summary>
public sealed partial class YearlyReportServiceTests(RealRunFixture run) : IClassFixture<RealRunFixture>
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    [Fact]
    public void RenderAsync_WritesSwedishTitleIndicatorsAndNumbers_WhenPdfFor2024()
    {
        var text = Poppler.Flat(Poppler.Text(run.Pdf2024));

        Assert.Contains("Uppföljning av samverkansöverenskommelsen 2024", text, StringComparison.Ordinal);
        Assert.Contains("Otrygga ute ensamma sent en kväll i området där de bor", text, StringComparison.Ordinal);
        Assert.Contains("Medarbetare utbildade om otillåten påverkan", text, StringComparison.Ordinal);
        Assert.Contains("Särskilt utsatta och sårbara brottsoffer", text, StringComparison.Ordinal);

        // The city's latest value of the city survey, as stored, printed the Swedish way (decimal comma).
        var city2023 = run.Shown("otrygg-ute-sen-kvall", "kommun-0180", 2023);
        Assert.Contains(",", city2023, StringComparison.Ordinal);
        Assert.Contains($"i hela staden har minskat från {run.Shown("otrygg-ute-sen-kvall", "kommun-0180", 2017)} % (2017) till {city2023} % (2023)", text, StringComparison.Ordinal);
        Assert.Matches(SwedishPercent(), text);
        Assert.Contains("statistiskt säkerställd", text, StringComparison.Ordinal);
        Assert.Contains("bättre", text, StringComparison.Ordinal);
        Assert.Contains("ingen säker förändring", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderAsync_NumbersEveryPageAndTheContents_WhenPdf()
    {
        var pages = int.Parse(Poppler.Info(run.Pdf2024)["Pages"], CultureInfo.InvariantCulture);
        var text = Poppler.Flat(Poppler.Text(run.Pdf2024));

        Assert.True(pages > 20, $"only {pages} pages");
        Assert.Equal(pages, run.Pdf2024Result.PageCount);
        Assert.Contains($"Sida 2 av {pages}", text, StringComparison.Ordinal);
        Assert.Contains($"Sida {pages} av {pages}", text, StringComparison.Ordinal);

        // The contents give the summary's page, and that page starts the summary.
        var contents = Poppler.Flat(Poppler.Text(run.Pdf2024, 2, 2));
        var match = ContentsEntry().Match(contents);
        Assert.True(match.Success, contents);
        var summaryPage = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.StartsWith("Uppföljning av samverkansöverenskommelsen 2024 – Hela staden UTKAST – inte godkänt av parterna Sammanfattning",
            Poppler.Flat(Poppler.Text(run.Pdf2024, summaryPage, summaryPage)).Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderAsync_SetsTitleLanguageOutlineAndEmbeddedFonts_WhenPdf()
    {
        var info = Poppler.Info(run.Pdf2024);
        var outline = Poppler.OutlineXml(run.Pdf2024);
        var bytes = File.ReadAllBytes(run.Pdf2024);

        Assert.Equal("Uppföljning av samverkansöverenskommelsen 2024", info["Title"]);
        Assert.Contains("/Lang(sv-SE)", System.Text.Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
        Assert.Contains(">Sammanfattning</item>", outline, StringComparison.Ordinal);
        Assert.Contains(">Metoder och källor</item>", outline, StringComparison.Ordinal);
        Assert.Contains(">Bilaga A. Stadsdelsområden</item>", outline, StringComparison.Ordinal);

        // Indicators are nested under their priority area's bookmark.
        var priority = outline.IndexOf(">Ökad trygghet och minskad brottslighet</item>", StringComparison.Ordinal);
        var nested = outline.IndexOf("<outline>", priority, StringComparison.Ordinal);
        var indicator = outline.IndexOf(">Otrygga ute ensamma sent en kväll i området där de bor</item>", StringComparison.Ordinal);
        Assert.True(priority > 0 && nested > priority && indicator > nested, outline);

        var fonts = Poppler.Fonts(run.Pdf2024);
        Assert.Matches(@"DejaVu Sans\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes", fonts);
        Assert.Matches(@"DejaVu Sans,Bold\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes", fonts);
    }

    [Fact]
    public void RenderAsync_TagsHeadingsParagraphsTablesAndFigures_WhenPdf()
    {
        var info = Poppler.Info(run.Pdf2024);
        var structure = Poppler.Structure(run.Pdf2024);
        var latin1 = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(run.Pdf2024));
        var figures = System.Text.RegularExpressions.Regex.Matches(structure, @"^\s*Figure\b", System.Text.RegularExpressions.RegexOptions.Multiline).Count;

        Assert.Equal("yes", info["Tagged"]);
        Assert.Matches(@"H1 \(block\)\s+""Uppföljning av\s*samverkansöverenskommelsen\s*2024""", structure);
        Assert.Matches(@"H2 \(block\)\s+""Sammanfattning""", structure);
        Assert.Matches(@"H3 \(block\)\s+""Otrygga ute ensamma sent en kväll", structure);
        Assert.Contains("TOCI", structure, StringComparison.Ordinal);
        Assert.Matches(@"Table \(block\)\s+Caption( \(block\))?\s+""Sammanfattning 2024", structure);
        Assert.Contains("TH", structure, StringComparison.Ordinal);
        Assert.Matches(@"LI \(block\)\s+Lbl \(block\)\s+""•""\s+LBody", structure);

        // Every chart and map is a Figure with its description as alternative text.
        Assert.Equal(Poppler.Images(run.Pdf2024).Count(i => i.Type == "image"), figures);
        Assert.Equal(figures, System.Text.RegularExpressions.Regex.Matches(latin1, @"/S/Figure/K \d+/Pg \d+ 0 R/Alt(<FEFF|\(\w)").Count);

        // Running heads and footers are artifacts: read once, not on every page.
        Assert.DoesNotContain("Sida 2 av", structure, StringComparison.Ordinal);
        Assert.DoesNotContain("UTKAST – inte godkänt", structure, StringComparison.Ordinal);
        Assert.Contains("/Lang(sv-SE)", latin1, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderAsync_EmbedsChartsAtPrintResolution_WhenPdf()
    {
        var images = Poppler.Images(run.Pdf2024).Where(i => i.Type == "image").ToList();
        var charts = images.Where(i => (i.Width, i.Height) == (1800, 1000)).ToList();
        var cityMaps = images.Where(i => (i.Width, i.Height) == (1600, 1200)).ToList();
        var locators = images.Where(i => (i.Width, i.Height) == (1000, 760)).ToList();

        // One chart of the city per overarching indicator with data, a map per indicator with area
        // values, and a locator map per district and local police area appendix; nothing else.
        Assert.True(charts.Count >= 16, $"{charts.Count} charts");
        Assert.True(cityMaps.Count >= 10, $"{cityMaps.Count} maps");
        var text = Poppler.Text(run.Pdf2024);
        Assert.Equal(locators.Count, System.Text.RegularExpressions.Regex.Matches(text, "Karta: var ").Count);
        Assert.True(locators.Count >= 11 + 7, $"{locators.Count} locator maps");
        Assert.Equal(images.Count, charts.Count + cityMaps.Count + locators.Count);
    }

    [Fact]
    public void RenderAsync_RendersThePagesAsImages_WhenRasterised()
    {
        var text = Poppler.Text(run.Pdf2024);
        var summaryPage = 1 + text.Split('\f').TakeWhile(p => !p.Contains("Sammanfattning 2024: alla indikatorer", StringComparison.Ordinal)).Count();
        var chartPage = 1 + text.Split('\f').TakeWhile(p => !p.Contains("Diagram: Otrygga ute ensamma", StringComparison.Ordinal)).Count();

        var cover = Poppler.PagePng(run.Pdf2024, 1, 60, Path.Combine(RepositoryPaths.Artefacts, "rapport-2024-omslag"));
        var summary = Poppler.PagePng(run.Pdf2024, summaryPage, 100, Path.Combine(RepositoryPaths.Artefacts, "rapport-2024-sammanfattning"));
        var chart = Poppler.PagePng(run.Pdf2024, chartPage, 100, Path.Combine(RepositoryPaths.Artefacts, "rapport-2024-diagram"));

        Assert.All([cover, summary, chart], png => Assert.True(new FileInfo(png).Length > 20_000, png));
    }

    [Fact]
    public void RenderAsync_ExplainsAChangeInSwedish_WhenReportFor2023()
    {
        var text = Poppler.Flat(Poppler.Text(run.Pdf2023));
        var baseline = run.Shown("otrygg-ute-sen-kvall", "sdo-rinkeby-kista", 2017);
        var latest = run.Shown("otrygg-ute-sen-kvall", "sdo-rinkeby-kista", 2023);

        // The city's own published figures (domain.md §4.1): Rinkeby-Kista 25,3 % in 2017, 14,0 % in 2023.
        Assert.Equal(("25,3", "14,0"), (baseline, latest));
        Assert.Contains(
            $"i Rinkeby-Kista har minskat från {baseline} % (2017) till {latest} % (2023); minskningen är statistiskt säkerställd (95 %). Det är en förbättring.",
            text,
            StringComparison.Ordinal);
    }

    [Fact]
    public void RenderAsync_ShowsTheAnalystsCommentBesideTheNumbers_WhenOneIsStored()
    {
        var text = Poppler.Flat(Poppler.Text(run.Pdf2024));

        var comment = text.IndexOf(RealRunFixture.CommentText, StringComparison.Ordinal);
        var indicator = text.IndexOf("Otrygga ute ensamma sent en kväll i området där de bor Delmål", StringComparison.Ordinal);
        var next = text.IndexOf("Ofta oroliga för att utsättas för brott Delmål", StringComparison.Ordinal);
        Assert.True(indicator > 0 && comment > indicator && comment < next, $"{indicator} {comment} {next}");
        Assert.Contains("Vidtagna åtgärder", text, StringComparison.Ordinal);
        Assert.Contains("Åsa Öberg, säkerhetsavdelningen, 14 februari 2025", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderAsync_NamesTheDataVintageRunAndCatalogue_OnTheCover()
    {
        var cover = Poppler.Flat(Poppler.Text(run.Pdf2024, 1, 1));

        Assert.Contains("Data t.o.m. december 2024", cover, StringComparison.Ordinal);
        Assert.Contains("Katalogversion " + run.Catalog.Version, cover, StringComparison.Ordinal);
        Assert.Contains($"körning {run.Run.Id.ToString(Swedish)}", cover, StringComparison.Ordinal);
        Assert.Contains("Utkast", cover, StringComparison.Ordinal);
        Assert.Contains("Stockholms stad Inte godkänd", cover, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderAsync_WritesAnAccessibleSwedishPage_WhenHtmlFor2024()
    {
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(run.Html2024));

        Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.All(page.QuerySelectorAll("table"), t => Assert.False(string.IsNullOrWhiteSpace(t.QuerySelector("caption")?.TextContent)));
        Assert.All(page.QuerySelectorAll("th"), th => Assert.Contains(th.GetAttribute("scope"), new[] { "col", "row" }));
        Assert.True(page.QuerySelectorAll("img").Length >= 16);
        Assert.All(page.QuerySelectorAll("img"), img => Assert.Matches("^(Linjediagram: |Karta över Stockholms stad med )", img.GetAttribute("alt")));
        Assert.Contains(RealRunFixture.CommentText, page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderAsync_ShowsEachMapWithItsSummaryAndTable_WhenHtml()
    {
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(run.Html2024));
        var maps = page.QuerySelectorAll("figure").Where(f => f.QuerySelector("figcaption")!.TextContent.StartsWith("Karta: Otrygga ute ensamma sent en kväll i området där de bor,", StringComparison.Ordinal)).ToList();

        var map = Assert.Single(maps);
        var summary = map.NextElementSibling!;
        var table = summary.NextElementSibling!.QuerySelector("table") ?? summary.NextElementSibling!;
        Assert.StartsWith("Kartan i ord:", summary.TextContent, StringComparison.Ordinal);
        Assert.Contains("Järva", summary.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Kartans uppgifter:", table.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);

        // Today's eleven districts, each with its value as the area table shows it.
        var rows = table.QuerySelectorAll("tbody tr");
        Assert.Equal(11, rows.Length);
        var jarva = rows.Single(r => r.QuerySelector("th")!.TextContent == "Järva");
        Assert.StartsWith(run.Shown("otrygg-ute-sen-kvall", "sdo-jarva", 2023), jarva.QuerySelectorAll("td")[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Enskede-Årsta-Vantör", table.TextContent, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\d+,\d\u00A0?%|\d+,\d %")]
    private static partial Regex SwedishPercent();

    [GeneratedRegex(@"Sammanfattning[ .]*?(\d+)")]
    private static partial Regex ContentsEntry();
}
