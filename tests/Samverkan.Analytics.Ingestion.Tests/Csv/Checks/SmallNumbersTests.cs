using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Ingestion.Csv;
using Samverkan.Analytics.Ingestion.Tests.Catalog;
using Samverkan.Analytics.Ingestion.Tests.Support;

namespace Samverkan.Analytics.Ingestion.Tests.Csv.Checks;

/// <summary>A warning at import for values under an indicator's suppression threshold (data-samples/README.md names them).</summary>
public sealed class SmallNumbersTests
{
    private static ParsedFile ReadSample(string name) =>
        new CsvFileReader().ReadFile(Path.Combine(RepositoryPaths.Root, "data-samples", name), Publishers.Shipped);

    [Fact]
    public void Read_WarnsOnce_WhenASurveyCellHasFewerRespondentsThanTheIndicatorAllows()
    {
        var file = ReadSample("survey-stockholm-2023.csv");

        Assert.False(file.IsRejected);
        var warning = Assert.Single(file.Issues);
        Assert.Equal((IssueSeverity.Warning, 56, 0), (warning.Severity, warning.Line, warning.Column));
        Assert.Equal("Värden med färre än 30 svarande för indikatorn 'utsatt-brott-person' (antal: 1; rad 56) sparas och visas som undertryckta.", warning.Message);
        Assert.Equal(27, file.Observations.Single(o => o.Lineage!.FirstRow == 56).Respondents);
    }

    [Fact]
    public void Read_WarnsNamingTheLines_WhenActivityCountsAreBelowTheThreshold()
    {
        var file = ReadSample("measurements-2019-2025.csv");

        var warning = Assert.Single(file.Issues);
        Assert.Equal(5, warning.Line);
        Assert.StartsWith("Värden med ett antal under 5 för indikatorn 'avhoppare-i-program' (antal: 33; rad 5, 6, 7, 8, 9, 11, 13, 19, 20, 21, … (totalt 33))", warning.Message, StringComparison.Ordinal);
        Assert.Equal(file.Observations.Count, file.RowCount);
    }

    [Theory]
    [InlineData("crime-2018-2020.csv")]
    [InlineData("population-2017-2025.csv")]
    [InlineData("survey-polisen-2020-2024.csv")]
    public void Read_GivesNoWarning_WhenNoValueIsSmall(string name) =>
        Assert.Empty(ReadSample(name).Issues);
}
