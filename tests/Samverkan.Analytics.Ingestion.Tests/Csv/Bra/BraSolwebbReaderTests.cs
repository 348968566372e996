using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Ingestion.Csv;
using Samverkan.Analytics.Ingestion.Tests.Support;

namespace Samverkan.Analytics.Ingestion.Tests.Csv.Bra;

/// <summary>BRÅ's Solwebb "Databasfil" export read as delivered (domain.md §5.1).</summary>
public sealed class BraSolwebbReaderTests
{
    private const string Rk = "Stadsdelsområde Rinkeby-Kista (Sthlm)";
    private const string Person = "3-7 kap. Brott mot person";

    private static RowIssue SingleError(ParsedFile file)
    {
        Assert.True(file.IsRejected);
        return Assert.Single(file.Errors);
    }

    [Fact]
    public void Read_ReadsTheSampleAsDelivered_WhenIso88591WithTrailingSeparatorAndFinalLoneCr()
    {
        var file = Publishers.ReadSample("bra-solwebb-2023.txt");

        Assert.Equal("bra-solwebb", file.Format);
        Assert.Equal(InputKind.Crime, file.Kind);
        Assert.Equal("teckenkodning Windows-1252, radbrytningar LF (en ensam CR sist), avgränsare ';'", file.Detected);
        Assert.Equal(180, file.RowCount);
        Assert.Equal(144, file.Observations.Count);
        Assert.All(file.Observations, o => Assert.Equal(Dataset.Crime, o.Dataset));
        Assert.Equal(["kommun-0180", "sdo-bromma", "sdo-rinkeby-kista", "sdo-spanga-tensta"], file.Observations.Select(o => o.AreaId).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(["brott-mot-person", "misshandel", "ran"], file.Observations.Select(o => o.Subject).Distinct().Order(StringComparer.Ordinal));

        // "2023 prel." + "Jan" → 2023-01, preliminary; Maj and Okt are months 5 and 10.
        var first = file.Observations[0];
        Assert.Equal(("sdo-rinkeby-kista", Period.OfMonth(2023, 1), "brott-mot-person", 61.0, ObservationStatus.Preliminary), (first.AreaId, first.Period, first.Subject, first.Value!.Value, first.Status));
        Assert.Equal(new Lineage(file.FileHash, 0, 2, 2), first.Lineage);
        Assert.Equal(Period.OfMonth(2023, 5), file.Observations[4].Period);
        Assert.Equal(Period.OfMonth(2023, 10), file.Observations[9].Period);

        // ".." is missing, never zero.
        var missing = Assert.Single(file.Observations, o => o.Value is null);
        Assert.Equal(("sdo-bromma", Period.OfMonth(2023, 10), "ran", ObservationStatus.Missing), (missing.AreaId, missing.Period, missing.Subject, missing.Status));

        // Järva is BRÅ's unit only from 2024: its 2023 zeros are left out, in one warning.
        var warning = Assert.Single(file.Issues);
        Assert.Equal(IssueSeverity.Warning, warning.Severity);
        Assert.Equal((74, 1), (warning.Line, warning.Column));
        Assert.Equal(
            "'Stadsdelsområde Järva (Sthlm)' (sdo-jarva) finns inte med det här namnet under 2023-01 … 2023-12; raderna hoppades över (antal: 36; rad 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, … (totalt 36)).",
            warning.Message);
    }

    [Fact]
    public void Read_RemovesParentRowsRepeatedPerChild_WhenAParentIsSelectedWithItsChildren()
    {
        var file = Publishers.ReadSample("bra-solwebb-kapitel-2020.txt");

        Assert.False(file.IsRejected);
        Assert.EndsWith(", 18 upprepade överordnade rader borttagna", file.Detected, StringComparison.Ordinal);
        Assert.Equal(2 * 4 * 6, file.Observations.Count);
        var person = file.Observations.Where(o => o.AreaId == "sdo-alvsjo" && o.Subject == "brott-mot-person").ToList();
        Assert.Equal(6, person.Count);
        Assert.All(person, o => Assert.Equal(ObservationStatus.Ok, o.Status));

        // The ended districts' BRÅ spellings are valid through 2020; Hägersten-Älvsjö's from 2021.
        Assert.Contains(file.Observations, o => o.AreaId == "sdo-hagersten-liljeholmen");
        var warning = Assert.Single(file.Warnings);
        Assert.StartsWith("'Stadsdelsområde Hägersten - Älvsjö (Sthlm)' (sdo-hagersten-alvsjo) finns inte med det här namnet under 2020-01 … 2020-06; raderna hoppades över (antal: 24", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RejectsNamingTheLabelOnce_WhenTheCatalogueDoesNotMapACrimeLabel()
    {
        var file = Publishers.ReadSample("bra-solwebb-kapitel-2020.txt", Publishers.Narrow);

        Assert.True(file.IsRejected);
        var errors = file.Errors.ToList();
        Assert.Equal(2, errors.Count);
        Assert.Equal((8, 2), (errors[0].Line, errors[0].Column));
        Assert.Equal("Okänd brottskategori '3 kap. Brott mot liv och hälsa' (finns även på fler rader, antal: 17).", errors[0].Message);
        Assert.EndsWith("Lägg till benämningen i category_map i categories.yaml (\"3 kap. Brott mot liv och hälsa\": <kategori-id>), eller ta inte med kategorin i exporten.", errors[0].Hint, StringComparison.Ordinal);
        Assert.Equal("Okänd brottskategori '4 kap. Brott mot frihet och frid' (finns även på fler rader, antal: 17).", errors[1].Message);
    }

    [Fact]
    public void Read_ChecksTheRateAgainstTheStoredPopulation_AndWarnsNamingTheRows()
    {
        var bytes = Publishers.Solwebb(
            $"{Rk};{Person};2023;Jan;61;116;",
            $"{Rk};{Person};2023;Feb;61;160;",
            $"{Rk};{Person};2023;Mar;50;161;",
            "Stadsdelsområde Bromma (Sthlm);Rån inkl. grovt;2023;Jan;4;5;");

        var file = Publishers.Read("bra.txt", bytes);

        var warning = Assert.Single(file.Issues);
        Assert.Equal(IssueSeverity.Warning, warning.Severity);
        Assert.Equal((3, 6), (warning.Line, warning.Column));
        Assert.Equal(
            "Kolumnen för brott per 100 000 invånare stämmer inte med antalet och den sparade folkmängden för Rinkeby-Kista (sdo-rinkeby-kista) (antal rader: 2; rad 3, 4): rad 3 anger 160 per 100 000 för 61 brott, men den sparade folkmängden för 2023 (52\u00A0552) ger 116,1.",
            warning.Message);
        Assert.Equal(4, file.Observations.Count);
    }

    [Fact]
    public void Read_DoesNotCheckRates_WhenNoPopulationIsStored()
    {
        var file = Publishers.Read("bra.txt", Publishers.Solwebb($"{Rk};{Person};2023;Feb;61;999;"), options: ReadOptions.Default);

        Assert.Empty(file.Issues);
    }

    [Fact]
    public void Read_ReadsWholeYears_WhenThePeriodIsHelaAretOrTheColumnIsMissing()
    {
        var withPeriod = Publishers.Read("bra.txt", Publishers.Solwebb($"{Rk};{Person};2022;Hela året;700;..;", "Stockholm kommun;Rån inkl. grovt;2022;;900;;"));
        var withoutPeriod = Publishers.Read("bra.txt", Some.Windows1252.GetBytes("Region;Brott;År;Antal\nStockholm kommun;Rån inkl. grovt;2022 prel.;900;\n"));

        Assert.Empty(withPeriod.Issues);
        Assert.Equal([Period.OfYear(2022), Period.OfYear(2022)], withPeriod.Observations.Select(o => o.Period));
        var only = Assert.Single(withoutPeriod.Observations);
        Assert.Equal(("kommun-0180", Period.OfYear(2022), ObservationStatus.Preliminary), (only.AreaId, only.Period, only.Status));
    }

    [Fact]
    public void Read_ReadsALoneDashAsMissing_InABraExport()
    {
        var file = Publishers.Read("bra.txt", Publishers.Solwebb($"{Rk};{Person};2023;Jan;-;-;"));

        var only = Assert.Single(file.Observations);
        Assert.Equal((null, ObservationStatus.Missing), (only.Value, only.Status));
    }

    [Fact]
    public void Read_Rejects_WhenARepeatedRowHasAnotherCount()
    {
        var file = Publishers.Read("bra.txt", Publishers.Solwebb($"{Rk};{Person};2023;Jan;61;116;", $"{Rk};Rån inkl. grovt;2023;Jan;3;6;", $"{Rk};{Person};2023;Jan;62;118;"));

        var issue = SingleError(file);
        Assert.Equal((4, 5), (issue.Line, issue.Column));
        Assert.Equal("Rad 4 upprepar region, brott, år och period från rad 2 med ett annat värde ('62' i stället för '61').", issue.Message);
        Assert.StartsWith("BRÅ upprepar en överordnad kategori en gång per vald underkategori, med samma siffror", issue.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Rejects_WhenTwoLabelsMapToOneCategory()
    {
        var file = Publishers.Read("bra.txt", Publishers.Solwebb($"{Rk};därav misshandel inkl. grov;2023;Jan;20;38;", $"{Rk};Misshandel;2023;Jan;20;38;"));

        var issue = SingleError(file);
        Assert.Equal((3, 2), (issue.Line, issue.Column));
        Assert.Equal("Rad 3 upprepar nyckeln från rad 2 (sdo-rinkeby-kista, 2023-01, misshandel, total).", issue.Message);
    }

    [Theory]
    [InlineData("Mai", 4, "'Mai' i kolumnen 'Period' är ingen månad.")]
    [InlineData("13", 4, "'13' i kolumnen 'Period' är ingen månad.")]
    public void Read_Rejects_WhenThePeriodIsNoSwedishMonth(string period, int column, string message)
    {
        var issue = SingleError(Publishers.Read("bra.txt", Publishers.Solwebb($"{Rk};{Person};2023;{period};61;116;")));

        Assert.Equal((2, column), (issue.Line, issue.Column));
        Assert.Equal(message, issue.Message);
        Assert.Contains("Jan Feb Mar Apr Maj Jun Jul Aug Sep Okt Nov Dec", issue.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023 preliminär")]
    [InlineData("23")]
    [InlineData("2023-05")]
    public void Read_Rejects_WhenTheYearIsNoBraYear(string year)
    {
        var issue = SingleError(Publishers.Read("bra.txt", Publishers.Solwebb($"{Rk};{Person};{year};Jan;61;116;")));

        Assert.Equal((2, 3), (issue.Line, issue.Column));
        Assert.Equal($"'{year}' i kolumnen 'År' är inget år.", issue.Message);
        Assert.Equal("BRÅ skriver året som 2023, eller 2023 prel. för preliminära siffror.", issue.Hint);
    }

    [Theory]
    [InlineData("-3", "'-3' i kolumnen 'Antal' får inte vara negativt.")]
    [InlineData("2,5", "'2,5' i kolumnen 'Antal' måste vara ett heltal.")]
    [InlineData("tolv", "'tolv' i kolumnen 'Antal' är inget tal.")]
    public void Read_Rejects_WhenTheCountIsNoCount(string count, string message)
    {
        var issue = SingleError(Publishers.Read("bra.txt", Publishers.Solwebb($"{Rk};{Person};2023;Jan;{count};116;")));

        Assert.Equal((2, 5), (issue.Line, issue.Column));
        Assert.Equal(message, issue.Message);
    }

    [Fact]
    public void Read_Rejects_WhenARowHasAValuePastTheTrailingSeparator()
    {
        var issue = SingleError(Publishers.Read("bra.txt", Publishers.Solwebb($"{Rk};{Person};2023;Jan;61;116;x")));

        Assert.Equal((2, 7), (issue.Line, issue.Column));
        Assert.Equal("Raden har 7 fält men rubrikraden har 6, och fält 7 är inte tomt.", issue.Message);
    }

    [Fact]
    public void Read_RejectsWithClosestNames_WhenARegionIsUnknown()
    {
        var issue = SingleError(Publishers.Read("bra.txt", Publishers.Solwebb($"Stadsdelsområde Rinkeby (Sthlm);{Person};2023;Jan;61;116;", $"Stadsdelsområde Rinkeby (Sthlm);{Person};2023;Feb;61;116;")));

        Assert.Equal((2, 1), (issue.Line, issue.Column));
        Assert.Equal("Okänt område 'Stadsdelsområde Rinkeby (Sthlm)' (finns även på fler rader, antal: 1).", issue.Message);
        Assert.StartsWith("Närmaste namn i katalogen: Rinkeby-Kista (sdo-rinkeby-kista)", issue.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Rejects_WhenARequiredBraColumnIsMissing()
    {
        var issue = SingleError(Publishers.Read("bra.txt", Some.Windows1252.GetBytes("Region;Brott;År;Period;/100 000 inv\nStockholm kommun;Rån inkl. grovt;2022;Jan;5;\n")));

        Assert.Equal((1, 0), (issue.Line, issue.Column));
        Assert.Equal("Den obligatoriska kolumnen 'Antal' i en export från BRÅ saknas.", issue.Message);
    }

    [Fact]
    public void Read_Rejects_WhenThePeriodHasNotBegun()
    {
        var options = new ReadOptions { Today = new DateOnly(2026, 11, 25) };

        var issue = SingleError(Publishers.Read("bra.txt", Publishers.Solwebb($"{Rk};{Person};2026 prel.;Dec;61;116;"), options: options));

        Assert.Equal((2, 3), (issue.Line, issue.Column));
        Assert.Equal("'2026 prel. Dec' ligger i framtiden (i dag är det 2026-11-25).", issue.Message);
    }

    [Fact]
    public void Read_Rejects_WhenGivenAnotherKind()
    {
        var issue = SingleError(Publishers.Read("bra.txt", Publishers.Solwebb($"{Rk};{Person};2023;Jan;61;116;"), options: new ReadOptions { Kind = InputKind.Population }));

        Assert.Equal("--kind population passar inte en BRÅ-fil.", issue.Message);
    }
}
