using AngleSharp.Html.Parser;
using Microsoft.Extensions.Time.Testing;
using Samverkan.Analytics.Publishing.StatusReport;
using Samverkan.Analytics.Publishing.Tests.YearlyReport;
using Samverkan.Analytics.Publishing.YearlyReport;

namespace Samverkan.Analytics.Publishing.Tests.StatusReport;

public sealed class StatusReportServiceTests
{
    private const string Eav = "lok-enskede-arsta-vantor";

    [Fact]
    public async Task RenderAsync_TellsWhatArrivedWhatChangedAndWhatIsAtRisk_WhenTheQuarterlyReportIsRendered()
    {
        var pdf = Path.Combine(RepositoryPaths.Artefacts, "lagesrapport-2025-Q2.pdf");
        var result = await RenderToFileAsync(new StatusReportRequest(StatusPeriod.OfQuarter(2025, 2)), ReportFormat.Pdf, pdf, new DateTimeOffset(2025, 6, 20, 9, 0, 0, TimeSpan.Zero));
        var text = Poppler.Flat(Poppler.Text(pdf));

        Assert.Equal(2, result.RunId);
        Assert.Contains("Lägesrapport till styrgruppen, andra kvartalet 2025", text, StringComparison.Ordinal);
        Assert.Contains("stad-trygghet-2024.csv", text, StringComparison.Ordinal);          // imported in May
        Assert.DoesNotContain("stad-trygghet-2023.csv", text, StringComparison.Ordinal);    // imported in March, the quarter before
        Assert.Contains("Skärholmen", text, StringComparison.Ordinal);                       // a target at risk city-wide
        Assert.Contains("inte på väg mot målet", text, StringComparison.Ordinal);
        Assert.Contains("inte uppnått", text, StringComparison.Ordinal);                     // Farsta's police area: missed
        Assert.Contains("ingen säker förändring 2023 sämre 2024", text, StringComparison.Ordinal);   // the verdict that changed, before → now
        Assert.Contains("2 av 3 med egna indikatorer har inte levererat nya egna uppgifter", text, StringComparison.Ordinal);   // Järva, Farsta and Skärholmen have own indicators; Järva delivered
        Assert.Contains("Lokal samverkansöverenskommelse Järva", text, StringComparison.Ordinal);
        Assert.Contains("nästa revidering senast 2028-01-11", text, StringComparison.Ordinal);
        Assert.DoesNotContain("88,8", text, StringComparison.Ordinal);                       // Järva's own indicator in Globen: not Järva's area
    }

