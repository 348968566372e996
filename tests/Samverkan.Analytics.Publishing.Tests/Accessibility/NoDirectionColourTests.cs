using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Samverkan.Analytics.Core.Digests;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Digest;
using Samverkan.Analytics.Publishing.Maps;
using Samverkan.Analytics.Publishing.Palette;
using Samverkan.Analytics.Publishing.Tests.Support;
using Samverkan.Analytics.Publishing.YearlyReport;
using Samverkan.Analytics.Publishing.YearlyReport.Html;
using Samverkan.Analytics.Publishing.YearlyReport.Model;
using Samverkan.Analytics.Publishing.YearlyReport.Pdf;

namespace Samverkan.Analytics.Publishing.Tests.Accessibility;

/// <summary>
/// "Högre"/"Lägre" of an indicator with no good direction (polarity none: narkotikabrott in the
/// sample data) are in a neutral colour in every output, never the colour that says better or worse
/// there (the review found "Lägre" in green beside a blue "Bättre"), with WCAG contrast: 4.5:1 for
/// text, 3:1 for marks. Read from what is published: the overview's cells and style.css, the map and
/// ranked-chart SVGs, the comparison marks in the pages, a digest's table and the yearly report's tones.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed partial class NoDirectionColourTests(SampleSiteFixture site)
{
    private static readonly string[] Evaluative = [VerdictPalette.Better.Fill, VerdictPalette.Worse.Fill, VerdictPalette.Better.Ink, VerdictPalette.Worse.Ink, "#D55E00", "#1B6B34", "#A3270E", "#A6DBA0"];

    [Fact]
    public void OverviewCells_ShowHigherAndLowerInNeutralPurples_NotInTheColoursOfBetterOrWorse()
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(site.PathOf("index.html")));
        var row = page.QuerySelectorAll("table.matrix tr").First(r => r.QuerySelector("th a")?.TextContent == "Anmälda narkotikabrott");
        var css = File.ReadAllText(site.PathOf("style.css"));
        string Var(string name) => Regex.Match(css, "--" + name + @": (#[0-9a-fA-F]{6});").Groups[1].Value;

        var cells = row.QuerySelectorAll("td.v-higher, td.v-lower").ToList();
        Assert.NotEmpty(cells);
        Assert.Empty(row.QuerySelectorAll("td.v-better, td.v-worse"));
        foreach (var key in new[] { "higher", "lower" })
        {
            var (background, text) = (Var(key + "-bg"), Var(key + "-fg"));
            Assert.DoesNotContain(background, Evaluative, StringComparer.OrdinalIgnoreCase);
            Assert.NotEqual(Var("better-bg"), background, StringComparer.OrdinalIgnoreCase);
            Assert.NotEqual(Var("worse-bg"), background, StringComparer.OrdinalIgnoreCase);
            Assert.True(Contrast(background, text) >= 4.5, $"{key}: {text} on {background} is {Contrast(background, text):0.0}:1");
        }

        Assert.All(cells, c => Assert.Matches("^(Högre|Lägre)", c.TextContent)); // the word stays
    }

    [Fact]
    public void MapsAndRankedCharts_DrawNoDirectionInNeutralPurple_NotInTheColoursOfBetterOrWorse()
    {
        var maps = Directory.GetFiles(site.PathOf("maps/narkotikabrott"), "*.svg");
        Assert.NotEmpty(maps);
        var fills = maps.SelectMany(m => Fills(File.ReadAllText(m))).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.True(fills.Contains(MapPalette.Higher) || fills.Contains(MapPalette.Lower), string.Join(", ", fills));
        Assert.DoesNotContain(fills, f => Evaluative.Contains(f, StringComparer.OrdinalIgnoreCase));

        var ranked = File.ReadAllText(site.PathOf("charts/narkotikabrott/rangordning-district.svg"));
        Assert.Contains(VerdictPalette.Higher.Ink, Fills(ranked), StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain(Fills(ranked), f => Evaluative.Contains(f, StringComparer.OrdinalIgnoreCase));
        Assert.True(Contrast(VerdictPalette.Higher.Ink, "#FFFFFF") >= 4.5); // a mark (3:1) and text (4.5:1) on white
    }

    [Fact]
    public void ComparisonMarks_OnThePages_AreNeutralPurpleDiamonds_ForHigherAndLower()
    {
        var diamonds = Directory.GetFiles(site.Directory, "*.html", SearchOption.AllDirectories)
            .SelectMany(f => Diamond().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value))
            .ToList();

        Assert.NotEmpty(diamonds);
        Assert.All(diamonds, fill => Assert.Equal(VerdictPalette.Higher.Ink, fill, ignoreCase: true));
    }

    [Fact]
    public void Digest_ShowsHigherAndLowerInNeutralPurpleCells_NotInTheColoursOfBetterOrWorse()
    {
        var rows = site.Results.Where(r => r.IndicatorId == "narkotikabrott").ToList();
        var area = rows.GroupBy(r => r.AreaId)
            .First(g => g.OrderBy(r => r.Period).TakeLast(6).Any(r => r.ChangeVerdict is Verdict.Higher or Verdict.Lower)).Key;
        var subscription = new DigestSubscription { Id = "narkotika", Recipients = ["a@stad.example"], AreaIds = [area], IndicatorIds = ["narkotikabrott"] };
        var content = ChangeDetector.Detect(subscription, DigestScope.For(site.Catalog, subscription), (site.Run, site.Results), null, (_, _) => "https://uppfoljning.stad.example/");

        var html = DigestHtml.Render(content, "Förändringar", [], _ => string.Empty, "https://uppfoljning.stad.example/avsluta");

        var cells = new HtmlParser().ParseDocument(html).QuerySelectorAll("tbody td").Where(td => td.TextContent is "högre" or "lägre").ToList();
        Assert.NotEmpty(cells);
        Assert.All(cells, td =>
        {
            var style = td.GetAttribute("style")!;
            var background = Regex.Match(style, "background:(#[0-9A-Fa-f]{6})").Groups[1].Value;
            var colour = Regex.Match(style, ";color:(#[0-9A-Fa-f]{6})").Groups[1].Value;
            Assert.Contains(background, new[] { VerdictPalette.Higher.Fill, VerdictPalette.Lower.Fill }, StringComparer.OrdinalIgnoreCase);
            Assert.DoesNotContain(background, Evaluative, StringComparer.OrdinalIgnoreCase);
            Assert.True(Contrast(background, colour) >= 4.5);
        });
    }

    [Fact]
    public void YearlyReport_ToneOfHigherAndLower_IsNeutralPurple_InTheHtmlAndThePdf()
    {
        Assert.Equal(Tone.Higher, ReportWords.Tone(Verdict.Higher));
        Assert.Equal(Tone.Lower, ReportWords.Tone(Verdict.Lower));

        var good = Regex.Match(HtmlReportStyle.Css, @"\.tone-good \{ background: (#[0-9a-fA-F]{6}); color: (#[0-9a-fA-F]{6});");
        foreach (var tone in new[] { Tone.Higher, Tone.Lower })
        {
            var rule = Regex.Match(HtmlReportStyle.Css, @"\.tone-" + tone.ToString().ToLowerInvariant() + @" \{ background: (#[0-9a-fA-F]{6}); color: (#[0-9a-fA-F]{6});");
            Assert.True(rule.Success);
            Assert.NotEqual(good.Groups[1].Value, rule.Groups[1].Value);
            Assert.True(Contrast(rule.Groups[1].Value, rule.Groups[2].Value) >= 4.5);
            Assert.True(IsPurple(rule.Groups[1].Value), rule.Groups[1].Value);

            var (fill, text) = PdfStyle.ToneColours(tone);
            string Hex(PdfSharp.Drawing.XColor c) => $"#{c.R:X2}{c.G:X2}{c.B:X2}";
            Assert.Equal(rule.Groups[1].Value, Hex(fill!.Value), ignoreCase: true); // the PDF and the HTML report agree
            Assert.Equal(rule.Groups[2].Value, Hex(text), ignoreCase: true);
            Assert.NotEqual(Hex(PdfStyle.ToneColours(Tone.Good).Fill!.Value), Hex(fill.Value));
            Assert.NotEqual(Hex(PdfStyle.ToneColours(Tone.Bad).Fill!.Value), Hex(fill.Value));
        }
    }

    [Fact]
    public void Palette_GivesHigherAndLowerNeutralPurples_ThatDifferFromBetterInLightness()
    {
        // Colour-blind readers tell purple from blue by lightness only: each must differ from better's.
        foreach (var colour in new[] { MapPalette.Higher, MapPalette.Lower })
        {
            Assert.True(IsPurple(colour), colour);
            Assert.True(Contrast(colour, MapPalette.Better) >= 1.3, $"{colour} vs {MapPalette.Better}: {Contrast(colour, MapPalette.Better):0.00}");
        }

        Assert.True(Contrast(MapPalette.Higher, MapPalette.OnHigher) >= 4.5);
        Assert.True(Contrast(MapPalette.Lower, MapPalette.Text) >= 4.5);
    }

    private static IEnumerable<string> Fills(string svg) =>
        Regex.Matches(svg, "fill=\"(#[0-9a-fA-F]{6})\"").Select(m => m.Groups[1].Value.ToUpperInvariant());

    /// <summary>Blue and red both above green: a purple (RdYlBu's blue has more green than red and is not).</summary>
    private static bool IsPurple(string hex)
    {
        var (r, g, b) = Rgb(hex);
        return b > g && r > g;
    }

    private static (int R, int G, int B) Rgb(string hex) => Colour.Rgb(hex);

    private static double Contrast(string a, string b) => Colour.Contrast(a, b);

    [GeneratedRegex("<path d=\"M[0-9.]+ 5 L[0-9.]+ 12 L[0-9.]+ 19 L[0-9.]+ 12 Z\" fill=\"(#[0-9A-Fa-f]{6})\"|<path d=\"M12 4 L20 12 L12 20 L4 12 Z\" fill=\"(#[0-9A-Fa-f]{6})\"")]
    private static partial Regex Diamond();
}
