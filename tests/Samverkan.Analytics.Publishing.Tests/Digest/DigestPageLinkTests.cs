using Samverkan.Analytics.Publishing.Digest;
using Samverkan.Analytics.Publishing.Tests.Support;

namespace Samverkan.Analytics.Publishing.Tests.Digest;

/// <summary>
/// The digest's "Se … på webbplatsen" link, with the default settings, leads to a page the published
/// site has and to the reader's area on it (it led to <c>/#ind-ran</c>, an anchor no page has, so
/// the reader landed at the top of the overview).
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class DigestPageLinkTests(SampleSiteFixture site)
{
    [Theory]
    [InlineData("trygghetsvandringar", "sdo-jarva")]
    [InlineData("ran", "lpo-farsta")]
    [InlineData("otrygg-ute-sen-kvall", "kommun-0180")]
    public void DefaultPageUrlTemplate_LeadsToTheAreasRowOnThePublishedIndicatorPage(string indicator, string area)
    {
        var relative = new DigestOptions().PageUrlTemplate.Replace("{indicator}", indicator, StringComparison.Ordinal).Replace("{area}", area, StringComparison.Ordinal);
        var hash = relative.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? relative : relative[..hash];

        Assert.False(string.IsNullOrEmpty(path), $"{relative} leads to the start page, not to the indicator");
        var page = site.PathOf(path);
        Assert.True(File.Exists(page), $"{relative}: the site has no {path}");
        Assert.True(hash > 0, $"{relative} does not lead to the area's row");
        Assert.Contains($"id=\"{relative[(hash + 1)..]}\"", File.ReadAllText(page), StringComparison.Ordinal);
    }
}