    [Fact]
    public async Task RenderAsync_ListsOnlyAgreementsWithOwnIndicatorsAsMissing_WhenTheOthersOweNothing()
    {
        var html = await RenderHtmlAsync(new StatusReportRequest(StatusPeriod.OfQuarter(2025, 2)), new DateTimeOffset(2025, 6, 20, 9, 0, 0, TimeSpan.Zero));
        var document = new HtmlParser().ParseDocument(html);
        var table = document.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")?.TextContent.StartsWith("Nya egna uppgifter under", StringComparison.Ordinal) == true);
        var rows = table.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td,th").Select(c => c.TextContent.Trim()).ToList()).ToList();
        var note = document.QuerySelectorAll("p").Single(p => p.TextContent.Contains("inga egna uppgifter väntas", StringComparison.Ordinal)).TextContent;

        // Missing: only the agreements with indicators of their own (Farsta, Skärholmen); Järva delivered its own,
        // Enskede-Årsta-Vantör delivered safety walks; the seven others owe nothing and are named in a note instead.
        var missing = rows.Where(r => r[2] == "nej").Select(r => r[0]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Lokal samverkansöverenskommelse Farsta", "Lokal samverkansöverenskommelse Skärholmen"], missing);
        Assert.Equal(4, rows.Count);
        Assert.DoesNotContain(rows, r => r[0].Contains("Bromma", StringComparison.Ordinal));
        Assert.Contains("Lokal samverkansöverenskommelse Bromma", note, StringComparison.Ordinal);
        Assert.DoesNotContain("Farsta", note, StringComparison.Ordinal);
        Assert.EndsWith("har inga egna indikatorer, så inga egna uppgifter väntas av dem.", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_ShowsNothingOutsideTheSplitDistrictsAgreement_WhenTheHalfYearlyLocalReportIsRendered()
    {
        var html = await RenderHtmlAsync(new StatusReportRequest(StatusPeriod.OfHalf(2025, 1), Eav), new DateTimeOffset(2025, 7, 3, 9, 0, 0, TimeSpan.Zero));
        var text = new HtmlParser().ParseDocument(html).Body!.TextContent;

        Assert.Contains("Halvårsrapport till den lokala styrgruppen, Lokal samverkansöverenskommelse Enskede-Årsta-Vantör, första halvåret 2025", text, StringComparison.Ordinal);
        Assert.Contains("Enskede-Årsta-Vantör, Globen, Farsta (lokalpolisområde)", text, StringComparison.Ordinal);   // the split district and both police areas
        Assert.Contains("61,3", text, StringComparison.Ordinal);                              // Farsta's police area, missed
        Assert.Contains("nya egna uppgifter har kommit in", text, StringComparison.Ordinal);  // trygghetsvandringar in the district
        foreach (var outside in new[] { "77,7", "66,6", "55,5", "88,8", "Skärholmen", "Järva", ".csv" })
        {
            Assert.DoesNotContain(outside, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RenderAsync_FlagsTheRevision_WhenTheAgreementVersionIsOlderThanThreeYears()
    {
        var html = await RenderHtmlAsync(new StatusReportRequest(StatusPeriod.OfQuarter(2025, 2)), new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));

        Assert.Contains("Dags att revidera.", html, StringComparison.Ordinal);
        Assert.Contains("ska vara klar senast 2028-01-11", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_CountsEverythingAsNew_WhenNoRunPrecedesThePeriod()
    {
        var html = await RenderHtmlAsync(new StatusReportRequest(StatusPeriod.OfQuarter(2025, 1)), new DateTimeOffset(2025, 4, 2, 9, 0, 0, TimeSpan.Zero));

        Assert.Contains("ingen tidigare beräkning: alla uppgifter räknas som nya", html, StringComparison.Ordinal);
        Assert.Contains("stad-trygghet-2023.csv", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_Throws_WhenNoRunWasComputedByTheEndOfThePeriod()
    {
        var (results, history) = await StatusFixtures.StoresAsync();
        var service = new StatusReportService(StatusFixtures.Catalog, results, history, null, new FakeTimeProvider());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            service.RenderAsync(new StatusReportRequest(StatusPeriod.OfQuarter(2024, 4)), ReportFormat.Html, Stream.Null, CancellationToken.None));

        Assert.Contains("Det finns ingen beräkningskörning från före slutet av 2024-Q4 (2024-12-31)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_Throws_WhenTheLocalAgreementIsUnknown()
    {
        var (results, history) = await StatusFixtures.StoresAsync();
        var service = new StatusReportService(StatusFixtures.Catalog, results, history, null, new FakeTimeProvider());

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            service.RenderAsync(new StatusReportRequest(StatusPeriod.OfHalf(2025, 1), "lok-atlantis"), ReportFormat.Html, Stream.Null, CancellationToken.None));

        Assert.Contains("lok-enskede-arsta-vantor", error.Message, StringComparison.Ordinal);
    }

    private static async Task<string> RenderHtmlAsync(StatusReportRequest request, DateTimeOffset now)
    {
        var (results, history) = await StatusFixtures.StoresAsync();
        var service = new StatusReportService(StatusFixtures.Catalog, results, history, new ImportListStore(StatusFixtures.Imports), new FakeTimeProvider(now));
        using var stream = new MemoryStream();
        await service.RenderAsync(request, ReportFormat.Html, stream, CancellationToken.None);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static async Task<ReportRenderResult> RenderToFileAsync(StatusReportRequest request, ReportFormat format, string path, DateTimeOffset now)
    {
        var (results, history) = await StatusFixtures.StoresAsync();
        var service = new StatusReportService(StatusFixtures.Catalog, results, history, new ImportListStore(StatusFixtures.Imports), new FakeTimeProvider(now));
        await using var stream = File.Create(path);
        return await service.RenderAsync(request, format, stream, CancellationToken.None);
    }
}
