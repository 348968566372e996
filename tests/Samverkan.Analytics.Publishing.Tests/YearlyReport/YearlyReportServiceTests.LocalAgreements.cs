using AngleSharp.Html.Parser;
using Samverkan.Analytics.Core.Reports;
using Samverkan.Analytics.Publishing.YearlyReport;

namespace Samverkan.Analytics.Publishing.Tests.YearlyReport;

/// <summary>The yearly report of one local agreement on the real sample run: the split district Enskede-Årsta-Vantör.</summary>
public sealed partial class YearlyReportServiceTests
{
    [Fact]
    public async Task RenderAsync_ShowsOnlyTheAgreementsAreasAndTheCity_WhenTheLocalAgreementCoversASplitDistrict()
    {
        using var stream = new MemoryStream();
        await run.Service.RenderAsync(new ReportRequest(new ReportScope(2024, localAgreementId: "lok-enskede-arsta-vantor")), ReportFormat.Html, stream, CancellationToken.None);
        var page = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(stream.ToArray()));

        var areaCells = page.QuerySelectorAll("table")
            .Where(t => t.QuerySelector("thead th")?.TextContent == "Område")
            .SelectMany(t => t.QuerySelectorAll("tbody tr > :first-child"))
            .Select(c => c.TextContent.Trim())
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(["Enskede-Årsta-Vantör", "Farsta (lokalpolisområde)", "Globen", "Hela staden"], areaCells.Order(StringComparer.Ordinal));
        Assert.Contains(page.QuerySelectorAll("h2"), h => h.TextContent.Contains("Ökad trygghet", StringComparison.Ordinal));   // the overarching goal frames it
        Assert.DoesNotContain(page.QuerySelectorAll("h2"), h => h.TextContent.Contains("Avhopparverksamhet", StringComparison.Ordinal)); // not taken up
    }
}
