using AngleSharp.Html.Parser;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Dashboards;
using Samverkan.Analytics.Publishing.Site;
using Samverkan.Analytics.Publishing.Tests.Support;

namespace Samverkan.Analytics.Publishing.Tests.Site;

/// <summary>The local-agreement pages of the published sample site, and the overview's revision banner.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class LocalAgreementPageTests(SampleSiteFixture site)
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Publish_WritesAPagePerLocalAgreementAndTheirList_WhenTheSiteHasALocalAgreementPage()
    {
        var list = Parser.ParseDocument(File.ReadAllText(site.PathOf("lokala/index.html")));

        Assert.Equal(site.Catalog.LocalAgreements.Count, list.QuerySelectorAll("tbody tr").Length);
        Assert.All(site.Catalog.LocalAgreements, l => Assert.True(File.Exists(site.PathOf($"lokala/{l.Id}.html")), l.Id));
        var eav = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Enskede-Årsta-Vantör", StringComparison.Ordinal));
        Assert.Equal("Globen, Farsta", eav.QuerySelectorAll("td")[1].TextContent);
        Assert.Contains(list.QuerySelectorAll("nav.main a"), a => a.TextContent == "Lokala överenskommelser");
    }

    [Fact]
    public void LocalAgreementPage_ShowsItsAreasAgainstTheCityOnly_WhenTheDistrictIsSplit()
    {
        var page = Parser.ParseDocument(File.ReadAllText(site.PathOf("lokala/lok-enskede-arsta-vantor.html")));

        Assert.Equal("Lokal samverkansöverenskommelse Enskede-Årsta-Vantör", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("delat mellan två lokalpolisområden", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Trygga centrummiljöer i Hagsätra och Rågsved", page.Body.TextContent, StringComparison.Ordinal);
        var areas = page.QuerySelectorAll("tbody th[scope=row]").Select(th => th.TextContent).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(["Enskede-Årsta-Vantör", "Farsta (lokalpolisområde)", "Globen", "Hela staden"], areas.Order(StringComparer.Ordinal));
        var captions = page.QuerySelectorAll("caption").Select(c => c.TextContent).ToList();
        Assert.Contains(captions, c => c.StartsWith("Genomförda trygghetsvandringar", StringComparison.Ordinal));   // platser-och-omraden, taken up
        Assert.DoesNotContain(captions, c => c.Contains("avhopparverksamhet", StringComparison.OrdinalIgnoreCase));  // avhoppare: not taken up
    }

    [Fact]
    public void LocalAgreementPage_LeavesTheComparisonWithTheCityOut_WhenTheIndicatorIsACount()
    {
        var page = Parser.ParseDocument(File.ReadAllText(site.PathOf("lokala/lok-enskede-arsta-vantor.html")));
        var tables = page.QuerySelectorAll("table").ToList();
        IEnumerable<AngleSharp.Dom.IElement> CityCells(string title) => tables
            .Single(t => t.QuerySelector("caption")!.TextContent.StartsWith(title, StringComparison.Ordinal))
            .QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td")[3]);

        // "Jämfört med staden" is the fourth data cell; a count (safety walks) has none, a share has verdicts.
        Assert.All(CityCells("Genomförda trygghetsvandringar"), td => Assert.Null(td.QuerySelector("span.v")));
        Assert.Contains(CityCells("Otrygga ute ensamma sent en kväll"), td => td.QuerySelector("span.v") is not null);
    }

    [Fact]
    public void LocalAgreementPage_ShowsItsOwnIndicatorAndTarget_WhenItHasOne()
    {
        var page = Parser.ParseDocument(File.ReadAllText(site.PathOf("lokala/lok-farsta.html")));

        var own = page.QuerySelectorAll("table").Single(t => t.QuerySelector("caption")!.TextContent.Contains("(lokal indikator)", StringComparison.Ordinal));
        Assert.StartsWith("Ofta oroliga för att utsättas för brott, Farsta", own.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("mål", own.QuerySelectorAll("tbody td").Last().TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11-25", null)]
    [InlineData("2027-03-01", "Dags att revidera överenskommelsen")]
    [InlineData("2028-02-01", "Revideringen är försenad")]
    public void Overview_ShowsTheRevisionBanner_WhenTheAgreementVersionIsOlderThanThreeYears(string day, string? heading)
    {
        var run = site.Run with { ComputedAt = DateTimeOffset.Parse(day + "T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture) };
        var data = new SiteData(site.Catalog, run, site.Results, DashboardSet.Default);

        var page = Parser.ParseDocument(OverviewPage.Render(data, SiteMaps.Plan(data, map: null), DashboardSet.Default.Pages.First(p => p.IsStart)));

        var banner = page.QuerySelector("section.banner");
        if (heading is null)
        {
            Assert.Null(banner);
            return;
        }

        Assert.Equal(heading, banner!.QuerySelector("h2")!.TextContent);
        Assert.Contains("2028-01-11", banner.TextContent, StringComparison.Ordinal);
    }
}
