using System.Text;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Ingestion.Csv;
using Samverkan.Analytics.Ingestion.Tests.Support;

namespace Samverkan.Analytics.Ingestion.Tests.Csv.PxWeb;

/// <summary>PxWeb wide exports melted to long (domain.md §5.2 and §8e).</summary>
public sealed class PxWebWideReaderTests
{
    private static ParsedFile Read(string text, ReadOptions? options = null) =>
        Publishers.Read("px.csv", Encoding.UTF8.GetBytes(text), options: options ?? ReadOptions.Default);

    private static RowIssue SingleError(ParsedFile file)
    {
        Assert.True(file.IsRejected);
        return Assert.Single(file.Errors);
    }

    [Fact]
    public void Read_MeltsTheDistrictTable_WithTitleQuotedCellsMarkersAndFootnotes()
    {
        var file = Publishers.ReadSample("pxweb-folkmangd-stadsdelsomraden.csv");

        Assert.Empty(file.Issues);
        Assert.Equal(("pxweb-wide", InputKind.Population), (file.Format, file.Kind));
        Assert.Equal(
            "teckenkodning Windows-1252, radbrytningar CRLF, avgränsare ';', rubrik 'Folkmängd 31 december efter stadsdelsområde och år', 2 fotnotsrader ignorerade, decimaltecken ',', '-' läst som 0",
            file.Detected);
        Assert.Equal(5, file.RowCount);

        // 3 districts × 4 years, Älvsjö 2019–2020, Hägersten-Älvsjö 2020–2022; the '..' of areas that
        // did not exist are left out silently.
        Assert.Equal(17, file.Observations.Count);
        Assert.All(file.Observations, o => Assert.Equal((Dataset.Population, "total", "total", ObservationStatus.Ok), (o.Dataset, o.Subject, o.Breakdown, o.Status)));
        var rk = file.Observations[0];
        Assert.Equal(("sdo-rinkeby-kista", Period.OfYear(2019), 50977.0, 4), (rk.AreaId, rk.Period, rk.Value!.Value, rk.Lineage!.FirstRow));
        Assert.Equal([2020, 2021, 2022], file.Observations.Where(o => o.AreaId == "sdo-hagersten-alvsjo").Select(o => o.Period.Year));
        Assert.Equal([2019, 2020], file.Observations.Where(o => o.AreaId == "sdo-alvsjo").Select(o => o.Period.Year));
    }

