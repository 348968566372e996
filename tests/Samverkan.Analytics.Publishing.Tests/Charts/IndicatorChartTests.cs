using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Charts;
using Samverkan.Analytics.Publishing.Tests.Support;
using SkiaSharp;

namespace Samverkan.Analytics.Publishing.Tests.Charts;

public class IndicatorChartTests
{
    private static readonly string OutputDirectory = Path.Combine(AppContext.BaseDirectory, "chart-output");

    [Fact]
    public void Render_WritesReadablePngAndSvg_WhenGivenASeriesWithCityAndTarget()
    {
        var png = Path.Combine(OutputDirectory, "otrygg-ute-sen-kvall-sdo-spanga-tensta.png");
        var svg = Path.ChangeExtension(png, ".svg");

        IndicatorChart.Render(Some.Otrygg, Some.SpangaTenstaArea, Some.SpangaTenstaSeries(), Some.CitySeries(), png, svg);

        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal(900, bitmap.Width);
        Assert.Equal(500, bitmap.Height);
        Assert.True(LuminanceVariance(bitmap) > 100, "the PNG looks blank");

        var xml = File.ReadAllText(svg);
        Assert.Contains("Otrygga ute sent på kvällen – Spånga-Tensta", xml, StringComparison.Ordinal);
        Assert.Contains("Utgångsläge 2017", xml, StringComparison.Ordinal);
        Assert.Contains("Mål 2025: 5,0", xml, StringComparison.Ordinal);
        Assert.Contains("Hela staden", xml, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(OutputDirectory, "*.tmp"));
    }

    [Fact]
    public void Build_LeavesAGap_WhenARowIsSuppressed()
    {
        var model = ChartModelBuilder.Build(Some.Otrygg, Some.SpangaTenstaArea, Some.SpangaTenstaSeries(), Some.CitySeries());

        Assert.DoesNotContain(model.Area.Points, p => p.Period.Year == 2021);
        Assert.DoesNotContain(model.Area.Points, p => p.Y == 0);
        Assert.Equal(2, model.Area.Segments.Count);
        Assert.Equal(2020, model.Area.Segments[0][^1].Period.Year);
        Assert.Equal(2022, model.Area.Segments[1][0].Period.Year);
    }

    [Fact]
    public void Build_MarksOnlyPreliminaryPointsHollow_WhenTheLatestIsPreliminary()
    {
        var model = ChartModelBuilder.Build(Some.Otrygg, Some.SpangaTenstaArea, Some.SpangaTenstaSeries(), null);

        Assert.Equal([2024], model.Area.Points.Where(p => p.Preliminary).Select(p => p.Period.Year));
        Assert.Null(model.City);
        Assert.Equal("Utgångsläge 2017: 31,8\u00A0%", model.BaselineLabel);
        Assert.Equal("Mål 2025: 5,0\u00A0%", model.TargetLabel);
    }

    [Fact]
    public void Render_DrawsAMessage_WhenEveryRowIsSuppressed()
    {
        var png = Path.Combine(OutputDirectory, "all-suppressed.png");
        IndicatorResult[] rows = [Some.Row(Some.SpangaTensta, 2020, null, status: ResultStatus.Suppressed)];

        var model = IndicatorChart.Render(Some.Otrygg, Some.SpangaTenstaArea, rows, Some.CitySeries(), png, Path.ChangeExtension(png, ".svg"));

        Assert.Empty(model.Area.Points);
        Assert.Contains("Inga värden att visa", File.ReadAllText(Path.ChangeExtension(png, ".svg")), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_KeepsLabelsApartAndCapitalsWhole_WhenLinesEndCloseTogether()
    {
        var alvsjo = new Area { Id = "sdo-hagersten-alvsjo", Name = "Hägersten-Älvsjö", Kind = AreaKind.District, ParentId = Some.City };
        var rate = Some.Otrygg with
        {
            Id = "brott-mot-person",
            Title = "Anmälda brott mot person per 100 000 invånare, därav misshandel inklusive grov misshandel",
            Measure = Measure.Rate,
            Multiplier = 100_000,
            Unit = "per 100 000 inv.",
            Confidence = 0.998,
            Target = null,
        };
        IndicatorResult Row(string area, int year, double value) =>
            Some.Row(area, year, value, value * 0.95, value * 1.05) with
            {
                IndicatorId = rate.Id, BaselinePeriod = Period.OfYear(2018), BaselineValue = 1510, TargetYear = null, TargetValue = null,
            };
        var rows = Enumerable.Range(2015, 10).Select(y => Row(alvsjo.Id, y, 1400 + ((y % 3) * 60))).ToList();
        var city = Enumerable.Range(2015, 10).Select(y => Row(Some.City, y, 1500 + ((y % 2) * 20))).ToList();
        var png = Path.Combine(OutputDirectory, "brott-mot-person-sdo-hagersten-alvsjo.png");

        var model = IndicatorChart.Render(rate, alvsjo, rows, city, png, Path.ChangeExtension(png, ".svg"));

        var xml = File.ReadAllText(Path.ChangeExtension(png, ".svg"));
        Assert.Contains("Hägersten-Älvsjö", xml, StringComparison.Ordinal);
        Assert.Contains("Utgångsläge 2018: 1\u00A0510\u00A0per 100 000 inv.", xml, StringComparison.Ordinal);
        Assert.Contains("99,8", model.Note, StringComparison.Ordinal);
    }

    private static double LuminanceVariance(SKBitmap bitmap)
    {
        double sum = 0, sumSq = 0;
        var n = 0;
        for (var y = 0; y < bitmap.Height; y += 2)
        {
            for (var x = 0; x < bitmap.Width; x += 2)
            {
                var c = bitmap.GetPixel(x, y);
                var l = (0.299 * c.Red) + (0.587 * c.Green) + (0.114 * c.Blue);
                sum += l;
                sumSq += l * l;
                n++;
            }
        }

        var mean = sum / n;
        return (sumSq / n) - (mean * mean);
    }
}
