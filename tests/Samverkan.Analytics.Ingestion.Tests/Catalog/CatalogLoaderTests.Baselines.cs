using Samverkan.Analytics.Core.Periods;

namespace Samverkan.Analytics.Ingestion.Tests.Catalog;

public sealed partial class CatalogLoaderTests
{
    private static string IndicatorsWithBaseline(string baseline)
    {
        const string Source = "question: otrygg-ute-sen-kvall }";
        Assert.Contains(Source, TempCatalog.Indicators, StringComparison.Ordinal);
        return TempCatalog.Indicators.Replace(Source, Source + "\n    baseline: " + baseline, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ReadsBaselinePerAgreement_WhenBaselineIsAMapping()
    {
        var catalog = TempCatalog.Load(("indicators.yaml", IndicatorsWithBaseline("{ sak-2019: \"2020\" }"))).GetCatalogOrThrow();

        var otrygg = catalog.Indicators.Single(i => i.Id == "otrygg");

        Assert.Equal(Period.OfYear(2020), otrygg.BaselineByAgreement["sak-2019"]);
        Assert.Null(otrygg.BaselineOverride);
    }

    [Fact]
    public void Load_ReportsUnknownAgreement_WhenBaselineNamesOne()
    {
        var result = TempCatalog.Load(("indicators.yaml", IndicatorsWithBaseline("{ sak-2030: \"2020\" }")));

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("indicators.yaml", problem.File);
        Assert.StartsWith("Det finns ingen version 'sak-2030' av överenskommelsen i agreement.yaml (kända: ", problem.Message, StringComparison.Ordinal);
    }
}
