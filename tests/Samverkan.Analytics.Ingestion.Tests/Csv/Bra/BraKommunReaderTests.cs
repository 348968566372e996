using System.Text;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Ingestion.Tests.Support;

namespace Samverkan.Analytics.Ingestion.Tests.Csv.Bra;

/// <summary>BRÅ's yearly "Anmälda brott i kommunerna YYYY.csv" (UTF-8 BOM, CRLF, space thousands).</summary>
public sealed class BraKommunReaderTests
{
    [Fact]
    public void Read_ReadsTheCatalogueMunicipalities_AndLeavesOutTheRestOfSweden()
    {
        var file = Publishers.ReadSample("anmalda-brott-i-kommunerna-2023.csv");

        Assert.Equal("bra-kommun", file.Format);
        Assert.Equal("teckenkodning UTF-8 med BOM, radbrytningar CRLF, avgränsare ';', år 2023 från filnamnet", file.Detected);
        Assert.Equal(
            [("kommun-0125", 1811.0), ("kommun-0186", 3012.0), ("kommun-0180", 145208.0)],
            file.Observations.Select(o => (o.AreaId, o.Value!.Value)));
        Assert.All(file.Observations, o => Assert.Equal((Period.OfYear(2023), "samtliga-brott", ObservationStatus.Ok), (o.Period, o.Subject, o.Status)));
        var warning = Assert.Single(file.Issues);
        Assert.Equal((IssueSeverity.Warning, 0, 0), (warning.Severity, warning.Line, warning.Column));
        Assert.Equal("Rader som avser områden som inte finns i katalogen hoppades över (antal: 3): Ale kommun, Malung–Sälen kommun, Solna kommun.", warning.Message);
    }

    [Fact]
    public void Read_ReadsTheHeaderlessFileWithGenitiveNamesAndDistricts_WhenItIsThe2021File()
    {
        var file = Publishers.ReadSample("anmalda-brott-i-kommunerna-2021.csv");

        Assert.False(file.IsRejected);
        Assert.EndsWith(", år 2021 från filnamnet, ingen rubrikrad", file.Detected, StringComparison.Ordinal);
        Assert.Equal(
            ["kommun-0125", "kommun-0186", "sdo-rinkeby-kista", "sdo-spanga-tensta", "kommun-0180"],
            file.Observations.Select(o => o.AreaId));
        Assert.Equal(new Lineage(file.FileHash, 0, 2, 2), Assert.Single(file.Observations, o => o.AreaId == "kommun-0125").Lineage);
        Assert.Equal("Rader som avser områden som inte finns i katalogen hoppades över (antal: 1): Arjeplogs kommun.", Assert.Single(file.Issues).Message);
    }

    [Fact]
    public void Read_Rejects_WhenTheFileNameHasNoYear()
    {
        var file = Publishers.Read("anmalda-brott-i-kommunerna.csv", Publishers.Bytes("anmalda-brott-i-kommunerna-2023.csv"));

        var issue = Assert.Single(file.Errors);
        Assert.Equal((0, 0), (issue.Line, issue.Column));
        Assert.Equal("Det framgår inte av filen vilket år den avser.", issue.Message);
        Assert.Equal("BRÅ döper de här filerna till 'Anmälda brott i kommunerna 2023.csv': behåll året i filnamnet.", issue.Hint);
    }

    [Fact]
    public void Read_Rejects_WhenTheCatalogueHasNoCategoryForAllOffences()
    {
        var file = Publishers.ReadSample("anmalda-brott-i-kommunerna-2023.csv", Publishers.Narrow);

        var issue = Assert.Single(file.Errors);
        Assert.Equal("Katalogen har ingen brottskategori för samtliga anmälda brott ('Samtliga brott'), som den här filen från BRÅ räknar.", issue.Message);
    }

    [Fact]
    public void Read_WarnsAboutTheRate_WhenItDisagreesWithTheStoredPopulation()
    {
        var bytes = Encoding.UTF8.GetBytes("\uFEFFKommun;Antal;Per 100 000 inv.\r\nLidingö kommun;3 012;9 999\r\n");

        var file = Publishers.Read("Anmälda brott i kommunerna 2023.csv", bytes);

        var warning = Assert.Single(file.Issues);
        Assert.Equal((2, 3), (warning.Line, warning.Column));
        Assert.StartsWith("Kolumnen för brott per 100 000 invånare stämmer inte med antalet och den sparade folkmängden för Lidingö (kommun-0186) (antal rader: 1; rad 2): rad 2 anger 9\u00A0999 per 100 000 för 3\u00A0012 brott", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Rejects_WhenACountHasAPointAsThousandsSeparator()
    {
        var bytes = Encoding.UTF8.GetBytes("Kommun;Antal;Per 100 000 inv.\r\nLidingö kommun;3.012;6 269\r\n");

        var issue = Assert.Single(Publishers.Read("brott 2023.csv", bytes).Errors);

        Assert.Equal((2, 2), (issue.Line, issue.Column));
        Assert.Equal("'3.012' i kolumnen 'Antal' är inget tal.", issue.Message);
    }
}
