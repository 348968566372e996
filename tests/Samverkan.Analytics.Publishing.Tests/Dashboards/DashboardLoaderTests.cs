using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Publishing.Dashboards;
using Samverkan.Analytics.Publishing.Tests.Support;

namespace Samverkan.Analytics.Publishing.Tests.Dashboards;

public sealed class DashboardLoaderTests
{
    private const string Minimal = """
        title: Test
        pages:
          - id: index
            kind: overview
            title: Översikt
            panels:
              - type: matrix
                area_kind: district
        """;

    [Fact]
    public void Default_IsTheRepositorysDashboardsFolder_CompiledIn()
    {
        var shipped = DashboardSet.Load(Path.Combine(RepositoryRoot.Path, "dashboards"));

        var compiled = DashboardSet.Default;

        Assert.Equal(shipped.Title, compiled.Title);
        Assert.Equal(shipped.Pages.Select(p => (p.Id, p.Kind)), compiled.Pages.Select(p => (p.Id, p.Kind)));
        Assert.Equal(shipped.StyleSheet, compiled.StyleSheet);
        Assert.Contains(compiled.Pages, p => p.Kind == PageKind.AreaProfile && p.AreaKinds.SequenceEqual([AreaKind.District, AreaKind.LocalPoliceArea]));
        Assert.Contains(compiled.Pages, p => p.IsStart && p.Kind == PageKind.Overview);
    }

    [Fact]
    public void Parse_ReadsPagesPanelsAndAudience_WhenTheDefinitionIsValid()
    {
        var set = DashboardLoader.Parse("site.yaml", Minimal + "\n    audience: [styrgrupp, säkerhetschefer]\n", "css");

        var page = Assert.Single(set.Pages);
        Assert.Equal(["styrgrupp", "säkerhetschefer"], page.Audience);
        Assert.Equal(DashboardLoader.CurrentAgreement, page.Agreement);
        Assert.Equal(new DashboardPanel(PanelType.Matrix, AreaKind.District), Assert.Single(page.Panels));
    }

    [Fact]
    public void Parse_ListsEveryProblemWithLineAndColumn_WhenTheDefinitionIsWrong()
    {
        const string Yaml = """
            title: Test
            pages:
              - id: Start Page
                kind: overveiw
                title: Översikt
                panels:
                  - type: matrix
              - id: ind
                kind: indicator
                title: Indikatorer
                colour: blue
                panels:
                  - type: spine
            """;

        var ex = Assert.Throws<InvalidOperationException>(() => DashboardLoader.Parse("site.yaml", Yaml, "css"));

        Assert.Contains("site.yaml:3:9: pages[0].id: 'Start Page' is not an id", ex.Message, StringComparison.Ordinal);
        Assert.Contains("site.yaml:4:11: pages[0].kind: 'overveiw' is not one of overview, priority-area, indicator, area-profile", ex.Message, StringComparison.Ordinal);
        Assert.Contains("site.yaml:11:5: pages[1].colour: unknown field 'colour'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("pages[1].panels[0].type: 'spine' is not a panel of indicator pages", ex.Message, StringComparison.Ordinal);
        Assert.Contains("no start page", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RequiresAnAreaKind_WhenAMatrixHasNone()
    {
        var yaml = Minimal.Replace("area_kind: district", string.Empty, StringComparison.Ordinal);

        var ex = Assert.Throws<InvalidOperationException>(() => DashboardLoader.Parse("site.yaml", yaml, "css"));

        Assert.Contains("panels[0].area_kind: required", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RefusesAMapOfAnAreaKindThatCannotBeDrawn_AndALocatorMapOutsideProfiles()
    {
        var yaml = Minimal.Replace("type: matrix\n        area_kind: district", "type: map\n        area_kind: police-region", StringComparison.Ordinal)
            + "\n      - type: locator-map\n";

        var ex = Assert.Throws<InvalidOperationException>(() => DashboardLoader.Parse("site.yaml", yaml, "css"));

        Assert.Contains("panels[0].area_kind: maps draw district or local-police-area", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'locator-map' is not a panel of overview pages", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_HasMapsOnTheOverviewIndicatorPagesAndProfiles()
    {
        var pages = DashboardSet.Default.Pages;

        Assert.Contains(pages.Single(p => p.Id == "index").Panels, p => p.Type == PanelType.Map && p.AreaKind == AreaKind.District);
        Assert.Contains(pages.Single(p => p.Kind == PageKind.Indicator).Panels, p => p.Type == PanelType.Map && p.AreaKind == AreaKind.LocalPoliceArea);
        Assert.Contains(pages.Single(p => p.Kind == PageKind.AreaProfile).Panels, p => p.Type == PanelType.LocatorMap);
    }
}
