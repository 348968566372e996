using System.Security.Cryptography;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Ingestion.Csv;
using Samverkan.Analytics.Ingestion.Tests.Support;

namespace Samverkan.Analytics.Ingestion.Tests.Csv;

/// <summary>Good files of every canonical kind, in the encodings, separators and number forms analysts deliver.</summary>
public sealed partial class CsvFileReaderTests
{
    [Fact]
    public void Read_ReadsSurvey_WhenSemicolonDecimalCommaWindows1252SwedishHeaders()
    {
        var bytes = Some.Cp1252(
            "Område;År;Fråga;Svarande;Positiva;Andel;Undersökning;Redovisningsgrupp\r\n" +
            "Spånga-Tensta;2020;otrygg-ute-sen-kvall;1 234;;23,5;stockholm-trygghetsmatning;ålder=65-79\r\n" +
            "Hägersten-Älvsjö;2023;otrygg-ute-sen-kvall;2\u00A0345;;10;stockholm-trygghetsmatning;\r\n" +
            "Bromma;2023;orolig-brott-ofta;812;97;;stockholm-trygghetsmatning;TOTAL\r\n");

        var file = Some.Read(bytes, fileName: "trygghet 2023.csv");

        Assert.Empty(file.Issues);
        Assert.False(file.IsRejected);
        Assert.Equal(InputKind.Survey, file.Kind);
        Assert.Equal("canonical", file.Format);
        Assert.Equal(3, file.RowCount);
        Assert.Contains("Windows-1252", file.Detected, StringComparison.Ordinal);
        Assert.Contains("CRLF", file.Detected, StringComparison.Ordinal);
        Assert.Contains("avgränsare ';'", file.Detected, StringComparison.Ordinal);
        Assert.Contains("decimaltecken ','", file.Detected, StringComparison.Ordinal);

        var (a, b, c) = (file.Observations[0], file.Observations[1], file.Observations[2]);
        Assert.Equal(Dataset.Survey, a.Dataset);
        Assert.Equal("sdo-spanga-tensta", a.AreaId);
        Assert.Equal(Period.OfYear(2020), a.Period);
        Assert.Equal("otrygg-ute-sen-kvall", a.Subject);
        Assert.Equal("stockholm-trygghetsmatning", a.Source);
        Assert.Equal("ålder=65-79", a.Breakdown);
        Assert.Equal(1234, a.Respondents);
        Assert.Equal(0.235, a.Share!.Value, 12);
        Assert.Null(a.Positive);
        Assert.Equal(ObservationStatus.Ok, a.Status);

        Assert.Equal("sdo-hagersten-alvsjo", b.AreaId);
        Assert.Equal(2345, b.Respondents);
        Assert.Equal(0.10, b.Share!.Value, 12);
        Assert.Equal("total", b.Breakdown);

        Assert.Equal("sdo-bromma", c.AreaId);
        Assert.Equal(97, c.Positive);
        Assert.Null(c.Share);
        Assert.Equal(812, c.Respondents);
        Assert.Equal("total", c.Breakdown);
    }

    [Fact]
    public void Read_KeepsLineageAndHash_ForEveryObservation()
    {
        var bytes = Some.Utf8("area;year;question;respondents;share\nBromma;2023;q1;100;10\nBromma;2023;q2;100;20\n");
        var expectedHash = Convert.ToHexStringLower(SHA256.HashData(bytes));

        var file = Some.Read(bytes);

        Assert.Equal(expectedHash, file.FileHash);
        Assert.Equal(64, file.FileHash.Length);
        Assert.Equal([new Lineage(expectedHash, 0, 2, 2), new Lineage(expectedHash, 0, 3, 3)], file.Observations.Select(o => o.Lineage));
    }

