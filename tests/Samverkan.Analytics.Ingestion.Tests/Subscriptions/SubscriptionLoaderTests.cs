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
                "subscriptions.yaml:2:5: subscriptions[0].areas: required field is missing",
                "subscriptions.yaml:4:22: subscriptions[0].local_agreement: no local agreement 'lok-atlantis' in the catalogue's agreement.yaml (known: " + string.Join(", ", Shipped.LocalAgreements.Select(l => l.Id)) + ")",
                "subscriptions.yaml:8:12: subscriptions[1].areas: a subscription to local agreement 'lok-farsta' follows that agreement's areas and indicators; remove 'areas' (or drop local_agreement and list them yourself)",
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
        Assert.Contains("subscriptions.yaml:3:37: subscriptions[0].recipients[1]: 'chef@stad.example' is listed twice", problems);
        Assert.Contains(problems, p => p.StartsWith("subscriptions.yaml:3:56: subscriptions[0].recipients[2]: 'Chef <chef@stad.example>' is not one plain address", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("recipients[3]: 'someone@gmail.example' is outside the allowed recipient domains", StringComparison.Ordinal));
        Assert.Contains("subscriptions.yaml:4:24: subscriptions[0].areas[1]: no area 'sdo-atlantis' in the catalogue's areas.yaml", problems);
        Assert.Contains("subscriptions.yaml:5:23: subscriptions[0].indicators[1]: no indicator 'rattfylleri' in the catalogue", problems);
        Assert.Contains(problems, p => p.Contains("priority_areas[0]: no priority area 'trafik'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("subscriptions[0].schedule: cron field 2 (hour) '25'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("subscriptions[0].language: 'en' is not a language digests are written in", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("unknown field 'sheduel' (did you mean 'schedule'?)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("subscriptions[1].id: the id 'jarva' is used by another subscription", StringComparison.Ordinal));
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

        Assert.Contains("no recipient domain is allowed", Assert.Single(refused.Problems).Message, StringComparison.Ordinal);
        Assert.Equal("0 7 * * *", Assert.Single(unchecked_.Subscriptions).Schedule.Expression);
    }
}