    [Fact]
    public void Read_ReadsCodeAndTextLabelsAndSex_WhenScbApiCsv()
    {
        var file = Publishers.ReadSample("pxweb-folkmangd-kommun-kon.csv");

        Assert.Empty(file.Issues);
        Assert.Equal(12, file.Observations.Count);
        var first = file.Observations[0];
        Assert.Equal(("kommun-0180", Period.OfYear(2022), "kon=m", 481677.0), (first.AreaId, first.Period, first.Breakdown, first.Value!.Value));
        Assert.Equal("kon=k", file.Observations[2].Breakdown);
        Assert.Contains("avgränsare ',', decimaltecken '.'", file.Detected, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ReadsSeparateCodeAndTextColumns_AndADashAsZero()
    {
        var file = Read("region;region text;2022;2023\n0186;Lidingö;48 000;-\n");

        Assert.Empty(file.Issues);
        Assert.Equal([("kommun-0186", 48000.0), ("kommun-0186", 0.0)], file.Observations.Select(o => (o.AreaId, o.Value!.Value)));
    }

    [Fact]
    public void Read_ReadsTypedMarkers_NeverZero()
    {
        var file = Read("område;2019;2020;2021;2022;2023\nBromma;..;.;...;:;XX\n");

        Assert.Empty(file.Issues);
        Assert.Equal(
            [ObservationStatus.Missing, ObservationStatus.NotApplicable, ObservationStatus.Missing, ObservationStatus.Confidential, ObservationStatus.Confidential],
            file.Observations.Select(o => o.Status));
        Assert.All(file.Observations, o => Assert.Null(o.Value));
    }

    [Fact]
    public void Read_ReadsContentAndPeriodsInOneHeaderCell()
    {
        var file = Read("\"region\",\"Folkmängd 2022\",\"Folkmängd 2023\"\n\"0180 Stockholm\",978000,981367\n");

        Assert.Empty(file.Issues);
        Assert.Equal([2022, 2023], file.Observations.Select(o => o.Period.Year));
    }

    [Fact]
    public void Read_KeepsThePopulationContent_AndWarns_WhenTwoContentsAreInTheHeading()
    {
        var file = Read("\"region\";\"Folkmängd\";\"Folkmängd\";\"Folkökning\";\"Folkökning\"\n\"\";\"2022\";\"2023\";\"2022\";\"2023\"\n\"0180 Stockholm\";978000;981367;4000;3367\n");

        Assert.Equal([978000.0, 981367.0], file.Observations.Select(o => o.Value!.Value));
        Assert.Equal(3, file.Observations[0].Lineage!.FirstRow);
        var warning = Assert.Single(file.Issues);
        Assert.Equal((IssueSeverity.Warning, 1, 0), (warning.Severity, warning.Line, warning.Column));
        Assert.Equal("Kolumner med andra tabellinnehåll ('Folkökning') hoppas över; bara 'Folkmängd' läses.", warning.Message);
    }

    [Fact]
    public void Read_Rejects_WhenSeveralContentsAndNoneIsPopulation()
    {
        var issue = SingleError(Read("region;Inflyttade 2023;Utflyttade 2023\nBromma;10;12\n"));

        Assert.Equal((1, 0), (issue.Line, issue.Column));
        Assert.Equal("Tabellen innehåller flera tabellinnehåll ('Inflyttade', 'Utflyttade'); en fil av typen population innehåller ett.", issue.Message);
    }

    [Fact]
    public void Read_Rejects_WhenAStubVariableTheKindCannotStoreVaries()
    {
        var issue = SingleError(Read("region;civilstånd;2023\nBromma;ogifta;40000\nBromma;gifta;30000\n"));

        Assert.Equal((3, 2), (issue.Line, issue.Column));
        Assert.Equal("Kolumnen 'civilstånd' har flera värden ('ogifta', 'gifta', …), vilket en fil av typen population inte kan spara.", issue.Message);
    }

    [Fact]
    public void Read_IgnoresAStubVariable_WhenItHasOneValue()
    {
        var file = Read("region;civilstånd;2023\nBromma;totalt;82374\n");

        Assert.Empty(file.Issues);
        Assert.Single(file.Observations);
    }

    [Fact]
    public void Read_Rejects_WhenAHeaderAfterThePeriodsIsNoPeriod()
    {
        var issue = SingleError(Read("region;2022;2023;kommentar\nBromma;1;2;x\n"));

        Assert.Equal((1, 4), (issue.Line, issue.Column));
        Assert.Equal("Kolumnrubriken 'kommentar' är ingen period, men kolumnerna före den är det.", issue.Message);
    }

    [Fact]
    public void Read_Rejects_WhenPopulationHasMonthColumns()
    {
        var file = Read("region;2023M01;2023M02\nBromma;1;2\n");

        Assert.True(file.IsRejected);
        var first = file.Errors.First();
        Assert.Equal((1, 2), (first.Line, first.Column));
        Assert.Equal("'2023M01' är inget år; filer av typen population har ett värde per år.", first.Message);
    }

    [Fact]
    public void Read_MeltsMonthsToCrime_WhenKindIsCrimeAndCategoriesAreInTheStub()
    {
        var file = Read("region;brott;2024M01;2024M02\nStockholm;Rån inkl. grovt;41;-\n", new ReadOptions { Kind = InputKind.Crime });

        Assert.Empty(file.Issues);
        Assert.Equal(
            [(Period.OfMonth(2024, 1), "ran", 41.0), (Period.OfMonth(2024, 2), "ran", 0.0)],
            file.Observations.Select(o => (o.Period, o.Subject, o.Value!.Value)));
    }

    [Fact]
    public void Read_Rejects_WhenCrimeHasNoCategoryColumn()
    {
        var issue = SingleError(Read("region;2024M01\nStockholm;41\n", new ReadOptions { Kind = InputKind.Crime }));

        Assert.Equal("En tabell av typen crime behöver en kolumn med brottskategorier (brott, brottstyp eller kategori).", issue.Message);
    }

    [Fact]
    public void Read_Rejects_WhenKindIsSurvey()
    {
        var issue = SingleError(Read("region;2023\nBromma;1\n", new ReadOptions { Kind = InputKind.Survey }));

        Assert.Equal("Breda PxWeb-filer läses som population, crime eller measurement, inte som survey.", issue.Message);
    }

    [Theory]
    [InlineData("Bromma;-5", "'-5' i kolumnen '2023' får inte vara negativt.")]
    [InlineData("Bromma;12,5", "'12,5' i kolumnen '2023' måste vara ett heltal.")]
    [InlineData("Bromma;12.500", "'12.500' i kolumnen '2023' är inget tal.")]
    public void Read_Rejects_WhenAPopulationCellIsNoCount(string row, string message)
    {
        var issue = SingleError(Read($"region;2023\n{row}\n"));

        Assert.Equal((2, 2), (issue.Line, issue.Column));
        Assert.Equal(message, issue.Message);
    }

    [Fact]
    public void Read_WarnsNamingTheYears_WhenAnAreaHasValuesOutsideItsValidity()
    {
        var file = Read("stadsdelsområde;2021;2022\nÄlvsjö;29000;29500\n");

        var warning = Assert.Single(file.Issues);
        Assert.Equal((2, 1), (warning.Line, warning.Column));
        Assert.Equal("'Älvsjö' (sdo-alvsjo) finns inte med det här namnet under 2021, 2022; de värdena hoppades över.", warning.Message);
        Assert.Equal("Uppgifter för Älvsjö hör till efterföljaren 'Hägersten-Älvsjö' (sdo-hagersten-alvsjo) från det att den finns; raden sparades inte.", warning.Hint);
        Assert.Empty(file.Observations);
    }

    [Fact]
    public void Read_ResolvesSharedNamesByTheStubHeader_WhenItSaysStadsdelsomrade()
    {
        var file = Read("stadsdelsområde;2024\nJärva;92000\n");

        Assert.Equal("sdo-jarva", Assert.Single(file.Observations).AreaId);
    }

    [Fact]
    public void Read_Rejects_WhenAKeyRepeats()
    {
        var issue = SingleError(Read("region;2023\nBromma;1\nBromma;2\n"));

        Assert.Equal((3, 2), (issue.Line, issue.Column));
        Assert.Equal("Rad 3 upprepar nyckeln från rad 2 (sdo-bromma, 2023, total, total).", issue.Message);
    }
}
