using AngleSharp.Html.Parser;
using Microsoft.Extensions.Time.Testing;
using Samverkan.Analytics.Core.Reports;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.YearlyReport;

namespace Samverkan.Analytics.Publishing.Tests.YearlyReport;

/// <summary>Editions: a final edition keeps its run and its comments whatever arrives later.</summary>
public sealed class YearlyReportServiceEditionTests
{
    private static readonly DateTimeOffset Start = new(2025, 2, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);
    private readonly InMemoryResultStore _results = new();
    private readonly InMemoryCommentStore _comments = new();
    private readonly InMemoryEditionStore _editions = new();

    [Fact]
    public async Task RenderAsync_ShowsTheSameNumbers_WhenAFinalEditionIsRegeneratedAfterARevision()
    {
        var first = await _results.SaveRunAsync(Run(), ReportFixtures.Results(city2024Narcotics: 1316.577), CancellationToken.None);
        var edition = await _editions.CreateAsync(new ReportScope(2024), first.Id, "Analytiker", Start, CancellationToken.None);
        await _editions.ApproveAsync(edition.Id, ApprovalParty.City, "Anna Stad", Start.AddDays(1), CancellationToken.None);
        await _editions.ApproveAsync(edition.Id, ApprovalParty.Police, "Per Polis", Start.AddDays(2), CancellationToken.None);
        var before = await RenderTextAsync(new ReportScope(2024));

        // BRÅ revises 2024 and a new run is computed.
        await _results.SaveRunAsync(Run(), ReportFixtures.Results(city2024Narcotics: 1401.0), CancellationToken.None);
        var after = await RenderTextAsync(new ReportScope(2024));
        var unedited = await RenderTextAsync(new ReportScope(2024, areaId: ReportFixtures.Farsta));

        Assert.Equal(Scrub(before), Scrub(after));
        Assert.Contains("1\u00A0317", after, StringComparison.Ordinal);
        Assert.DoesNotContain("1\u00A0401", after, StringComparison.Ordinal);
        Assert.Contains("Slutlig utgåva 1, godkänd av båda parter 3 februari 2025", after, StringComparison.Ordinal);
        Assert.Contains("Godkänd av Anna Stad, 2 februari 2025", after, StringComparison.Ordinal);
        Assert.Contains("körning 2", unedited, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_KeepsTheCommentsOfTheFirstApproval_WhenCommentsChangeLater()
    {
        var run = await _results.SaveRunAsync(Run(), ReportFixtures.Results(), CancellationToken.None);
        await _comments.AddAsync(Comment("Analysen som godkändes.", Start), CancellationToken.None);
        var edition = await _editions.CreateAsync(new ReportScope(2024), run.Id, "Analytiker", Start, CancellationToken.None);
        await _editions.ApproveAsync(edition.Id, ApprovalParty.Police, "Per Polis", Start.AddHours(2), CancellationToken.None);
        await _comments.AddAsync(Comment("En senare omskrivning.", Start.AddHours(3)), CancellationToken.None);

        var text = await RenderTextAsync(new ReportScope(2024));

        Assert.Contains("Analysen som godkändes.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("En senare omskrivning.", text, StringComparison.Ordinal);
        Assert.Contains("godkänd av Polisregion Stockholm, väntar på den andra parten", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_UsesTheLatestRunAndCurrentComments_WhenTheScopeHasNoEdition()
    {
        await _results.SaveRunAsync(Run(), ReportFixtures.Results(city2024Narcotics: 1316.577), CancellationToken.None);
        await _results.SaveRunAsync(Run(), ReportFixtures.Results(city2024Narcotics: 1401.0), CancellationToken.None);
        await _comments.AddAsync(Comment("Första.", Start), CancellationToken.None);
        await _comments.AddAsync(Comment("Andra.", Start.AddHours(1)), CancellationToken.None);

        var text = await RenderTextAsync(new ReportScope(2024));

        Assert.Contains("1\u00A0401", text, StringComparison.Ordinal);
        Assert.Contains("Andra.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Första.", text, StringComparison.Ordinal);
        Assert.Contains("Utkast – ingen utgåva har skapats för godkännande", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_Refuses_WhenAskedForAnotherRunThanTheFinalEditions()
    {
        var first = await _results.SaveRunAsync(Run(), ReportFixtures.Results(), CancellationToken.None);
        var second = await _results.SaveRunAsync(Run(), ReportFixtures.Results(), CancellationToken.None);
        var edition = await _editions.CreateAsync(new ReportScope(2024), first.Id, "Analytiker", Start, CancellationToken.None);
        await _editions.ApproveAsync(edition.Id, ApprovalParty.City, "Anna Stad", Start, CancellationToken.None);
        await _editions.ApproveAsync(edition.Id, ApprovalParty.Police, "Per Polis", Start, CancellationToken.None);
        var service = Service();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => service.RenderAsync(new ReportRequest(new ReportScope(2024), RunId: second.Id), ReportFormat.Html, Stream.Null, CancellationToken.None));

        Assert.Equal(
            $"Rapporten {new ReportScope(2024).Key} har en slutlig utgåva ({edition.Id}) som bygger på beräkningskörning {first.Id}; den kan inte visas med körning {second.Id}.",
            error.Message);
    }

    [Fact]
    public async Task RenderAsync_LeavesOutLaterPeriods_WhenTheReportIsForAnEarlierYear()
    {
        await _results.SaveRunAsync(Run(), ReportFixtures.Results(), CancellationToken.None);

        var text = await RenderTextAsync(new ReportScope(2024));

        // The city's preliminary 2025 narcotics rate (1 264,8) is in the run but after the report year.
        Assert.DoesNotContain("1\u00A0265", text, StringComparison.Ordinal);
        Assert.Contains("december 2024 (senaste period med värden i underlaget)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_UsesOnlyCompletePeriods_WhenTheReportIsQuarterly()
    {
        await _results.SaveRunAsync(Run(), ReportFixtures.Results(), CancellationToken.None);

        var text = await RenderTextAsync(new ReportScope(2024, quarter: 3));

        Assert.Contains("Uppföljning av samverkansöverenskommelsen, tredje kvartalet 2024", text, StringComparison.Ordinal);
        Assert.Contains("december 2023 (senaste period med värden i underlaget)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("1\u00A0317", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_FollowsTheAgreementsAreas_WhenTheReportIsForALocalAgreement()
    {
        await _results.SaveRunAsync(Run(), ReportFixtures.Results(), CancellationToken.None);
        using var stream = new MemoryStream();
        await Service().RenderAsync(new ReportRequest(new ReportScope(2024, localAgreementId: "lok-farsta")), ReportFormat.Html, stream, CancellationToken.None);
        var page = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(stream.ToArray()));

        var summary = page.QuerySelectorAll("table").First(t => t.QuerySelector("caption")!.TextContent.StartsWith("Sammanfattning", StringComparison.Ordinal));
        Assert.Contains(summary.QuerySelectorAll("thead th"), th => th.TextContent == "Område");
        Assert.Contains(summary.QuerySelectorAll("tbody td"), td => td.TextContent == "Farsta (lokalpolisområde)");
        Assert.Contains(page.QuerySelectorAll("h3"), h => h.TextContent == "Lokal samverkansöverenskommelse Farsta");
        Assert.Contains(page.QuerySelectorAll("h2"), h => h.TextContent.Contains("Ökad trygghet", StringComparison.Ordinal));   // the overarching goal frames every local agreement
    }

    [Fact]
    public async Task RenderAsync_SaysTheRevisionIsDue_WhenTheAgreementVersionIsOlderThanThreeYears()
    {
        await _results.SaveRunAsync(Run(), ReportFixtures.Results(), CancellationToken.None);
        var before = await RenderTextAsync(new ReportScope(2024));
        _time.Advance(TimeSpan.FromDays(800));   // 2027-04-12: sak-2024 (signed 2024-01-11) is over three years old

        var after = await RenderTextAsync(new ReportScope(2024));

        Assert.DoesNotContain("Dags att revidera", before, StringComparison.Ordinal);
        Assert.Contains("Dags att revidera:", after, StringComparison.Ordinal);
        Assert.Contains("senast 2028-01-11", after, StringComparison.Ordinal);
    }

    private static ComputeRun Run() => new() { ComputedAt = Start, CatalogVersion = "2026.11.1-test", LatestImportId = 9 };

    private static ReportComment Comment(string text, DateTimeOffset at) => new()
    {
        Year = 2024, IndicatorId = "otrygg-ute-sen-kvall", AreaId = ReportFixtures.City, Kind = CommentKind.Analysis, Text = text,
        Author = "Åsa Öberg", CreatedAt = at,
    };

    /// <summary>The text with the one line that names the moment of rendering removed.</summary>
    private static string Scrub(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"Skapad\s*\d+ \w+ \d{4} kl\. \d\d\.\d\d", "Skapad");

    private YearlyReportService Service() => new(ReportFixtures.Catalog(), _results, _comments, _editions, _time);

    private async Task<string> RenderTextAsync(ReportScope scope)
    {
        using var stream = new MemoryStream();
        await Service().RenderAsync(new ReportRequest(scope), ReportFormat.Html, stream, CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(30));
        var page = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        return page.Body!.TextContent;
    }
}
