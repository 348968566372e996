using Samverkan.Analytics.Core.Agreements;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Ingestion.Catalog;

namespace Samverkan.Analytics.Ingestion.Tests.Catalog;

/// <summary>The shipped local agreements: one per current district, with the police areas of domain.md §2.1.</summary>
public sealed class LocalAgreementCatalogTests
{
    private static readonly Core.Catalog.Catalog Shipped = CatalogLoader.Load(RepositoryPaths.ShippedCatalog).GetCatalogOrThrow();

    [Fact]
    public void LocalAgreements_CoverEveryCurrentDistrictOnce_WhenTheShippedCatalogueIsLoaded()
    {
        var today = new DateOnly(2026, 11, 26);
        var current = Shipped.Areas.Areas.Where(a => a.Kind == AreaKind.District && a.Validity.Contains(today)).Select(a => a.Id).Order(StringComparer.Ordinal).ToList();

        var covered = Shipped.LocalAgreements.SelectMany(l => l.DistrictIds).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(11, current.Count);
        Assert.Equal(current, covered);
        Assert.All(Shipped.LocalAgreements, l => Assert.True(LocalAgreementFollowUp.InForce(l, today, today), l.Id));
    }

    [Theory]
    [InlineData("lok-enskede-arsta-vantor", "lpo-globen,lpo-farsta")]       // Enskede, Årsta → Globen; Vantör → Farsta
    [InlineData("lok-hagersten-alvsjo", "lpo-skarholmen,lpo-globen")]       // Hägersten-Liljeholmen → Skärholmen; Älvsjö → Globen
    [InlineData("lok-norra-innerstaden", "lpo-norrmalm")]
    [InlineData("lok-bromma", "lpo-vallingby")]
    public void LocalAgreements_NameThePoliceAreasOfDomainMapping_WhenADistrictIsSplitOrNot(string id, string policeAreas)
    {
        var local = LocalAgreementFollowUp.Find(Shipped, id)!;

        Assert.Equal(policeAreas.Split(','), local.LocalPoliceAreaIds);
    }

    [Fact]
    public void LocalAgreements_MarkTheirLocalPriorityAreasAsExamples_WhenShipped()
    {
        var locals = Shipped.LocalAgreements.SelectMany(l => l.LocalPriorityAreas).ToList();

        Assert.NotEmpty(locals);
        Assert.All(locals, p => Assert.True(p.IsExample, p.Id));
        Assert.Contains(locals, p => p.Title == "Narkotika – öppen drogförsäljning på offentliga platser");
    }

    [Fact]
    public void LocalIndicators_AreInTheCataloguesIndicators_SoTheyAreComputedLikeTheOthers()
    {
        var own = Shipped.LocalAgreements.SelectMany(l => l.Indicators).Select(i => i.Id).ToList();

        Assert.NotEmpty(own);
        Assert.All(own, id => Assert.Contains(Shipped.AllIndicators, i => i.Id == id));
    }
}
