using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Host.Tests.Support;
using Samverkan.Analytics.Publishing.Site;

namespace Samverkan.Analytics.Host.Tests.Dashboards;

public sealed class SiteScopeTests
{
    [Fact]
    public void Key_IsTheSameForTheSameAreasInAnyOrderOrCase_AndDiffersOtherwise()
    {
        var a = SiteScope.Of(["lpo-jarva", "sdo-jarva"]);
        var b = SiteScope.Of(["SDO-JARVA", " lpo-jarva "]);
        var c = SiteScope.Of(["lpo-jarva"]);

        Assert.Equal(a.Key, b.Key);
        Assert.NotEqual(a.Key, c.Key);
        Assert.Matches("^omr-[0-9a-f]{16}$", a.Key);
        Assert.Equal("alla", SiteScope.Everything.Key);
        Assert.Throws<ArgumentException>(() => SiteScope.Of([" "]));
    }

    [Fact]
    public void Shows_TheScopesAreasAndTheCity_Only()
    {
        var scope = SiteScope.Of(["lpo-jarva"]);

        Assert.True(scope.Shows("lpo-jarva", "kommun-0180"));
        Assert.True(scope.Shows("kommun-0180", "kommun-0180"));
        Assert.False(scope.Shows("po-nord", "kommun-0180"));
        Assert.True(SiteScope.Everything.Shows("po-nord", "kommun-0180"));
    }

    [Fact]
    public void ReadRun_ReadsTheRunTheMarkerNames_AndNullWithoutOne()
    {
        using var folder = new TempDirectory();
        var before = SiteMarker.ReadRun(folder.Path);
        File.WriteAllText(Path.Combine(folder.Path, SiteMarker.FileName), "2026.1\n"); // a site published before markers named runs
        var old = SiteMarker.ReadRun(folder.Path);
        File.WriteAllText(Path.Combine(folder.Path, SiteMarker.FileName), SiteMarker.Text(new ComputeRun { Id = 42, CatalogVersion = "2026.1", ComputedAt = default }, SiteScope.Everything));

        Assert.Null(before);
        Assert.Null(old);
        Assert.Equal(42, SiteMarker.ReadRun(folder.Path));
    }
}
