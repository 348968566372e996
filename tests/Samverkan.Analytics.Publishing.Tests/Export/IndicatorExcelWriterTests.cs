using System.IO.Compression;
using MiniExcelLibs;
using Samverkan.Analytics.Core.Areas;
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
}
