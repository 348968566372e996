using NetTopologySuite.Geometries;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Publishing.Maps;

namespace Samverkan.Analytics.Publishing.Tests.Maps;

public class CityMapTests
{
    public static TheoryData<GeographyVersion> Versions => [.. GeographyVersions.All];

    [Fact]
    public void Load_Reads117Stadsdelar_WhenGivenTheShippedFolder()
    {
        var map = MapFixture.Map;

        Assert.Equal(117, map.Stadsdelar.Count);
        Assert.Equal(117, map.Stadsdelar.Select(s => s.Name).Distinct().Count());
        Assert.All(map.Stadsdelar, s => Assert.True(s.Geometry.IsValid, s.Name));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Outlines_GiveEveryCatalogueDistrictOfTheVersionAnOutline(GeographyVersion version)
    {
        var day = version.ValidTo() ?? new DateOnly(2030, 1, 1);
        var expected = MapFixture.Catalog.Areas.OfKind(AreaKind.District, day, day).Select(a => a.Id).Order().ToList();

        var outlines = MapFixture.Map.Outlines(version);

        Assert.Equal(version.DistrictCount(), outlines.Count);
        Assert.Equal(expected, outlines.Keys.Order().ToList());
        Assert.All(outlines.Values, o => Assert.True(o.Geometry.Area > 1_000_000, $"{o.AreaId} is under 1 km²"));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Outlines_UseEachOfThe117StadsdelarExactlyOnce_InEveryVersion(GeographyVersion version)
    {
        var used = MapFixture.Map.Outlines(version).Values.SelectMany(o => o.Stadsdelar).ToList();

        Assert.Equal(117, used.Count);
        Assert.Equal(MapFixture.Map.Stadsdelar.Select(s => s.Name).Order(StringComparer.Ordinal), used.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Outlines_DoNotOverlapAndTogetherCoverTheCity_InEveryVersion(GeographyVersion version)
    {
        var outlines = MapFixture.Map.Outlines(version).Values.ToList();
        var city = MapFixture.Map.City.Geometry;

        // The source polygons were simplified one by one (3 m), so neighbours overlap by slivers of a
        // few hundred m²; anything beyond 0,1 % of the smaller district is a real overlap.
        for (var i = 0; i < outlines.Count; i++)
        {
            for (var j = i + 1; j < outlines.Count; j++)
            {
                var shared = outlines[i].Geometry.Intersection(outlines[j].Geometry).Area;
                var smaller = Math.Min(outlines[i].Geometry.Area, outlines[j].Geometry.Area);
                Assert.True(shared < smaller * 0.001, $"{outlines[i].AreaId} and {outlines[j].AreaId} share {shared:F0} m²");
            }
        }

        Assert.Equal(city.Area, outlines.Sum(o => o.Geometry.Area), city.Area * 0.001);

        // A 120 × 120 grid over the city: each point inside the city lies in exactly one district.
        var envelope = city.EnvelopeInternal;
        var factory = city.Factory;
        var preparedCity = NetTopologySuite.Geometries.Prepared.PreparedGeometryFactory.Prepare(city);
        var prepared = outlines.Select(o => NetTopologySuite.Geometries.Prepared.PreparedGeometryFactory.Prepare(o.Geometry)).ToList();
        int inside = 0, exactlyOne = 0;
        for (var ix = 0; ix < 120; ix++)
        {
            for (var iy = 0; iy < 120; iy++)
            {
                var point = factory.CreatePoint(new Coordinate(
                    envelope.MinX + ((ix + 0.5) * envelope.Width / 120), envelope.MinY + ((iy + 0.5) * envelope.Height / 120)));
                if (!preparedCity.Contains(point))
                {
                    continue;
                }

                inside++;
                if (prepared.Count(o => o.Contains(point)) == 1)
                {
                    exactlyOne++;
                }
            }
        }

        Assert.True(inside > 5000, $"only {inside} grid points in the city");
        Assert.True(exactlyOne >= inside * 0.999, $"{inside - exactlyOne} of {inside} grid points are in no district or in several");
    }

    [Theory]
    [InlineData("sdo-bromma", 24)]
    [InlineData("sdo-hagersten-alvsjo", 17)]
    [InlineData("sdo-enskede-arsta-vantor", 12)]
    [InlineData("sdo-farsta", 10)]
    [InlineData("sdo-hasselby-vallingby", 9)]
    [InlineData("sdo-skarpnack", 9)]
    [InlineData("sdo-kungsholmen", 7)]
    [InlineData("sdo-spanga-tensta", 6)]
    [InlineData("sdo-sodermalm", 6)]
    [InlineData("sdo-rinkeby-kista", 5)]
    [InlineData("sdo-ostermalm", 5)]
    [InlineData("sdo-skarholmen", 4)]
    [InlineData("sdo-norrmalm", 3)]
    public void Outlines_GroupTheStadsdelarAsTheSourceCounts_In2020To2023(string district, int stadsdelar)
    {
        Assert.Equal(stadsdelar, MapFixture.Map.Outlines(GeographyVersion.Districts2020)[district].Stadsdelar.Count);
    }

    [Theory]
    [InlineData(59.330231, 18.059196, "sdo-norrmalm", "sdo-norra-innerstaden", "lpo-norrmalm")] // Stockholm central station
    [InlineData(59.293500, 18.083000, "sdo-enskede-arsta-vantor", "sdo-enskede-arsta-vantor", "lpo-globen")] // the Globe arena, Johanneshov
    [InlineData(59.403200, 17.944900, "sdo-rinkeby-kista", "sdo-jarva", "lpo-jarva")] // Kista centre
    [InlineData(59.277500, 17.888600, "sdo-skarholmen", "sdo-skarholmen", "lpo-skarholmen")] // Skärholmen centre
    public void Outlines_PutKnownLandmarksInTheirAreas(double lat, double lon, string district2019, string district2023, string lpo)
    {
        var (n, e) = GridProjection.Sweref991800.Project(lat, lon);
        var point = MapFixture.Map.City.Geometry.Factory.CreatePoint(new Coordinate(e, n));

        Assert.True(MapFixture.Map.Outlines(GeographyVersion.Districts2019)[district2019].Geometry.Contains(point));
        Assert.True(MapFixture.Map.Outlines(GeographyVersion.Districts2023)[district2023].Geometry.Contains(point));
        Assert.True(MapFixture.Map.PoliceAreaOutlines(MapFixture.Catalog.Areas.Overlaps)[lpo].Geometry.Contains(point));
    }

    [Fact]
    public void PoliceAreaOutlines_PartitionTheStadsdelarIntoTheSevenLocalPoliceAreas()
    {
        var expected = MapFixture.Catalog.Areas.Areas.Where(a => a.Kind == AreaKind.LocalPoliceArea).Select(a => a.Id).Order().ToList();

        var outlines = MapFixture.Map.PoliceAreaOutlines(MapFixture.Catalog.Areas.Overlaps);

        Assert.Equal(7, outlines.Count);
        Assert.Equal(expected, outlines.Keys.Order().ToList());
        var used = outlines.Values.SelectMany(o => o.Stadsdelar).ToList();
        Assert.Equal(117, used.Count);
        Assert.Equal(117, used.Distinct().Count());
    }

    [Theory]
    [InlineData("BANDHAGEN", "lpo-farsta")]
    [InlineData("HAGSÄTRA", "lpo-farsta")]
    [InlineData("HÖGDALEN", "lpo-farsta")]
    [InlineData("RÅGSVED", "lpo-farsta")]
    [InlineData("ÖRBY", "lpo-farsta")]
    [InlineData("FARSTA", "lpo-farsta")]
    [InlineData("GAMLA ENSKEDE", "lpo-globen")]
    [InlineData("ÅRSTA", "lpo-globen")]
    [InlineData("ÖSTBERGA", "lpo-globen")]
    [InlineData("BAGARMOSSEN", "lpo-globen")]
    [InlineData("ÄLVSJÖ", "lpo-globen")]
    [InlineData("SOLBERGA", "lpo-globen")]
    [InlineData("LILJEHOLMEN", "lpo-skarholmen")]
    [InlineData("FRUÄNGEN", "lpo-skarholmen")]
    [InlineData("SKÄRHOLMEN", "lpo-skarholmen")]
    [InlineData("BROMMA KYRKA", "lpo-vallingby")]
    [InlineData("TENSTA", "lpo-jarva")]
    [InlineData("KUNGSHOLMEN", "lpo-norrmalm")]
    [InlineData("DJURGÅRDEN", "lpo-norrmalm")]
    [InlineData("GAMLA STAN", "lpo-sodermalm")]
    public void PoliceAreaOutlines_FollowTheDistrictParts_InEveryVersion(string stadsdel, string lpo)
    {
        var overlaps = MapFixture.Catalog.Areas.Overlaps;

        Assert.Contains(stadsdel, MapFixture.Map.PoliceAreaOutlines(overlaps)[lpo].Stadsdelar);
        foreach (var version in GeographyVersions.All)
        {
            Assert.Equal(lpo, MapFixture.Map.PoliceAreaOf(overlaps, version)[stadsdel]);
        }
    }

    [Fact]
    public void PoliceAreaOutlines_Throws_WhenASplitDistrictsPartGoesToAnAreaTheCrosswalkLacks()
    {
        var overlaps = MapFixture.Catalog.Areas.Overlaps
            .Select(o => o.DistrictId == "sdo-enskede-arsta-vantor" && o.LocalPoliceAreaId == "lpo-farsta" ? o with { LocalPoliceAreaId = "lpo-skarholmen" } : o)
            .ToList();

        var error = Assert.Throws<InvalidOperationException>(() => MapFixture.Map.PoliceAreaOutlines(overlaps));

        Assert.Contains("Vantör", error.Message, StringComparison.Ordinal);
        Assert.Contains("av 'sdo-enskede-arsta-vantor' hör till lpo-farsta, som kopplingstabellen (crosswalk) inte anger för det stadsdelsområdet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Places_MarkEveryCataloguePlaceInsideItsDistrict()
    {
        var places = MapFixture.Catalog.Areas.Areas.Where(a => a.Kind == AreaKind.Place).ToList();
        var today = MapFixture.Map.Outlines(GeographyVersion.Districts2023);

        Assert.Equal(places.Select(p => p.Id).Order(), MapFixture.Map.Places.Keys.Order());
        foreach (var place in places)
        {
            var marker = MapFixture.Map.Places[place.Id];
            var point = marker.Geometry.Factory.CreatePoint(marker.Location);
            Assert.True(marker.Geometry.Contains(point), place.Id);
            Assert.True(today[place.ParentId!].Geometry.Contains(point), $"{place.Id} is not inside {place.ParentId}");
        }

        Assert.Equal(["HUSBY"], MapFixture.Map.Places["plats-husby"].Stadsdelar);
    }

    [Fact]
    public void Load_NamesTheFile_WhenTheTableLacksAStadsdel()
    {
        var directory = Path.Combine(Path.GetTempPath(), "samverkan-geo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            File.Copy(Path.Combine(MapFixture.Map.Directory, "stadsdelar.geo.json"), Path.Combine(directory, "stadsdelar.geo.json"));
            var lines = File.ReadAllLines(Path.Combine(MapFixture.Map.Directory, "stadsdelar_till_stadsdelsomrade.csv"));
            File.WriteAllLines(Path.Combine(directory, "stadsdelar_till_stadsdelsomrade.csv"), lines.Where(l => !l.StartsWith("HUSBY;", StringComparison.Ordinal)));

            var error = Assert.Throws<InvalidDataException>(() => CityMap.Load(directory));

            Assert.Equal("stadsdelar_till_stadsdelsomrade.csv: ingen rad för stadsdelen 'HUSBY' i stadsdelar.geo.json.", error.Message);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void LoadShipped_HasTheRepositorysGeodata_CompiledIn()
    {
        var shipped = CityMap.LoadShipped();
        var files = MapFixture.Map;

        Assert.Equal("(compiled in)", shipped.Directory);
        Assert.Equal(files.Stadsdelar.Select(s => (s.Name, s.District2019, s.District2020, s.District2023, s.Part)),
            shipped.Stadsdelar.Select(s => (s.Name, s.District2019, s.District2020, s.District2023, s.Part)));
        Assert.Equal(files.Stadsdelar.Select(s => s.Geometry.Area), shipped.Stadsdelar.Select(s => s.Geometry.Area));
        Assert.Equal(11, shipped.Outlines(GeographyVersion.Districts2023).Count);
    }
}
