using System.Xml.Linq;
using NetTopologySuite.Geometries;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Maps;
using ScottPlot;
using SkiaSharp;

namespace Samverkan.Analytics.Publishing.Tests.Maps;

public class MapRendererTests
{
    [Fact]
    public void Render_WritesPngAndSvgWithSwedishNames_WhenDrawing2019sDistricts()
    {
        var png = Path.Combine(MapFixture.OutputDirectory, "otrygg-2019-forandring.png");
        var svg = Path.ChangeExtension(png, ".svg");
        var request = new MapRequest { Indicator = MapRows.Otrygg, Rows = MapRows.For(2019, MapRows.Districts2019) };

        var model = MapRenderer.Render(MapFixture.Map, MapFixture.Catalog, request, png, svg);

        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(900, bitmap.Width);
        Assert.Equal(900, bitmap.Height);
        var texts = SvgTexts(File.ReadAllText(svg));
        foreach (var word in new[] { "Skärholmen", "Älvsjö", "Östermalm", "Sämre", "Bättre", "Ingen säker förändring", "Förändring 2017–2019" })
        {
            Assert.Contains(word, texts);
        }

        Assert.Contains("Otrygga ute sent på kvällen: förändring 2017–2019", texts);

        Assert.Equal("Otrygga ute sent på kvällen: förändring 2017–2019", model.Title);
        Assert.Equal(GeographyVersion.Districts2019, model.Geography);
        Assert.Equal(14, model.Areas.Count);
        Assert.Empty(Directory.GetFiles(MapFixture.OutputDirectory, "*.tmp"));
    }

    [Fact]
    public void Render_PaintsEachDistrictInItsVerdictsColour()
    {
        // Bromma has no row; Kungsholmen's is suppressed.
        var rows = MapRows.For(2024, MapRows.Districts2023).Where(r => r.AreaId is not ("sdo-bromma" or "sdo-kungsholmen")).ToList();
        rows.Add(MapRows.Suppressed("sdo-kungsholmen", 2024));
        var request = new MapRequest { Indicator = MapRows.Otrygg, Rows = rows };

        var model = MapRenderer.Build(MapFixture.Map, MapFixture.Catalog, request);
        using var bitmap = Draw(model, out var transform, Path.Combine(MapFixture.OutputDirectory, "otrygg-2024-forandring.png"));

        var expected = new Dictionary<string, (string Key, string Fill)>
        {
            ["sdo-jarva"] = ("better", "#74ADD1"),
            ["sdo-sodermalm"] = ("better", "#74ADD1"),
            ["sdo-hasselby-vallingby"] = ("similar", "#FEE090"),
            ["sdo-skarholmen"] = ("worse", "#F46D43"),
            ["sdo-farsta"] = ("worse", "#F46D43"),
            ["sdo-enskede-arsta-vantor"] = ("worse", "#F46D43"),
            ["sdo-bromma"] = ("missing", "#FFFFFF"),
            ["sdo-kungsholmen"] = ("suppressed", "#E6E6E6"),
        };
        foreach (var (id, (key, fill)) in expected)
        {
            var area = model.Areas.Single(a => a.AreaId == id);
            Assert.Equal(key, area.Key);
            Assert.Equal(fill, area.Fill);
            if (!area.Hatched)
            {
                Assert.Equal(fill, DominantColour(bitmap, transform, area.Outline.Geometry));
            }
        }

        Assert.True(model.Areas.Single(a => a.AreaId == "sdo-kungsholmen").Hatched);
        Assert.Contains(model.Legend, e => e.Text == "Undertryckt (för litet underlag)" && e.Hatched && e.Count == 1);
        Assert.Contains(model.Legend, e => e.Text == "Uppgift saknas" && e.Count == 1);
        Assert.Equal(["Bättre", "Ingen säker förändring", "Sämre"], model.Legend.Take(3).Select(e => e.Text));
    }

