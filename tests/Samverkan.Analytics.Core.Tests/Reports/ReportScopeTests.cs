using Samverkan.Analytics.Core.Reports;

namespace Samverkan.Analytics.Core.Tests.Reports;

public sealed class ReportScopeTests
{
    [Fact]
    public void Constructor_RefusesInSwedish_WhenGivenBothAnAreaAndALocalAgreement()
    {
        var error = Assert.Throws<ArgumentException>(() => new ReportScope(2024, null, "sdo-jarva", "lok-jarva"));

        Assert.StartsWith("En rapport gäller antingen ett område eller en lokal överenskommelse, inte båda.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_SaysTheIdIsNotACatalogueId_WhenItHoldsASlash()
    {
        var error = Assert.Throws<ArgumentException>(() => new ReportScope(2024, null, "sdo/järva", null));

        Assert.StartsWith("'sdo/järva' är inget id i katalogen.", error.Message, StringComparison.Ordinal);
    }
}
