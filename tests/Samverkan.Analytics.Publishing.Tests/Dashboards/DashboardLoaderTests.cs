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

        var lines = ex.Message.Split('\n');
        Assert.Equal($"Webbplatsens sidor och paneler är felaktigt beskrivna ({lines.Length - 1} problem):", lines[0]);
        Assert.Contains("site.yaml, rad 3, kolumn 9: pages[0].id: 'Start Page' är inget id: använd gemena a–z", ex.Message, StringComparison.Ordinal);
        Assert.Contains("site.yaml, rad 4, kolumn 11: pages[0].kind: 'overveiw' är inte ett av overview, priority-area, indicator, area-profile", ex.Message, StringComparison.Ordinal);
        Assert.Contains("site.yaml, rad 11, kolumn 5: pages[1].colour: okänt fält 'colour'; tillåtna:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("pages[1].panels[0].type: 'spine' är ingen panel för sidor av typen indicator", ex.Message, StringComparison.Ordinal);
        Assert.Contains("site.yaml: pages: ingen startsida: en sida av typen overview måste ha id 'index'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RequiresAnAreaKind_WhenAMatrixHasNone()
    {
        var yaml = Minimal.Replace("area_kind: district", string.Empty, StringComparison.Ordinal);

        var ex = Assert.Throws<InvalidOperationException>(() => DashboardLoader.Parse("site.yaml", yaml, "css"));

        Assert.Contains("panels[0].area_kind: krävs: ett av", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RefusesAMapOfAnAreaKindThatCannotBeDrawn_AndALocatorMapOutsideProfiles()
    {
        var yaml = Minimal.Replace("type: matrix\n        area_kind: district", "type: map\n        area_kind: police-region", StringComparison.Ordinal)
            + "\n      - type: locator-map\n";

        var ex = Assert.Throws<InvalidOperationException>(() => DashboardLoader.Parse("site.yaml", yaml, "css"));

        Assert.Contains("panels[0].area_kind: kartor ritar district eller local-police-area", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'locator-map' är ingen panel för sidor av typen overview", ex.Message, StringComparison.Ordinal);
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