    [Theory]
    [InlineData(2019, "sdo-rinkeby-kista", GeographyVersion.Districts2019, 14, false)]
    [InlineData(2021, "sdo-rinkeby-kista", GeographyVersion.Districts2020, 13, false)]
    [InlineData(2024, "sdo-jarva", GeographyVersion.Districts2023, 11, false)]
    [InlineData(2019, "sdo-jarva", GeographyVersion.Districts2023, 11, true)]
    public void Build_DrawsTheDivisionOfThePeriodOrOfTheRows(int year, string someArea, GeographyVersion expected, int count, bool harmonised)
    {
        var source = harmonised || year >= 2024 ? MapRows.Districts2023 : MapRows.Districts2019;
        var rows = MapRows.For(year, source)
            .Select(r => year == 2021 && r.AreaId is "sdo-alvsjo" or "sdo-hagersten-liljeholmen" ? r with { AreaId = "sdo-hagersten-alvsjo" } : r)
            .DistinctBy(r => r.AreaId)
            .ToList();

        var model = MapRenderer.Build(MapFixture.Map, MapFixture.Catalog, new MapRequest { Indicator = MapRows.Otrygg, Rows = rows });

        Assert.Equal(expected, model.Geography);
        Assert.Equal(count, model.Areas.Count);
        Assert.Contains(model.Areas, a => a.AreaId == someArea);
        Assert.Equal(harmonised, model.Harmonised);
        Assert.Equal(harmonised, model.Caption.Contains("omräknade", StringComparison.Ordinal));
        Assert.Empty(model.Unplaced);
    }

    [Fact]
    public void Build_ListsRowsThatHaveNoOutline_WhenTheDivisionIsForced()
    {
        var request = new MapRequest
        {
            Indicator = MapRows.Otrygg,
            Rows = MapRows.For(2019, MapRows.Districts2019),
            Geography = GeographyVersion.Districts2023,
        };

        var model = MapRenderer.Build(MapFixture.Map, MapFixture.Catalog, request);

        Assert.Equal(["sdo-alvsjo", "sdo-hagersten-liljeholmen", "sdo-norrmalm", "sdo-ostermalm", "sdo-rinkeby-kista", "sdo-spanga-tensta"], model.Unplaced);
        Assert.Equal("missing", model.Areas.Single(a => a.AreaId == "sdo-jarva").Key);
    }

    [Fact]
    public void Build_WritesASwedishSummaryOfWhereItGotWorse()
    {
        var rows = MapRows.For(2024, MapRows.Districts2023);
        rows.Add(MapRows.Row("kommun-0180", 2024, 17.2, Verdict.Better));

        var model = MapRenderer.Build(MapFixture.Map, MapFixture.Catalog, new MapRequest { Indicator = MapRows.Otrygg, Rows = rows });

        Assert.StartsWith("Otrygga ute sent på kvällen, 2024 jämfört med utgångsläget 2017, 11 stadsdelsområden.", model.Summary, StringComparison.Ordinal);
        Assert.Contains("Sämre: Enskede-Årsta-Vantör, Farsta och Skärholmen.", model.Summary, StringComparison.Ordinal);
        Assert.Contains("Bättre: Järva och Södermalm.", model.Summary, StringComparison.Ordinal);
        Assert.Contains("Hela staden: 17,2\u00A0%, bättre (\u22126,1 procentenheter (\u22129,0 till \u22123,2))", model.Summary, StringComparison.Ordinal);
        var farsta = model.Areas.Single(a => a.AreaId == "sdo-farsta");
        Assert.Equal("23,0\u00A0% (20,0–26,0)", farsta.ValueText);
        Assert.Equal("sämre", farsta.ClassText);
        Assert.Equal("+5,2 procentenheter (+2,0 till +8,4)", farsta.ChangeText);
    }

    [Fact]
    public void Build_ColoursByValueNotByTheCity_WhenTheIndicatorIsACount()
    {
        var count = MapRows.Otrygg with { Id = "trygghetsvandringar", Title = "Genomförda trygghetsvandringar", Measure = Measure.Count, Unit = "antal", Multiplier = 1 };
        var rows = MapRows.For(2024, MapRows.Districts2023).Select(r => r with { IndicatorId = count.Id, ComparatorVerdict = Verdict.Worse }).ToList();

        var asCount = MapRenderer.Build(MapFixture.Map, MapFixture.Catalog, new MapRequest { Indicator = count, Rows = rows, Colouring = MapColouring.ComparatorVerdict });
        var asShare = MapRenderer.Build(MapFixture.Map, MapFixture.Catalog, new MapRequest { Indicator = MapRows.Otrygg, Rows = MapRows.For(2024, MapRows.Districts2023).Select(r => r with { ComparatorVerdict = Verdict.Worse }).ToList(), Colouring = MapColouring.ComparatorVerdict });

        Assert.Equal(MapColouring.Value, asCount.Colouring);
        Assert.DoesNotContain(asCount.Areas, a => a.Key is "worse" or "better" or "similar");
        Assert.DoesNotContain("staden", asCount.Title, StringComparison.Ordinal);
        Assert.Equal(MapColouring.ComparatorVerdict, asShare.Colouring);
        Assert.Contains(asShare.Areas, a => a.Key == "worse");
    }

