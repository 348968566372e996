using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Ingestion.Catalog;
using CoreCatalog = Samverkan.Analytics.Core.Catalog.Catalog;

namespace Samverkan.Analytics.Ingestion.Tests.Catalog;

/// <summary>The shipped catalogue (data-samples/catalog) loads and says what the domain says.</summary>
public sealed partial class CatalogLoaderTests
{
    private static readonly Lazy<CoreCatalog> Shipped = new(() =>
    {
        var result = CatalogLoader.Load(RepositoryPaths.ShippedCatalog);
        Assert.True(result.Succeeded, result.ToString());
        return result.Catalog;
    });

    [Fact]
    public void Load_ReturnsCatalogWithoutProblems_WhenShippedCatalogue()
    {
        var result = CatalogLoader.Load(RepositoryPaths.ShippedCatalog);

        Assert.Empty(result.Problems);
        Assert.NotNull(result.Catalog);
        Assert.Equal("2026.11.2", result.Catalog.Version);
        Assert.Equal("kommun-0180", result.Catalog.CityAreaId);
    }

    [Theory]
    [InlineData("2019-12-31", 14)]
    [InlineData("2020-06-30", 14)]
    [InlineData("2020-07-01", 13)]
    [InlineData("2021-12-31", 13)]
    [InlineData("2023-06-30", 13)]
    [InlineData("2023-07-01", 11)]
    [InlineData("2024-12-31", 11)]
    public void Load_GivesTheCitysDistrictCount_OnEachDay(string day, int expected)
    {
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        var districts = Shipped.Value.Areas.OfKind(AreaKind.District, date, date).ToList();

        Assert.Equal(expected, districts.Count);
        Assert.All(districts, d => Assert.Equal("kommun-0180", d.ParentId));
    }

    [Fact]
    public void Load_GivesSevenLocalPoliceAreasInThreePoliceAreas_WhenShippedCatalogue()
    {
        var areas = Shipped.Value.Areas;
        var day = new DateOnly(2024, 6, 1);

        var lpos = areas.OfKind(AreaKind.LocalPoliceArea, day, day).ToList();

        Assert.Equal(
            ["lpo-farsta", "lpo-globen", "lpo-jarva", "lpo-norrmalm", "lpo-skarholmen", "lpo-sodermalm", "lpo-vallingby"],
            lpos.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["lpo-norrmalm", "lpo-sodermalm"], areas.ChildrenOf("po-city").Select(a => a.Id));
        Assert.Equal(["lpo-jarva", "lpo-vallingby"], areas.ChildrenOf("po-nord").Select(a => a.Id));
        Assert.Equal(["lpo-globen", "lpo-farsta", "lpo-skarholmen"], areas.ChildrenOf("po-syd").Select(a => a.Id));
        Assert.All(areas.OfKind(AreaKind.PoliceArea, day, day), p => Assert.Equal("pr-stockholm", p.ParentId));
    }

    [Fact]
    public void Resolve_FindsSpangaTensta_WhenBraSpellingIsUsedFor2023()
    {
        var resolution = Shipped.Value.Areas.Resolve(
            "Stadsdelsområde Spånga - Tensta (Sthlm)", new DateOnly(2023, 5, 1), new DateOnly(2023, 5, 31));

        Assert.Equal(AreaResolutionStatus.Resolved, resolution.Status);
        Assert.Equal("sdo-spanga-tensta", resolution.Area?.Id);
    }

    [Fact]
    public void Resolve_IsNotValidForPeriod_WhenBraSpellingOfSpangaTenstaIsUsedFor2024()
    {
        var resolution = Shipped.Value.Areas.Resolve(
            "Stadsdelsområde Spånga - Tensta (Sthlm)", new DateOnly(2024, 5, 1), new DateOnly(2024, 5, 31));

        Assert.Equal(AreaResolutionStatus.NotValidForPeriod, resolution.Status);
        Assert.Equal("sdo-spanga-tensta", resolution.Area?.Id);
    }

