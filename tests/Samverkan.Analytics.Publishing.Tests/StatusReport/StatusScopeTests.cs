using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Formatting;
using Samverkan.Analytics.Publishing.StatusReport;

namespace Samverkan.Analytics.Publishing.Tests.StatusReport;

public sealed class StatusScopeTests
{
    private static StatusScope Scope(Core.Agreements.LocalAgreement? local) =>
        new(StatusFixtures.Catalog, StatusPeriod.OfHalf(2025, 1), local, (new ComputeRun { ComputedAt = StatusFixtures.May, CatalogVersion = "x" }, []), null);

    [Fact]
    public void AreaName_NamesTheKind_WhenTheScopeHoldsOnlyTheDistrictOfASharedName()
    {
        // Järva's agreement reduced to its district: the police area Järva is outside the scope, yet
        // the name stays qualified, as on the site and in the yearly report (AreaLabels, one rule).
        var jarva = StatusFixtures.Catalog.LocalAgreements.Single(l => l.Id == "lok-jarva") with { LocalPoliceAreaIds = [] };

        Assert.Equal("Järva (stadsdelsområde)", Scope(jarva).AreaName("sdo-jarva"));
    }

    [Fact]
    public void AreaName_IsTheQualifiedLabel_ForEveryAreaOfTheCityWideReport()
    {
        var scope = Scope(null);

        Assert.All(scope.Areas, a => Assert.Equal(AreaLabels.Qualified(a, StatusFixtures.Catalog.Areas), scope.AreaName(a.Id)));
        Assert.Equal("Farsta (lokalpolisområde)", scope.AreaName("lpo-farsta"));
        Assert.Equal("Bromma", scope.AreaName("sdo-bromma"));
        Assert.Equal("okänt-id", scope.AreaName("okänt-id"));
    }
}