    [Fact]
    public void Build_SaysNoAreaGotWorse_WhenNoneDid()
    {
        var rows = MapRows.For(2024, MapRows.Districts2023.ToDictionary(kv => kv.Key, kv => (kv.Value.Item1, Verdict.Similar)));

        var model = MapRenderer.Build(MapFixture.Map, MapFixture.Catalog, new MapRequest { Indicator = MapRows.Otrygg, Rows = rows });

        Assert.Contains("Inget område har blivit säkert sämre.", model.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ShowsValueClassesWithTheirBreaks_WhenColouredByValue()
    {
        var png = Path.Combine(MapFixture.OutputDirectory, "otrygg-2024-varde.png");
        var request = new MapRequest
        {
            Indicator = MapRows.Otrygg,
            Rows = MapRows.For(2024, MapRows.Districts2023),
            Colouring = MapColouring.Value,
            ShowPlaces = true,
        };

        var model = MapRenderer.Render(MapFixture.Map, MapFixture.Catalog, request, png, Path.ChangeExtension(png, ".svg"));

        // Values 10,9–28,8: steps of 5 from 10 to 30.
        Assert.Equal(["10–15\u00A0%", "15–20\u00A0%", "20–25\u00A0%", "25–30\u00A0%"], model.Legend.Where(e => e.Key.StartsWith("class-", StringComparison.Ordinal)).Select(e => e.Text));
        Assert.Equal("class-4", model.Areas.Single(a => a.AreaId == "sdo-jarva").Key);
        Assert.Equal("class-1", model.Areas.Single(a => a.AreaId == "sdo-bromma").Key);
        Assert.Contains("Högst: Järva (28,8\u00A0%). Lägst: Bromma (10,9\u00A0%).", model.Summary, StringComparison.Ordinal);
        Assert.Equal(8, model.Places.Count);
        Assert.Contains(model.Legend, e => e.Key == "place");
    }

    [Fact]
    public void Render_DrawsTheSevenLocalPoliceAreas_WhenAskedForThem()
    {
        var png = Path.Combine(MapFixture.OutputDirectory, "otrygg-2024-lokalpolisomraden.png");
        var lpos = new Dictionary<string, (double, Verdict)>
        {
            ["lpo-norrmalm"] = (12.0, Verdict.Similar),
            ["lpo-sodermalm"] = (15.0, Verdict.Better),
            ["lpo-jarva"] = (28.0, Verdict.Better),
            ["lpo-vallingby"] = (16.0, Verdict.Similar),
            ["lpo-globen"] = (18.0, Verdict.Similar),
            ["lpo-farsta"] = (22.0, Verdict.Worse),
            ["lpo-skarholmen"] = (24.0, Verdict.Worse),
        };
        var request = new MapRequest { Indicator = MapRows.Otrygg, Rows = MapRows.For(2024, lpos), AreaKind = AreaKind.LocalPoliceArea };

        var model = MapRenderer.Render(MapFixture.Map, MapFixture.Catalog, request, png, Path.ChangeExtension(png, ".svg"));

        Assert.Equal(7, model.Areas.Count);
        Assert.Equal(["lpo-norrmalm", "lpo-sodermalm", "lpo-jarva", "lpo-vallingby", "lpo-globen", "lpo-farsta", "lpo-skarholmen"], model.Areas.Select(a => a.AreaId));
        Assert.Contains("Sämre: Farsta och Skärholmen.", model.Summary, StringComparison.Ordinal);
        Assert.Contains("Globen", SvgTexts(File.ReadAllText(Path.ChangeExtension(png, ".svg"))));
    }

    [Fact]
    public void Render_DrawsASmallLocatorMap_WhenHighlightingAreas()
    {
        var png = Path.Combine(MapFixture.OutputDirectory, "lage-skarholmen-alvsjo.png");
        var request = new MapRequest
        {
            Colouring = MapColouring.Highlight,
            Highlight = ["sdo-skarholmen", "sdo-hagersten-alvsjo", "plats-bredang"],
            Width = 420,
            Height = 420,
        };

        var model = MapRenderer.Render(MapFixture.Map, MapFixture.Catalog, request, png, Path.ChangeExtension(png, ".svg"));

        Assert.Equal(GeographyVersion.Districts2023, model.Geography);
        Assert.Equal(["sdo-hagersten-alvsjo", "sdo-skarholmen"], model.Areas.Where(a => a.Key == "highlight").Select(a => a.AreaId).Order());
        Assert.Equal(["plats-bredang"], model.Places.Select(p => p.AreaId));
        // Skärholmen the district shares its name with the local police area: the title says which.
        Assert.Equal("Skärholmen (stadsdelsområde), Hägersten-Älvsjö och Bredäng", model.Title);
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(420, bitmap.Width);
    }

    public static TheoryData<GeographyVersion, AreaKind, MapColouring> Layouts => new()
    {
        { GeographyVersion.Districts2019, AreaKind.District, MapColouring.ChangeVerdict },
        { GeographyVersion.Districts2020, AreaKind.District, MapColouring.Value },
        { GeographyVersion.Districts2023, AreaKind.District, MapColouring.Value },
        { GeographyVersion.Districts2023, AreaKind.LocalPoliceArea, MapColouring.ChangeVerdict },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void CreatePlot_LabelsEveryAreaWithoutOverlaps_InEveryDivision(GeographyVersion version, AreaKind kind, MapColouring colouring)
    {
        var day = version.ValidTo() ?? new DateOnly(2030, 1, 1);
        var ids = kind == AreaKind.District
            ? MapFixture.Map.Outlines(version).Keys
            : MapFixture.Map.PoliceAreaOutlines(MapFixture.Catalog.Areas.Overlaps).Keys;
        var rows = ids.Select((id, i) => MapRows.Row(id, day.Year, 10 + (i * 1.7), (Verdict)(1 + (i % 3)))).ToList();
        var model = MapRenderer.Build(MapFixture.Map, MapFixture.Catalog, new MapRequest { Indicator = MapRows.Otrygg, Rows = rows, Colouring = colouring, AreaKind = kind, ShowPlaces = true });

        var drawn = MapDrawing.CreatePlot(model, MapFixture.Map, 900, 900);
        drawn.Plot.Dispose();

        Assert.Equal(ids.Order(), drawn.Labels.Select(l => l.AreaId).Order());
        var image = new PixelBox(0, 0, 900, 900);
        foreach (var (id, box) in drawn.Labels)
        {
            Assert.True(box.Inside(image), $"{id}'s label leaves the image");
            Assert.Equal(0, box.OverlapArea(drawn.Legend));
            var centre = MapFixture.Map.City.Geometry.Factory.CreatePoint(new Coordinate(drawn.Transform.X(box.CentreX), drawn.Transform.Y(box.CentreY)));
            Assert.True(model.Areas.Single(a => a.AreaId == id).Outline.Geometry.Contains(centre), $"{id}'s label is centred outside it");
            foreach (var (other, otherBox) in drawn.Labels.Where(l => l.AreaId != id))
            {
                Assert.True(box.OverlapArea(otherBox) == 0, $"the labels of {id} and {other} overlap");
            }
        }
    }

    [Fact]
    public void Render_ReturnsPngBytesAndSvgInMemory()
    {
        var rendered = MapRenderer.Render(MapFixture.Map, MapFixture.Catalog, new MapRequest { Indicator = MapRows.Otrygg, Rows = MapRows.For(2024, MapRows.Districts2023), Width = 600, Height = 600 });

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], rendered.Png.Take(4));
        Assert.Equal("svg", XDocument.Parse(rendered.Svg).Root!.Name.LocalName);
        Assert.Equal(11, rendered.Model.Areas.Count);
    }

    [Fact]
    public void Render_ColoursAndNamesOnlyTheLimitedAreas_AndDrawsTheOthersGreyWithoutNames_WhenOnlyIsGiven()
    {
        var png = Path.Combine(MapFixture.OutputDirectory, "begransad-jarva.png");
        var request = new MapRequest { Indicator = MapRows.Otrygg, Rows = MapRows.For(2024, MapRows.Districts2023), Only = ["sdo-jarva"], Width = 540, Height = 540 };

        var model = MapRenderer.Render(MapFixture.Map, MapFixture.Catalog, request, png, Path.ChangeExtension(png, ".svg"));

        Assert.Equal(["sdo-jarva"], model.Areas.Select(a => a.AreaId));
        Assert.Equal(10, model.Background.Count);
        Assert.Equal(1, model.Legend.Sum(l => l.Count));
        var others = MapFixture.Catalog.Areas.Areas.Where(a => a.Id is not ("sdo-jarva" or "lpo-jarva" or "kommun-0180" or "pr-stockholm")).Select(a => a.Name).ToList();
        var texts = SvgTexts(File.ReadAllText(Path.ChangeExtension(png, ".svg")));
        foreach (var text in texts.Concat([model.Summary, model.Description, model.Title]))
        {
            Assert.DoesNotContain(others, name => text.Contains(name, StringComparison.Ordinal));
        }

        Assert.Contains("Järva", texts);
        Assert.Contains("Övriga områden är grå", model.Summary, StringComparison.Ordinal);

        // The police areas' caption names the municipalities it leaves out; a limited one does not.
        var police = MapRenderer.Build(MapFixture.Map, MapFixture.Catalog, request with { AreaKind = AreaKind.LocalPoliceArea, Only = ["lpo-jarva"], Rows = [] });
        Assert.DoesNotContain(others, name => police.Caption.Contains(name, StringComparison.Ordinal) || police.Description.Contains(name, StringComparison.Ordinal));
    }

    [Fact]
    public void Build_Throws_WhenAResultsMapHasNoIndicator()
    {
        Assert.Throws<ArgumentException>(() => MapRenderer.Build(MapFixture.Map, MapFixture.Catalog, new MapRequest { Rows = MapRows.For(2024, MapRows.Districts2023) }));
    }

    /// <summary>The SVG's text elements, trimmed, one per drawn line.</summary>
    private static List<string> SvgTexts(string svg) =>
        XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();

    /// <summary>Draws a model the way <see cref="MapRenderer"/> does, keeping the pixel transform.</summary>
    private static SKBitmap Draw(MapModel model, out MapTransform transform, string pngPath)
    {
        var drawn = MapDrawing.CreatePlot(model, MapFixture.Map, 900, 900);
        using (var plot = drawn.Plot)
        {
            transform = drawn.Transform;
            var bytes = plot.GetImageBytes(900, 900, ImageFormat.Png);
            Directory.CreateDirectory(Path.GetDirectoryName(pngPath)!);
            File.WriteAllBytes(pngPath, bytes);
            File.WriteAllText(Path.ChangeExtension(pngPath, ".svg"), plot.GetSvgXml(900, 900));
            return SKBitmap.Decode(bytes);
        }
    }

    /// <summary>The most common colour of pixels well inside <paramref name="area"/> (at least 5 px from its edge).</summary>
    private static string DominantColour(SKBitmap bitmap, MapTransform transform, Geometry area)
    {
        var inner = NetTopologySuite.Geometries.Prepared.PreparedGeometryFactory.Prepare(area.Buffer(-5 * transform.MetresPerPixel));
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var y = 0; y < bitmap.Height; y += 3)
        {
            for (var x = 0; x < bitmap.Width; x += 3)
            {
                var point = area.Factory.CreatePoint(new Coordinate(transform.X(x), transform.Y(y)));
                if (!inner.Contains(point))
                {
                    continue;
                }

                var c = bitmap.GetPixel(x, y);
                var hex = $"#{c.Red:X2}{c.Green:X2}{c.Blue:X2}";
                counts[hex] = counts.GetValueOrDefault(hex) + 1;
            }
        }

        return counts.MaxBy(kv => kv.Value).Key;
    }
}
