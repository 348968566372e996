using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Dashboards;
using Samverkan.Analytics.Publishing.Maps;
using Samverkan.Analytics.Publishing.Site;
using Samverkan.Analytics.Publishing.Tests.Support;

namespace Samverkan.Analytics.Publishing.Tests.Site;

/// <summary>
/// The maps of the published sample site (issue 12): on the overview (one per indicator, chosen from
/// a list), on indicator pages and area profiles, each with its summary and table; colours follow
/// the verdicts of the rows shown (checked on the model, against the results, not on pixels).
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class SiteMapsTests(SampleSiteFixture site)
{
    private static readonly Lazy<CityMap> Map = new(CityMap.LoadShipped);

    [Fact]
    public void OverviewPage_HasAMapWithSummaryAndTable_ForEveryIndicatorWithDistrictRows()
    {
        var document = Parse("index.html");
        var expected = site.Catalog.AllIndicators
            .Where(i => site.Results.Any(r => r.IndicatorId == i.Id && site.Catalog.Areas.Find(r.AreaId)?.Kind == AreaKind.District))
            .Select(i => i.Id)
            .ToList();
        var switcher = document.QuerySelector("[data-map-switcher]");

        Assert.NotNull(switcher);
        Assert.True(expected.Count >= 10, "the sample has district rows for most indicators");
        var links = switcher.QuerySelectorAll("a[data-map-choice]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(expected.Select(id => "#karta-district-" + id), links);
        foreach (var id in expected)
        {
            var panel = document.GetElementById("karta-district-" + id);
            Assert.NotNull(panel);
            AssertMapWithSummaryAndTable(panel, "index.html", site.Catalog.AllIndicators.First(i => i.Id == id).Title);
            Assert.Null(panel.GetAttribute("hidden"));
        }

        Assert.Equal(MapSwitcher.Script, document.QuerySelector("script")?.GetAttribute("src"));
        Assert.True(File.Exists(site.PathOf(MapSwitcher.Script)));
    }

    [Fact]
    public void OverviewMap_ShowsTodaysElevenDistricts_WithHarmonisedValues_WhenTheLatestSurveyPredatesThem()
    {
        var maps = Plan();
        var page = DashboardSet.Default.Pages.Single(p => p.Id == "index");

        var survey = maps.Overview(page, "otrygg-ute-sen-kvall", AreaKind.District)!.Model;
        var crime = maps.Overview(page, "brott-mot-person", AreaKind.District)!.Model;

        Assert.Equal(GeographyVersion.Districts2023, survey.Geography);
        Assert.Equal("2023", survey.Period.ToString());
        Assert.True(survey.Harmonised);
        Assert.Contains("omräknade", survey.Caption, StringComparison.Ordinal);
        Assert.Equal(11, survey.Areas.Count);
        Assert.Contains(survey.Areas, a => a.AreaId == "sdo-jarva" && a.ValueText.Length > 0);
        Assert.Equal(GeographyVersion.Districts2023, crime.Geography);
        Assert.False(crime.Harmonised);
    }

    [Fact]
    public void IndicatorPage_ShowsTheLatestPeriodOnThatPeriodsDistricts_AndThePoliceAreaMapWhereThereAreRows()
    {
        var survey = Parse("indikator/otrygg-ute-sen-kvall.html");
        var crime = Parse("indikator/brott-mot-person.html");
        var police = Parse("indikator/trygg-ute-sen-kvall.html");

        var surveyMap = survey.GetElementById("karta-district")!.NextElementSibling!;
        AssertMapWithSummaryAndTable(surveyMap, "indikator/otrygg-ute-sen-kvall.html", "Karta");
        Assert.EndsWith("maps/otrygg-ute-sen-kvall/sdo2020-2023.svg", surveyMap.QuerySelector("img")!.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal(13, surveyMap.QuerySelectorAll("table.map-table tbody tr").Length);
        Assert.Contains("13 stadsdelsområden", surveyMap.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Null(survey.GetElementById("karta-local-police-area"));

        var crimeDistricts = crime.GetElementById("karta-district")!.NextElementSibling!;
        var crimePolice = crime.GetElementById("karta-local-police-area")!.NextElementSibling!;
        AssertMapWithSummaryAndTable(crimeDistricts, "indikator/brott-mot-person.html", "Karta");
        AssertMapWithSummaryAndTable(crimePolice, "indikator/brott-mot-person.html", "Karta");
        Assert.Equal(11, crimeDistricts.QuerySelectorAll("table.map-table tbody tr").Length);
        Assert.Equal(7, crimePolice.QuerySelectorAll("table.map-table tbody tr").Length);

        Assert.Null(police.GetElementById("karta-district"));
        Assert.NotNull(police.GetElementById("karta-local-police-area"));
    }

    [Theory]
    [InlineData("sdo-jarva", 11)]
    [InlineData("sdo-rinkeby-kista", 13)]
    [InlineData("sdo-alvsjo", 14)]
    [InlineData("lpo-jarva", 7)]
    public void AreaProfile_HasALocatorMapHighlightingTheArea(string areaId, int areasDrawn)
    {
        var page = "profil/" + areaId + ".html";
        var document = Parse(page);
        var name = site.Catalog.Areas.Find(areaId)!.Name;

        var figure = document.GetElementById("karta")!.NextElementSibling!;

        AssertMapWithSummaryAndTable(figure, page, name);
        Assert.EndsWith("maps/lage/" + areaId + ".svg", figure.QuerySelector("img")!.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal(areasDrawn, figure.QuerySelectorAll("table.map-table tbody tr").Length);
        var chosen = Assert.Single(figure.QuerySelectorAll("table.map-table tr.chosen"));
        Assert.Equal(name, chosen.QuerySelector("th")!.TextContent);
        Assert.Contains("Kartan visar var " + name + " ligger", figure.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryResultsMap_ColoursEachAreaByTheChangeVerdictOfItsRow()
    {
        var maps = Plan();
        var rows = site.Results.GroupBy(r => (r.IndicatorId, r.AreaId, r.Period.ToString())).ToDictionary(g => g.Key, g => g.First());
        var checkedAreas = 0;
        var seen = new HashSet<string>();

        foreach (var map in maps.All.Where(m => m.Model.Colouring == MapColouring.ChangeVerdict))
        {
            var indicator = Regex.Match(map.Path, "^maps/([^/]+)/").Groups[1].Value;
            foreach (var area in map.Model.Areas)
            {
                var row = rows.GetValueOrDefault((indicator, area.AreaId, map.Model.Period.ToString()!));
                var expected = row switch
                {
                    null => ("missing", MapPalette.Missing),
                    { Status: ResultStatus.Suppressed } => ("suppressed", MapPalette.Suppressed),
                    { Value: null } => ("missing", MapPalette.Missing),
                    { ChangeVerdict: Verdict.Better } => ("better", MapPalette.Better),
                    { ChangeVerdict: Verdict.Worse } => ("worse", MapPalette.Worse),
                    { ChangeVerdict: Verdict.Similar } => ("similar", MapPalette.Similar),
                    { ChangeVerdict: Verdict.Higher } => ("higher", MapPalette.Higher),
                    { ChangeVerdict: Verdict.Lower } => ("lower", MapPalette.Lower),
                    _ => ("not-assessed", MapPalette.NotAssessed),
                };
                Assert.Equal(expected, (area.Key, area.Fill));
                seen.Add(area.Key);
                checkedAreas++;
            }
        }

        Assert.True(checkedAreas > 200, $"only {checkedAreas} areas checked");
        Assert.Superset(new HashSet<string> { "better", "similar", "worse", "not-assessed" }, seen);
    }

    [Fact]
    public void MapTables_ShowTheVerdictOfEachAreaInWords_NextToASwatchOfItsMapColour()
    {
        var maps = Plan();
        var model = maps.Indicator("brott-mot-person", AreaKind.District)!.Model;
        var document = Parse("indikator/brott-mot-person.html");

        var rows = document.GetElementById("karta-district")!.NextElementSibling!.QuerySelectorAll("table.map-table tbody tr");

        Assert.Equal(model.Areas.Count, rows.Length);
        foreach (var (area, row) in model.Areas.Zip(rows))
        {
            Assert.Equal(area.Name, row.QuerySelector("th")!.TextContent);
            var verdict = row.QuerySelectorAll("td")[2];
            Assert.Equal(area.ClassText, verdict.TextContent.Trim());
            Assert.Contains("map-key-" + area.Key, verdict.QuerySelector(".map-swatch")!.ClassName, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void StyleSheet_VerdictCellsAndSwatchesHaveTheMapsColours()
    {
        var css = File.ReadAllText(site.PathOf("style.css"));
        var palette = new Dictionary<string, string>
        {
            ["better"] = MapPalette.Better,
            ["similar"] = MapPalette.Similar,
            ["worse"] = MapPalette.Worse,
            ["higher"] = MapPalette.Higher,
            ["lower"] = MapPalette.Lower,
            ["not-assessed"] = MapPalette.NotAssessed,
            ["highlight"] = MapPalette.Highlight,
            ["other"] = MapPalette.Other,
        };

        foreach (var (key, colour) in palette)
        {
            var match = Regex.Match(css, @"\.map-key-" + key + @" \{ background: (#[0-9a-fA-F]{6}|var\(--" + key + @"-bg\)); \}");
            Assert.True(match.Success, key);
            var value = match.Groups[1].Value.StartsWith('#') ? match.Groups[1].Value : Regex.Match(css, "--" + key + @"-bg: (#[0-9a-fA-F]{6});").Groups[1].Value;
            Assert.Equal(colour, value, ignoreCase: true);
        }

        // One palette: the overview's verdict cells use the maps' colours.
        foreach (var key in new[] { "better", "similar", "worse", "higher", "lower", "not-assessed" })
        {
            Assert.Matches(@"\.v-" + key + @" \{ background: var\(--" + key + @"-bg\);", css);
        }

        Assert.Contains(".map-key-suppressed {", css, StringComparison.Ordinal);
        Assert.Contains(".map-key-missing {", css, StringComparison.Ordinal);
    }

    [Fact]
    public void NewIndicatorInTheCatalogue_GetsItsOverviewAndIndicatorMaps_WithoutCodeChanges()
    {
        var template = site.Catalog.Indicators.First(i => i.Id == "brott-mot-person");
        var added = template with { Id = "ny-indikator", Title = "En ny indikator" };
        var catalog = new Catalog(
            site.Catalog.Version, site.Catalog.Areas, site.Catalog.Agreements, site.Catalog.LocalAgreements,
            [.. site.Catalog.Indicators, added], site.Catalog.CrimeCategories);
        var results = site.Results.Concat(site.Results.Where(r => r.IndicatorId == template.Id).Select(r => r with { IndicatorId = added.Id })).ToList();
        var data = new SiteData(catalog, site.Run, results, DashboardSet.Default);

        var maps = SiteMaps.Plan(data, Map.Value);

        var overview = maps.Overview(DashboardSet.Default.Pages.Single(p => p.Id == "index"), added.Id, AreaKind.District);
        Assert.NotNull(overview);
        Assert.StartsWith("En ny indikator", overview.Model.Title, StringComparison.Ordinal);
        Assert.NotNull(maps.Indicator(added.Id, AreaKind.District));
        Assert.NotNull(maps.Indicator(added.Id, AreaKind.LocalPoliceArea));
        Assert.Contains(maps.Files, f => f.RelativePath.StartsWith("maps/ny-indikator/", StringComparison.Ordinal));
    }

    [Fact]
    public void SameMap_IsDrawnOnce_WhenTheOverviewAndTheIndicatorPageShowTheSamePeriodAndDivision()
    {
        var maps = Plan();
        var page = DashboardSet.Default.Pages.Single(p => p.Id == "index");

        var onOverview = maps.Overview(page, "brott-mot-person", AreaKind.District)!;
        var onPage = maps.Indicator("brott-mot-person", AreaKind.District)!;

        Assert.Same(onOverview, onPage);
        Assert.Equal(maps.Files.Count, maps.Files.Select(f => f.RelativePath).Distinct().Count());
        Assert.Equal(maps.All.Count, maps.Files.Count);
    }

    [Fact]
    public void PublishedMaps_ArePngAndSvgFiles_WithSwedishNamesInTheSvg()
    {
        var maps = Plan();

        foreach (var map in maps.All)
        {
            Assert.True(new FileInfo(site.PathOf(map.Path + ".png")).Length > 5_000, map.Path);
            Assert.True(File.Exists(site.PathOf(map.Path + ".svg")), map.Path);
        }

        var svg = File.ReadAllText(site.PathOf(maps.Indicator("brott-mot-person", AreaKind.District)!.Path + ".svg"));
        Assert.Contains("Hägersten-Älvsjö", svg, StringComparison.Ordinal);
        Assert.Contains("Skärholmen", svg, StringComparison.Ordinal);
        Assert.Contains("Sämre", svg, StringComparison.Ordinal);
    }

    private SiteMaps Plan() => SiteMaps.Plan(new SiteData(site.Catalog, site.Run, site.Results, DashboardSet.Default), Map.Value);

    private IHtmlDocument Parse(string page) => new HtmlParser().ParseDocument(File.ReadAllText(site.PathOf(page)));

    /// <summary>A map figure (SVG on the page, PNG beside it) with a Swedish summary and alt text, and a table with caption beside it.</summary>
    private void AssertMapWithSummaryAndTable(IElement container, string page, string altContains)
    {
        var figure = container.QuerySelector(".chart-and-table") ?? container;
        var img = figure.QuerySelector("figure img");
        Assert.NotNull(img);
        var src = img.GetAttribute("src")!;
        Assert.EndsWith(".svg", src, StringComparison.Ordinal);
        Assert.Contains("maps/", src, StringComparison.Ordinal);
        var folder = Path.GetDirectoryName(site.PathOf(page))!;
        Assert.True(File.Exists(Path.Combine(folder, Uri.UnescapeDataString(src))), src);
        Assert.True(File.Exists(Path.Combine(folder, Uri.UnescapeDataString(src[..^4] + ".png"))), src);
        Assert.Contains(altContains, img.GetAttribute("alt")!, StringComparison.Ordinal);
        Assert.StartsWith("Karta", img.GetAttribute("alt")!, StringComparison.Ordinal);
        Assert.True(figure.QuerySelector("figcaption .summary")!.TextContent.Length > 40);
        var table = figure.QuerySelector("table.map-table");
        Assert.NotNull(table);
        Assert.False(string.IsNullOrWhiteSpace(table.QuerySelector("caption")?.TextContent));
        Assert.NotEmpty(table.QuerySelectorAll("tbody tr"));
    }
}