    [Fact]
    public void Read_ReadsCrime_WhenCommaSeparatedUtf8WithBomAndPublisherLabels()
    {
        var bytes = Some.Utf8WithBom(
            "area,period,category,count,status\n" +
            "\"Stadsdelsområde Spånga - Tensta (Sthlm)\",2023M11,därav misshandel inkl. grov,27,preliminary\n" +
            "Bromma,2023-Q2,Rån inkl. grovt,\"1 204\",final\n" +
            "Bromma,2023K3,ran,..,\n" +
            "Bromma,2023Q4,ran,XX,\n");

        var file = Some.Read(bytes);

        Assert.Empty(file.Issues);
        Assert.Equal(InputKind.Crime, file.Kind);
        Assert.Contains("teckenkodning UTF-8 med BOM", file.Detected, StringComparison.Ordinal);
        Assert.Contains("avgränsare ','", file.Detected, StringComparison.Ordinal);
        Assert.Contains("decimaltecken '.'", file.Detected, StringComparison.Ordinal);
        Assert.Collection(
            file.Observations,
            o =>
            {
                Assert.Equal(Dataset.Crime, o.Dataset);
                Assert.Equal("sdo-spanga-tensta", o.AreaId);
                Assert.Equal(Period.OfMonth(2023, 11), o.Period);
                Assert.Equal("misshandel", o.Subject);
                Assert.Equal(27, o.Value);
                Assert.Equal(ObservationStatus.Preliminary, o.Status);
            },
            o =>
            {
                Assert.Equal(Period.OfQuarter(2023, 2), o.Period);
                Assert.Equal("ran", o.Subject);
                Assert.Equal(1204, o.Value);
                Assert.Equal(ObservationStatus.Ok, o.Status);
            },
            o =>
            {
                Assert.Equal(Period.OfQuarter(2023, 3), o.Period);
                Assert.Null(o.Value);
                Assert.Equal(ObservationStatus.Missing, o.Status);
            },
            o =>
            {
                Assert.Equal(Period.OfQuarter(2023, 4), o.Period);
                Assert.Null(o.Value);
                Assert.Equal(ObservationStatus.Confidential, o.Status);
            });
    }

    [Fact]
    public void Read_ReadsMeasurement_WhenTabSeparatedWithDecimalCommaAndMinusSign()
    {
        var file = Some.Read(
            "indikator\tområde\tområdestyp\tperiod\tvärde\tki_låg\tki_hög\tn\n" +
            "trygghetsvandringar\tJärva\tlokalpolisområde\t2024\t12\t\t\t\n" +
            "index-forandring\tJärva\tdistrict\t2024-05\t\u22121,5\t\u22122,25\t\u20110,75\t1 200\n");

        Assert.Empty(file.Issues);
        Assert.Equal(InputKind.Measurement, file.Kind);
        Assert.Contains("avgränsare tabb", file.Detected, StringComparison.Ordinal);
        Assert.Contains("decimaltecken ','", file.Detected, StringComparison.Ordinal);
        var (a, b) = (file.Observations[0], file.Observations[1]);
        Assert.Equal("lpo-jarva", a.AreaId);
        Assert.Equal("trygghetsvandringar", a.Subject);
        Assert.Equal(12, a.Value);
        Assert.Null(a.CiLow);
        Assert.Null(a.N);
        Assert.Equal("sdo-jarva", b.AreaId);
        Assert.Equal(Period.OfMonth(2024, 5), b.Period);
        Assert.Equal(-1.5, b.Value);
        Assert.Equal(-2.25, b.CiLow);
        Assert.Equal(-0.75, b.CiHigh);
        Assert.Equal(1200, b.N);
    }