    [Fact]
    public void Resolve_FindsJarvaOnlyFrom2024_WhenBraSpellingOfJarvaIsUsed()
    {
        var areas = Shipped.Value.Areas;

        var in2023 = areas.Resolve("Stadsdelsområde Järva (Sthlm)", new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31));
        var in2024 = areas.Resolve("Stadsdelsområde Järva (Sthlm)", new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));

        Assert.Equal(AreaResolutionStatus.NotValidForPeriod, in2023.Status);
        Assert.Equal("sdo-jarva", in2024.Area?.Id);
    }

    [Fact]
    public void Resolve_IsAmbiguous_WhenJarvaIsWrittenWithoutKind()
    {
        var resolution = Shipped.Value.Areas.Resolve("Järva", new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));

        Assert.Equal(AreaResolutionStatus.Ambiguous, resolution.Status);
        Assert.Equal(["lpo-jarva", "sdo-jarva"], resolution.Candidates.Select(a => a.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Resolve_FindsTheDistrict_WhenJarvaIsWrittenWithKindDistrict()
    {
        var resolution = Shipped.Value.Areas.Resolve("Järva", new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), AreaKind.District);

        Assert.Equal(AreaResolutionStatus.Resolved, resolution.Status);
        Assert.Equal("sdo-jarva", resolution.Area?.Id);
    }

    [Theory]
    [InlineData("Rinkeby", "2020", "lpo-jarva")]
    [InlineData("Stockholm kommun", "2023", "kommun-0180")]
    [InlineData("0180 Stockholm", "2023", "kommun-0180")]
    [InlineData("Hela staden", "2017", "kommun-0180")]
    [InlineData("Hägersten-Liljeholmen stadsdel (upphörde 2021-01-01)", "2020", "sdo-hagersten-liljeholmen")]
    [InlineData("Enskede - Årsta - Vantör", "2023", "sdo-enskede-arsta-vantor")]
    [InlineData("Stadsdelsområde Hässelby - Vällingby (Sthlm)", "2019", "sdo-hasselby-vallingby")]
    public void Resolve_FindsTheArea_WhenPublisherSpellingIsValid(string name, string year, string expected)
    {
        var y = int.Parse(year, System.Globalization.CultureInfo.InvariantCulture);

        var resolution = Shipped.Value.Areas.Resolve(name, new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));

        Assert.Equal(AreaResolutionStatus.Resolved, resolution.Status);
        Assert.Equal(expected, resolution.Area?.Id);
    }

    [Theory]
    [InlineData("Rinkeby", "2021")]
    [InlineData("Hägersten-Liljeholmen stadsdel (upphörde 2021-01-01)", "2021")]
    public void Resolve_IsNotValidForPeriod_WhenOldSpellingIsUsedAfterItsEnd(string name, string year)
    {
        var y = int.Parse(year, System.Globalization.CultureInfo.InvariantCulture);

        var resolution = Shipped.Value.Areas.Resolve(name, new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));

        Assert.Equal(AreaResolutionStatus.NotValidForPeriod, resolution.Status);
    }

    [Fact]
    public void Overlaps_SumToOnePerDistrict_AndCoverEveryDistrict()
    {
        var areas = Shipped.Value.Areas;

        var sums = areas.Overlaps.GroupBy(o => o.DistrictId).ToDictionary(g => g.Key, g => g.Sum(o => o.Weight));

        Assert.All(sums, s => Assert.InRange(s.Value, 0.999, 1.001));
        Assert.All(areas.Areas.Where(a => a.Kind == AreaKind.District), d => Assert.Contains(d.Id, sums.Keys));
        Assert.Equal(19, sums.Count); // 17 districts over time + Lidingö + Ekerö
    }

    [Theory]
    [InlineData("sdo-enskede-arsta-vantor", "lpo-farsta,lpo-globen")]
    [InlineData("sdo-hagersten-alvsjo", "lpo-globen,lpo-skarholmen")]
    [InlineData("sdo-alvsjo", "lpo-globen")]
    [InlineData("sdo-hagersten-liljeholmen", "lpo-skarholmen")]
    [InlineData("sdo-norra-innerstaden", "lpo-norrmalm")]
    [InlineData("kommun-0186", "lpo-norrmalm")]
    [InlineData("kommun-0125", "lpo-vallingby")]
    public void Overlaps_MapDistrictToItsLocalPoliceAreas(string district, string expected)
    {
        var lpos = Shipped.Value.Areas.Overlaps.Where(o => o.DistrictId == district).Select(o => o.LocalPoliceAreaId).Order(StringComparer.Ordinal);

        Assert.Equal(expected.Split(','), lpos);
    }

    [Fact]
    public void Successors_FollowTheCitysMergers()
    {
        var areas = Shipped.Value.Areas;

        Assert.Equal(["sdo-rinkeby-kista", "sdo-spanga-tensta"], areas.PredecessorsOf("sdo-jarva").Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["sdo-norrmalm", "sdo-ostermalm"], areas.PredecessorsOf("sdo-norra-innerstaden").Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["sdo-alvsjo", "sdo-hagersten-liljeholmen"], areas.PredecessorsOf("sdo-hagersten-alvsjo").Select(a => a.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Places_HaveTodaysDistrictAsParent()
    {
        var areas = Shipped.Value.Areas;
        var places = areas.Areas.Where(a => a.Kind == AreaKind.Place).ToList();

        Assert.Equal(8, places.Count);
        Assert.Equal("sdo-jarva", areas.Get("plats-husby").ParentId);
        Assert.Equal("sdo-hagersten-alvsjo", areas.Get("plats-alvsjo-solberga").ParentId);
    }

    [Fact]
    public void Agreements_HaveSevenPriorityAreasEach_AndTheBaselineSigningDates()
    {
        var catalog = Shipped.Value;
        string[] expected = ["avhoppare", "otillaten-paverkan", "overgripande", "platser-och-omraden", "unga-i-risk", "utsatta-brottsoffer", "valdsbejakande-extremism"];

        Assert.Equal(["sak-2019", "sak-2024"], catalog.Agreements.Select(a => a.Id));
        Assert.Equal(new DateOnly(2019, 10, 15), catalog.FindAgreement("sak-2019")!.Signed);
        Assert.Equal(new DateOnly(2024, 1, 11), catalog.FindAgreement("sak-2024")!.Signed);
        Assert.All(catalog.Agreements, a => Assert.Equal(expected, a.PriorityAreas.Select(p => p.Id).Order(StringComparer.Ordinal)));
        Assert.Contains(
            catalog.FindAgreement("sak-2019")!.PriorityAreas.Single(p => p.Id == "overgripande").SubGoals,
            s => s.Title == "Otryggheten ska halveras till 2025");
    }

    [Fact]
    public void LocalAgreements_CoverTheElevenDistricts_SplitOnesWithTwoPoliceAreas()
    {
        var catalog = Shipped.Value;
        var day = new DateOnly(2024, 6, 1);
        var current = catalog.Areas.OfKind(AreaKind.District, day, day).Select(a => a.Id).Order(StringComparer.Ordinal);

        Assert.Equal(11, catalog.LocalAgreements.Count);
        Assert.Equal(current, catalog.LocalAgreements.SelectMany(l => l.DistrictIds).Order(StringComparer.Ordinal));
        Assert.Equal(2, catalog.LocalAgreements.Single(l => l.DistrictIds.Contains("sdo-enskede-arsta-vantor")).LocalPoliceAreaIds.Count);
        Assert.Equal(2, catalog.LocalAgreements.Single(l => l.DistrictIds.Contains("sdo-hagersten-alvsjo")).LocalPoliceAreaIds.Count);
        Assert.True(catalog.LocalAgreements.Count(l => l.Indicators.Count > 0) >= 2);
        Assert.All(catalog.LocalAgreements.SelectMany(l => l.LocalPriorityAreas), p => Assert.True(p.IsExample));
        Assert.Contains(
            catalog.LocalAgreements.Single(l => l.Id == "lok-skarholmen").LocalPriorityAreas,
            p => p.Title == "Narkotika – öppen drogförsäljning på offentliga platser");
    }

    [Fact]
    public void Indicators_CoverAllPriorityAreas_WithDefaultsApplied()
    {
        var catalog = Shipped.Value;

        Assert.True(catalog.Indicators.Count >= 16);
        Assert.Equal(7, catalog.Indicators.Select(i => i.PriorityAreaId).Distinct().Count());
        Assert.All(catalog.Indicators, i => Assert.Equal(IndicatorDefinition.DefaultMultiplier(i.Measure), i.Multiplier));
        Assert.All(catalog.Indicators.Where(i => i.Source.Dataset == Dataset.Survey), i => Assert.Equal(30, i.MinRespondents));
        Assert.All(catalog.AllIndicators, i => Assert.False(string.IsNullOrWhiteSpace(i.Description)));
    }

    [Fact]
    public void Indicators_CarryTheAgreementsHalvingTarget_ForInsecurityOutAtNight()
    {
        var indicator = Shipped.Value.Indicators.Single(i => i.Id == "otrygg-ute-sen-kvall");

        Assert.Equal("stockholm-trygghetsmatning", indicator.Source.Survey);
        Assert.Equal(Polarity.LowerIsBetter, indicator.Polarity);
        Assert.Equal(0.95, indicator.Confidence);
        Assert.Equal(2025, indicator.Target?.Year);
        Assert.Equal(-0.5, indicator.Target?.RelativeChange);
        Assert.Equal("sak-2019", indicator.Target?.AgreementId);
    }

    [Theory]
    [InlineData("brott-mot-person", 0.998, Polarity.LowerIsBetter)]
    [InlineData("misshandel", 0.998, Polarity.LowerIsBetter)]
    [InlineData("narkotikabrott", 0.95, Polarity.None)]
    [InlineData("vapenbrott", 0.95, Polarity.None)]
    [InlineData("trygg-ute-sen-kvall", 0.95, Polarity.HigherIsBetter)]
    [InlineData("avhoppare-i-program", 0.95, Polarity.None)]
    public void Indicators_HaveConfidenceAndPolarity(string id, double confidence, Polarity polarity)
    {
        var indicator = Shipped.Value.Indicators.Single(i => i.Id == id);

        Assert.Equal(confidence, indicator.Confidence);
        Assert.Equal(polarity, indicator.Polarity);
    }

    [Fact]
    public void CrimeCategories_MapBraLabels_AndKnowTheirParent()
    {
        var catalog = Shipped.Value;

        Assert.Equal("misshandel", catalog.FindCrimeCategory("därav misshandel inkl. grov")?.Id);
        Assert.Equal("brott-mot-person", catalog.FindCrimeCategory(" 3-7 kap. Brott mot person ")?.Id);
        Assert.Equal("liv-och-halsa", catalog.FindCrimeCategory("misshandel")?.ParentId);
        Assert.Equal("brott-mot-person", catalog.FindCrimeCategory("3 kap. Brott mot liv och hälsa")?.ParentId);
        Assert.Equal("samtliga-brott", catalog.FindCrimeCategory("SAMTLIGA BROTT")?.Id);
        Assert.Equal("frihet-och-frid", catalog.FindCrimeCategory("4 kap. Brott mot frihet och frid")?.Id);
        Assert.Equal(15, catalog.CrimeCategories.Count);

        // Every category but the total has a parent, and following parents always ends at the total.
        Assert.All(catalog.CrimeCategories.Where(c => c.Id != "samtliga-brott"), c =>
        {
            var top = c;
            while (top.ParentId is { } parent)
            {
                top = catalog.FindCrimeCategory(parent)!;
            }

            Assert.Equal("samtliga-brott", top.Id);
        });
        Assert.All(
            catalog.Indicators.Where(i => i.Source.Dataset == Dataset.Crime).SelectMany(i => i.Source.Categories),
            c => Assert.NotNull(catalog.FindCrimeCategory(c)));
    }
}
