using Samverkan.Analytics.Publishing.Tests.Support;

namespace Samverkan.Analytics.Publishing.Tests.Site;

/// <summary>
/// The city's chart on an indicator page names the city as its table, the page and the report do
/// ("Hela staden"), not by the catalogue's municipality name "Stockholm", which a reader can take
/// for Police Region Stockholm.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class CityChartTests(SampleSiteFixture site)
{
    [Fact]
    public void CityChart_IsTitledAndLabelledHelaStaden_OnTheIndicatorPage()
    {
        var svg = File.ReadAllText(site.PathOf($"charts/otrygg-ute-sen-kvall/{site.Catalog.CityAreaId}.svg"));

        Assert.Contains("Hela staden", svg, StringComparison.Ordinal);
        Assert.DoesNotMatch(@">\s*Stockholm\s*<", svg); // the line's label
        Assert.DoesNotContain("– Stockholm", svg, StringComparison.Ordinal); // the title
    }
}
