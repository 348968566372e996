using AngleSharp.Html.Parser;
using Samverkan.Analytics.Core.Explanations;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Tests.Support;

namespace Samverkan.Analytics.Publishing.Tests.Site;

/// <summary>
/// The comparison with the city at 95 % and 99.8 % (Fingertips' two levels) and Core's sentences,
/// where people read them on the published sample site.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class ComparisonLevelsPageTests(SampleSiteFixture site)
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Overview_MarksBothLevelsAndGivesCoresSentences_InTheMatrixCells()
    {
        var page = Parser.ParseDocument(File.ReadAllText(site.PathOf("index.html")));
        var cells = page.QuerySelectorAll("table.matrix td a").ToList();

        Assert.Contains(cells, a => a.QuerySelector(".cmp.cmp-998") is { } m && m.TextContent.EndsWith("**", StringComparison.Ordinal));
        Assert.Contains(cells, a => a.QuerySelector(".cmp.cmp-95") is { } m && !m.TextContent.EndsWith("**", StringComparison.Ordinal));
        // The text alternative (shown as the tooltip) is Core's sentences, with the two levels in words.
        var sentences = cells.Select(a => a.QuerySelector(".tip")!.TextContent).ToList();
        Assert.Contains(sentences, t => t.Contains("skiljer sig även på 99,8\u00A0%-nivån", StringComparison.Ordinal)
            || t.Contains("skiljer sig även på 99,8 %-nivån", StringComparison.Ordinal));
        Assert.Contains(sentences, t => t.Contains("men inte på 99,8 %-nivån", StringComparison.Ordinal));
        Assert.Contains("Fingertips två nivåer", page.QuerySelector("#matris-district")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Overview_ComparesNoCountWithTheCity_BecauseAreasDifferInSize()
    {
        var page = Parser.ParseDocument(File.ReadAllText(site.PathOf("index.html")));
        var walks = page.QuerySelectorAll("table.matrix tr").First(r => r.QuerySelector("th a")?.TextContent == "Genomförda trygghetsvandringar");

        Assert.Empty(walks.QuerySelectorAll(".cmp"));
        Assert.DoesNotContain("staden som helhet", walks.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void IndicatorPage_ShowsBothLevelsInTheTableAndTheSentencesUnderIt()
    {
        var page = Parser.ParseDocument(File.ReadAllText(site.PathOf("indikator/otrygg-ute-sen-kvall.html")));
        var table = page.QuerySelector("#tabell-caption")!.ParentElement!;

        Assert.Contains(table.QuerySelectorAll("td strong"), s => s.TextContent.Contains("skiljer sig även på 99,8", StringComparison.Ordinal));
        var sentences = page.QuerySelectorAll("#tabell-i-ord + ul.sentences li").Select(li => li.TextContent).ToList();
        Assert.Contains(sentences, s => s.StartsWith("Hela staden: ", StringComparison.Ordinal));
        var jarva = Assert.Single(sentences, s => s.StartsWith("Järva: ", StringComparison.Ordinal));
        var row = site.Results.Last(r => r.IndicatorId == "otrygg-ute-sen-kvall" && r.AreaId == "sdo-jarva" && r.Value is not null);
        var indicator = site.Catalog.Indicators.Single(i => i.Id == "otrygg-ute-sen-kvall");
        Assert.Contains(ResultExplanations.Change(indicator, "Järva", row), jarva, StringComparison.Ordinal);
        Assert.Contains(ResultExplanations.Comparison(indicator, "Järva", row)!, jarva, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_RingsTheStrongerLevelOnTheSpineAndSaysEveryRowInWords()
    {
        var page = Parser.ParseDocument(File.ReadAllText(site.PathOf("profil/sdo-jarva.html")));

        Assert.Contains(page.QuerySelectorAll("td.spine svg"), svg => svg.InnerHtml.Contains("stroke=\"#000000\" stroke-width=\"2.5\"", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll("ul.spine-legend li"), li => li.TextContent.Contains("skiljer sig även på 99,8", StringComparison.Ordinal));
        var sentences = page.QuerySelectorAll("#i-ord + ul.sentences li").ToList();
        Assert.Equal(page.QuerySelectorAll("#profil-caption ~ tbody th[scope=row]").Length, sentences.Count);
        Assert.Contains(sentences, li => li.TextContent.Contains("ligger", StringComparison.Ordinal) && li.TextContent.Contains("staden som helhet", StringComparison.Ordinal));
        Assert.Contains(site.Results, r => r.AreaId == "sdo-jarva" && ComparatorLevels.Of(r).AlsoAt998);
    }
}