    [Fact]
    public void Read_ReadsTabFileWithDecimalPoint_WhenNumbersShowPoints()
    {
        var file = Some.Read("indicator\tarea\tperiod\tvalue\ntrygghetsvandringar\tBromma\t2024\t3.25\n");

        Assert.Empty(file.Issues);
        Assert.Equal(3.25, file.Observations[0].Value);
        Assert.Contains("decimaltecken '.'", file.Detected, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ReadsPopulation_WhenThousandsSeparatedByNarrowAndNoBreakSpaces()
    {
        var file = Some.Read(
            "område;år;folkmängd;kön;åldersgrupp;referensdatum\n" +
            "Bromma;2023;78\u202F123;;;2023-12-31\n" +
            "Bromma;2023;39\u00A0800;k;16-79;2023-12-31\n" +
            "Bromma;2023;.;m;16-79;\n");

        Assert.Empty(file.Issues);
        Assert.Equal(InputKind.Population, file.Kind);
        Assert.Contains("teckenkodning UTF-8,", file.Detected, StringComparison.Ordinal);
        Assert.Collection(
            file.Observations,
            o =>
            {
                Assert.Equal(Dataset.Population, o.Dataset);
                Assert.Equal(78123, o.Value);
                Assert.Equal("total", o.Subject);
                Assert.Equal("total", o.Breakdown);
            },
            o =>
            {
                Assert.Equal(39800, o.Value);
                Assert.Equal("16-79", o.Subject);
                Assert.Equal("kon=k", o.Breakdown);
            },
            o =>
            {
                Assert.Null(o.Value);
                Assert.Equal(ObservationStatus.NotApplicable, o.Status);
                Assert.Equal("kon=m", o.Breakdown);
            });
    }

    [Theory]
    [InlineData("..", ObservationStatus.Missing)]
    [InlineData(".", ObservationStatus.NotApplicable)]
    [InlineData("XX", ObservationStatus.Confidential)]
    [InlineData("", ObservationStatus.Missing)]
    public void Read_MapsMarkerToStatusNeverZero_WhenShareIsAMarker(string marker, ObservationStatus expected)
    {
        var file = Some.Read($"area;year;question;respondents;share\nBromma;2023;otrygg-ute-sen-kvall;45;{marker}\n");

        var o = Assert.Single(file.Observations);
        Assert.Empty(file.Issues);
        Assert.Equal(expected, o.Status);
        Assert.Null(o.Share);
        Assert.Null(o.Positive);
        Assert.Equal(45, o.Respondents);
    }

    [Fact]
    public void Read_TakesSurveyFromCatalogue_WhenFileHasNoSurveyColumn()
    {
        var file = Some.Read("area;year;question;respondents;share\nBromma;2023;otrygg-ute-sen-kvall;100;12,5\nBromma;2023;okand-fraga;100;12,5\n");

        Assert.Equal("stockholm-trygghetsmatning", file.Observations[0].Source);
        Assert.Equal("", file.Observations[1].Source);
    }

    [Fact]
    public void Read_RoundTripsSwedishText_WhenFileIsWindows1252()
    {
        var bytes = Some.Cp1252("område;år;fråga;svarande;andel;redovisningsgrupp\nSpånga-Tensta;2020;otrygg-ute-sen-kvall;500;12;kön=kvinnor åäöÅÄÖ\n");
        Assert.Contains((byte)0xE5, bytes); // å as one byte: really Windows-1252, not UTF-8

        var file = Some.Read(bytes);

        var o = Assert.Single(file.Observations);
        Assert.Equal("sdo-spanga-tensta", o.AreaId);
        Assert.Equal("kön=kvinnor åäöåäö", o.Breakdown);
    }

    [Fact]
    public void Read_ResolvesBraAliasWithItsOwnValidity_WhenCityAreaHasEnded()
    {
        // The district ended 2023-06-30, but BRÅ's spelling denotes it through 2023.
        var file = Some.Read("area;period;category;count\nStadsdelsområde Spånga - Tensta (Sthlm);2023-11;ran;4\n");

        Assert.Empty(file.Issues);
        Assert.Equal("sdo-spanga-tensta", Assert.Single(file.Observations).AreaId);
    }

    [Fact]
    public void Read_UsesAreaKindOption_WhenNameIsShared()
    {
        var file = Some.Read("area;period;category;count\nJärva;2024;ran;4\n", new ReadOptions { AreaKind = AreaKind.LocalPoliceArea });

        Assert.Empty(file.Issues);
        Assert.Equal("lpo-jarva", Assert.Single(file.Observations).AreaId);
    }

    [Fact]
    public void Read_PrefersAreaKindColumn_OverOption()
    {
        var file = Some.Read("area;area_kind;period;category;count\nJärva;district;2024;ran;4\nJärva;;2024;misshandel;5\n", new ReadOptions { AreaKind = AreaKind.LocalPoliceArea });

        Assert.Empty(file.Issues);
        Assert.Equal(["sdo-jarva", "lpo-jarva"], file.Observations.Select(o => o.AreaId));
    }

    [Fact]
    public void Read_CountsPhysicalLines_WhenSepLineBlankLinesAndQuotedHeaders()
    {
        var file = Some.Read("sep=;\r\n\"Area\";\"Year\";\"Question\";\"Respondents\";\"Share\"\r\n\r\nBromma;2023;q;100;10\r\n;;;;\r\nBromma;2024;q;100;10\r\n\r");

        Assert.Empty(file.Issues);
        Assert.Equal([4, 6], file.Observations.Select(o => o.Lineage!.FirstRow));
        Assert.Equal(2, file.RowCount);
    }

    [Fact]
    public void Read_AcceptsTrailingSeparatorAndPrelSuffix_AsBraWritesThem()
    {
        var file = Some.Read("area;year;category;count\nBromma;2023 prel.;ran;12;\n");

        Assert.Empty(file.Issues);
        var o = Assert.Single(file.Observations);
        Assert.Equal(Period.OfYear(2023), o.Period);
        Assert.Equal(ObservationStatus.Preliminary, o.Status);
    }

    [Theory]
    [InlineData("slutlig", ObservationStatus.Ok)]
    [InlineData("Preliminär", ObservationStatus.Preliminary)]
    [InlineData("prel", ObservationStatus.Preliminary)]
    [InlineData("skattning", ObservationStatus.Estimate)]
    [InlineData("estimate", ObservationStatus.Estimate)]
    public void Read_MapsStatusWords(string word, ObservationStatus expected)
    {
        var file = Some.Read($"area;period;category;count;status\nBromma;2023;ran;12;{word}\n");

        Assert.Equal(expected, Assert.Single(file.Observations).Status);
    }
}
