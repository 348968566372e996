using System.IO.Compression;
using MiniExcelLibs;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Export;
using Samverkan.Analytics.Publishing.Tests.Support;

namespace Samverkan.Analytics.Publishing.Tests.Export;

public sealed class IndicatorExcelWriterTests
{
    [Fact]
    public void Write_GivesSwedishHeadersNumbersWithFormatsAndTooFewAnswers_WhenRowsAreMixed()
    {
        var rows = new List<IndicatorResult>
        {
            Some.Row(Some.SpangaTensta, 2023, 22.3, 19.6, 25.2) with { Change = -9.5, ChangeCiLow = -13.4, ChangeCiHigh = -5.5, ChangeVerdict = Verdict.Better },
            Some.Row(Some.SpangaTensta, 2024, null, status: ResultStatus.Suppressed),
        };
        using var stream = new MemoryStream();

        IndicatorExcelWriter.Write(stream, Some.Otrygg, rows, id => id == Some.SpangaTensta ? Some.SpangaTenstaArea : new Area { Id = id, Name = id, Kind = AreaKind.Place }, [("Indikator", "Otrygga")]);

        stream.Position = 0;
        var sheet = stream.Query(useHeaderRow: true, sheetName: "Data").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(2, sheet.Count);
        Assert.Equal("Spånga-Tensta", sheet[0]["Område"]);
        Assert.Equal(22.3, Convert.ToDouble(sheet[0]["Värde (%)"], System.Globalization.CultureInfo.InvariantCulture), 6);
        Assert.Equal(-9.5, Convert.ToDouble(sheet[0]["Förändring sedan utgångsläget (procentenheter)"], System.Globalization.CultureInfo.InvariantCulture), 6);
        Assert.Equal("Bättre", sheet[0]["Bedömning sedan utgångsläget"]);
        Assert.Equal("för få svar", sheet[1]["Värde (%)"]);
        Assert.Equal("för få svar", sheet[1]["Markering"]);
        Assert.Null(sheet[1]["Konfidensintervall, lägre"]);

        stream.Position = 0;
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        using var styles = new StreamReader(zip.GetEntry("xl/styles.xml")!.Open());
        Assert.Contains("#,##0.0", styles.ReadToEnd(), StringComparison.Ordinal);
        Assert.Equal(2, zip.Entries.Count(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(Measure.Proportion, "Sämre")]
    [InlineData(Measure.Count, null)]
    public void Write_LeavesTheComparisonWithTheCityOut_WhenTheIndicatorIsACount(Measure measure, string? expected)
    {
        var indicator = Some.Otrygg with { Measure = measure };
        var rows = new List<IndicatorResult> { Some.Row(Some.SpangaTensta, 2023, 22.3, 19.6, 25.2) with { ComparatorValue = 18.0, ComparatorVerdict = Verdict.Worse } };
        using var stream = new MemoryStream();

        IndicatorExcelWriter.Write(stream, indicator, rows, _ => Some.SpangaTenstaArea, [("Indikator", "X")]);

        stream.Position = 0;
        var data = stream.Query(useHeaderRow: true, sheetName: "Data").Cast<IDictionary<string, object?>>().Single();
        Assert.Equal(expected, data["Jämfört med staden"]);
        Assert.NotNull(data["Hela staden"]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"Klicka\")")]
    [InlineData("+SUM(1;2)")]
    [InlineData("@cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    public void Write_StoresAFormulaLikeAreaNameAsTextNeverAsAFormula_WhenTheCatalogueHoldsOne(string name)
    {
        var rows = new List<IndicatorResult> { Some.Row(Some.SpangaTensta, 2023, 22.3, 19.6, 25.2) };
        using var stream = new MemoryStream();

        IndicatorExcelWriter.Write(stream, Some.Otrygg, rows, id => new Area { Id = id, Name = name, Kind = AreaKind.District }, [("Indikator", name)]);

        stream.Position = 0;
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        foreach (var sheet in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(sheet.Open());
            var xml = reader.ReadToEnd();
            Assert.DoesNotContain("<f>", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<x:f>", xml, StringComparison.Ordinal);
        }

        stream.Position = 0;
        var data = stream.Query(useHeaderRow: true, sheetName: "Data").Cast<IDictionary<string, object?>>().Single();
        var shown = Assert.IsType<string>(data["Område"]);
        Assert.EndsWith(name, shown, StringComparison.Ordinal);
    }
}
