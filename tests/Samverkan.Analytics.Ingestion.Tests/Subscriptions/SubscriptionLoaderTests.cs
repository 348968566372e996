using Samverkan.Analytics.Ingestion.Catalog;
using Samverkan.Analytics.Ingestion.Subscriptions;
using Samverkan.Analytics.Ingestion.Tests.Catalog;

namespace Samverkan.Analytics.Ingestion.Tests.Subscriptions;

public sealed class SubscriptionLoaderTests
{
    private static readonly Core.Catalog.Catalog Shipped = CatalogLoader.Load(RepositoryPaths.ShippedCatalog).GetCatalogOrThrow();
    private static readonly string[] Allowed = ["stad.example", "*.polisen.example", "polisen.example"];

    [Fact]
    public void Load_ReadsTheShippedSubscriptions_WhenTheirDomainsAreAllowed()
    {
        var result = SubscriptionLoader.Load(RepositoryPaths.ShippedCatalog, Shipped, Allowed);

        Assert.True(result.Succeeded, result.ToString());
        Assert.True(result.FileExists);
        var jarva = Assert.Single(result.Subscriptions, s => s.Id == "jarva-trygghet");
        Assert.Equal(["sdo-jarva", "lpo-jarva"], jarva.AreaIds);
        Assert.Equal(["trygghetschef.jarva@stad.example", "lpo.jarva@polisen.example"], jarva.Recipients);
        Assert.Equal("0 7 * * 1-5", jarva.Schedule.Expression);
        Assert.Equal("Järva – trygghet och brott", jarva.Title);
    }

    [Fact]
    public void Load_FollowsTheLocalAgreementsAreasAndIndicators_WhenASubscriptionNamesALocalAgreement()
    {
        var result = SubscriptionLoader.Load(RepositoryPaths.ShippedCatalog, Shipped, Allowed);

        Assert.True(result.Succeeded, result.ToString());
        var local = Assert.Single(result.Subscriptions, s => s.Id == "lok-enskede-arsta-vantor");
        Assert.Equal(["sdo-enskede-arsta-vantor", "lpo-globen", "lpo-farsta"], local.AreaIds);   // the split district and both its police areas
        Assert.Empty(local.PriorityAreaIds);
        Assert.Contains("otrygg-ute-sen-kvall", local.IndicatorIds);                   // the overarching goal frames every local agreement
        Assert.Contains("narkotikabrott", local.IndicatorIds);                         // platser-och-omraden, taken up
        Assert.DoesNotContain("avhoppare-i-program", local.IndicatorIds);              // avhoppare is not among its priority areas
        Assert.DoesNotContain("lok-farsta-orolig-brott-ofta", local.IndicatorIds);     // another local agreement's own indicator
        Assert.Equal("Lokala styrgruppen Enskede-Årsta-Vantör", local.Title);
    }

    [Fact]
    public void Parse_ReportsAnUnknownLocalAgreementAndListedAreas_WithLineAndColumn()
    {
        const string Yaml = """
            subscriptions:
              - id: lokal
                recipients: [x@stad.example]
                local_agreement: lok-atlantis
              - id: lokal-2
                recipients: [x@stad.example]
                local_agreement: lok-farsta
                areas: [sdo-farsta]
            """;

        var result = SubscriptionLoader.Parse(Yaml, Shipped, Allowed);

        Assert.Empty(result.Subscriptions);
        Assert.Equal(
            [
                "subscriptions.yaml, rad 2, kolumn 5: subscriptions[0].areas: Det obligatoriska fältet 'areas' saknas. Lägg till det.",
                "subscriptions.yaml, rad 4, kolumn 22: subscriptions[0].local_agreement: Det finns ingen lokal överenskommelse 'lok-atlantis' i katalogens agreement.yaml (kända: " + string.Join(", ", Shipped.LocalAgreements.Select(l => l.Id)) + "). Ange en av dem, eller ta bort local_agreement.",
                "subscriptions.yaml, rad 8, kolumn 12: subscriptions[1].areas: En prenumeration på den lokala överenskommelsen 'lok-farsta' följer överenskommelsens områden och indikatorer. Ta bort 'areas', eller ta bort local_agreement och lista dem själv.",
            ],
            result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Load_ReturnsNoSubscriptionsAndNoProblems_WhenTheFileIsAbsent()
    {
        var directory = Directory.CreateTempSubdirectory("samverkan-subscriptions-").FullName;
        try
        {
            var result = SubscriptionLoader.Load(directory, Shipped, Allowed);

            Assert.True(result.Succeeded);
            Assert.False(result.FileExists);
            Assert.Empty(result.Subscriptions);
        }
        finally
        {
            Directory.Delete(directory);
        }
    }

    [Fact]
    public void Parse_ReportsEveryProblemWithItsPlace_AndLoadsNothing()
    {
        const string Yaml = """
            subscriptions:
              - id: jarva
                recipients: [chef@stad.example, chef@stad.example, "Chef <chef@stad.example>", someone@gmail.example]
                areas: [sdo-jarva, sdo-atlantis]
                indicators: [ran, rattfylleri]
                priority_areas: [trafik]
                schedule: "0 25 * * *"
                language: en
                sheduel: daily
              - id: jarva
                recipients: [x@stad.example]
                areas: [sdo-farsta]
            """;

        var result = SubscriptionLoader.Parse(Yaml, Shipped, Allowed);

        Assert.False(result.Succeeded);
        Assert.Empty(result.Subscriptions);
        var problems = result.Problems.Select(p => p.ToString()).ToList();
        Assert.Contains("subscriptions.yaml, rad 3, kolumn 37: subscriptions[0].recipients[1]: 'chef@stad.example' står två gånger. Ta bort den ena.", problems);
        Assert.Contains(problems, p => p.StartsWith("subscriptions.yaml, rad 3, kolumn 56: subscriptions[0].recipients[2]: 'Chef <chef@stad.example>' är inte en enda enkel adress. Skriv bara namn@domän", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("recipients[3]: 'someone@gmail.example' ligger utanför de tillåtna mottagardomänerna", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("subscriptions.yaml, rad 4, kolumn 24: subscriptions[0].areas[1]: Det finns inget område 'sdo-atlantis' i katalogens areas.yaml.", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("subscriptions.yaml, rad 5, kolumn 23: subscriptions[0].indicators[1]: Det finns ingen indikator 'rattfylleri' i katalogen.", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("priority_areas[0]: Det finns inget prioriterat område 'trafik'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("subscriptions[0].schedule: cron-fält 2 (timme) '25': ", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("subscriptions[0].language: 'en' är inget språk som utskicken skrivs på", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Okänt fält 'sheduel' (menade du 'schedule'?).", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("subscriptions[1].id: Id:t 'jarva' används av en annan prenumeration.", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_RefusesEveryRecipient_WhenNoDomainIsAllowed()
    {
        const string Yaml = """
            subscriptions:
              - id: farsta
                recipients: [chef@stad.example]
                areas: [sdo-farsta]
            """;

        var refused = SubscriptionLoader.Parse(Yaml, Shipped, []);
        var unchecked_ = SubscriptionLoader.Parse(Yaml, Shipped, null);

        Assert.Contains("ingen mottagardomän är tillåten", Assert.Single(refused.Problems).Message, StringComparison.Ordinal);
        Assert.Equal("0 7 * * *", Assert.Single(unchecked_.Subscriptions).Schedule.Expression);
    }
}
