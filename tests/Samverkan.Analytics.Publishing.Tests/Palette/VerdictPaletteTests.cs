using System.Text.RegularExpressions;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Charts;
using Samverkan.Analytics.Publishing.Digest;
using Samverkan.Analytics.Publishing.Maps;
using Samverkan.Analytics.Publishing.Palette;
using Samverkan.Analytics.Publishing.Site;
using Samverkan.Analytics.Publishing.Tests.Support;
using Samverkan.Analytics.Publishing.YearlyReport;
using Samverkan.Analytics.Publishing.YearlyReport.Html;
using Samverkan.Analytics.Publishing.YearlyReport.Model;
using Samverkan.Analytics.Publishing.YearlyReport.Pdf;
using Samverkan.Analytics.TestSupport;

namespace Samverkan.Analytics.Publishing.Tests.Palette;

/// <summary>
/// The one colour language of verdicts: WCAG 2.1 AA contrast, colour-blind safety, and the site's
/// style sheet, the maps, the charts, the profile's symbols, the digest and the yearly report (HTML
/// and PDF) all taking their verdict colours from <see cref="VerdictPalette"/>.
/// </summary>
public sealed class VerdictPaletteTests
{
    private static readonly Verdict[] Verdicts = [Verdict.Better, Verdict.Similar, Verdict.Worse, Verdict.Higher, Verdict.Lower, Verdict.NotAssessed];

    [Fact]
    public void EveryClass_HasTextOfAtLeast4_5To1OnItsFill_AndInkOfAtLeast4_5To1OnWhite()
    {
        foreach (var c in VerdictPalette.All)
        {
            // Text on the fill (WCAG 1.4.3); the ink is used for coloured words (1.4.3) and marks (1.4.11, 3:1).
            Assert.True(Colour.Contrast(c.Fill, c.Text) >= 4.5, $"{c.Key}: text {c.Text} on {c.Fill} is {Colour.Contrast(c.Fill, c.Text):0.00}:1");
            Assert.True(Colour.Contrast(c.Ink, "#FFFFFF") >= 4.5, $"{c.Key}: ink {c.Ink} on white is {Colour.Contrast(c.Ink, "#FFFFFF"):0.00}:1");
        }
    }

    [Theory]
    [InlineData("normal")]
    [InlineData("protanopia")]
    [InlineData("deuteranopia")]
    [InlineData("tritanopia")]
    public void ClassesThatShareATable_StayApart_WithEachColourVision(string vision)
    {
        // The classes of one indicator (better/similar/worse/not assessed, or higher/similar/lower/not
        // assessed) at least ΔE 15 apart; any two classes of the overview at least ΔE 10. The grey that
        // "not assessed" had was ΔE 7 from light purple "lower" for tritanopes (1.16:1 in lightness).
        VerdictColours[][] sets =
        [
            [VerdictPalette.Better, VerdictPalette.Similar, VerdictPalette.Worse, VerdictPalette.NotAssessed],
            [VerdictPalette.Higher, VerdictPalette.Similar, VerdictPalette.Lower, VerdictPalette.NotAssessed],
        ];
        foreach (var set in sets)
        {
            foreach (var (a, b) in Pairs(set))
            {
                Assert.True(Colour.DeltaE(a.Fill, b.Fill, vision) >= 15, $"{vision}: {a.Key} {a.Fill} vs {b.Key} {b.Fill}: ΔE {Colour.DeltaE(a.Fill, b.Fill, vision):0.0}");
            }
        }

        foreach (var (a, b) in Pairs(VerdictPalette.All))
        {
            Assert.True(Colour.DeltaE(a.Fill, b.Fill, vision) >= 10, $"{vision}: {a.Key} {a.Fill} vs {b.Key} {b.Fill}: ΔE {Colour.DeltaE(a.Fill, b.Fill, vision):0.0}");
        }

        Assert.True(Colour.DeltaE("#D4C4E8", "#D9D9D9", "tritanopia") < 10); // the old pair fails the same check
    }

    [Fact]
    public void SiteStyleSheet_DefinesEveryVerdictVariable_AsThePalette()
    {
        var css = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "dashboards", "style.css"));

        foreach (var c in VerdictPalette.All)
        {
            Assert.Equal(c.Fill, Regex.Match(css, "--" + c.Key + @"-bg: (#[0-9a-fA-F]{6});").Groups[1].Value, ignoreCase: true);
            Assert.Equal(c.Text, Regex.Match(css, "--" + c.Key + @"-fg: (#[0-9a-fA-F]{6});").Groups[1].Value, ignoreCase: true);
        }
    }

    [Fact]
    public void MapsChartsAndProfileSymbols_TakeTheirVerdictColoursFromThePalette()
    {
        Assert.Equal(
            VerdictPalette.All.Select(c => c.Fill),
            new[] { MapPalette.Better, MapPalette.Similar, MapPalette.Worse, MapPalette.Higher, MapPalette.Lower, MapPalette.NotAssessed });
        foreach (var verdict in Verdicts)
        {
            var ink = VerdictPalette.For(verdict).Ink;
            Assert.Equal(ScottPlot.Color.FromHex(ink), RankedChangeChart.ColorOf(verdict));
            if (verdict != Verdict.Similar)
            {
                Assert.Contains("fill=\"" + ink + "\"", SpineSvg.Symbol(verdict), StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public void DigestAndYearlyReport_ColourAVerdict_AsTheSiteDoes()
    {
        foreach (var verdict in Verdicts)
        {
            var colours = VerdictPalette.For(verdict);
            var tone = ReportWords.Tone(verdict);
            var expected = verdict == Verdict.NotAssessed ? null : colours;

            // The digest's cell.
            var style = DigestHtml.VerdictStyle(new IndicatorResult { IndicatorId = "ran", AreaId = "sdo-jarva", Period = Period.OfYear(2024), Value = 1, ChangeVerdict = verdict });
            Assert.Equal(expected is null ? string.Empty : "background:" + colours.Fill + ";color:" + colours.Text + ";", style.Replace("font-weight:bold;", string.Empty, StringComparison.Ordinal));

            // The report's tone: HTML and PDF.
            Assert.Equal(colours, ToneColours.For(tone));
            var rule = Regex.Match(HtmlReportStyle.Css, @"\.tone-" + tone.ToString().ToLowerInvariant() + @" \{ background: (#[0-9A-Fa-f]{6}); color: (#[0-9A-Fa-f]{6});");
            Assert.Equal((colours.Fill, colours.Text), (rule.Groups[1].Value, rule.Groups[2].Value));
            var (fill, text) = PdfStyle.ToneColours(tone);
            Assert.Equal(colours.Text, Hex(text), ignoreCase: true);
            Assert.Equal(verdict == Verdict.NotAssessed ? null : colours.Fill, fill is { } f ? Hex(f) : null, StringComparer.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void YearlyReport_NamesThePalettesColours_InItsColourNote()
    {
        var note = VerdictPalette.ColourNote();

        Assert.All(VerdictPalette.All, c => Assert.Contains(c.Name, note, StringComparison.Ordinal));
        Assert.Contains("blått bättre", note, StringComparison.Ordinal);
        Assert.DoesNotContain("grönt", note, StringComparison.Ordinal);
    }

    [Fact]
    public void VerdictFills_AreWrittenInThePaletteAlone_InTheSource()
    {
        // Defined once: no other C# file under src/ spells a verdict fill (the style sheet's variables are tested above).
        var fills = VerdictPalette.All.Select(c => c.Fill).Where(f => !string.Equals(f, "#FFFFFF", StringComparison.OrdinalIgnoreCase)).ToList();
        var palette = Path.Combine("Palette", "VerdictPalette.cs");
        var offenders = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.EndsWith(palette, StringComparison.Ordinal))
            .SelectMany(f => fills.Where(h => File.ReadAllText(f).Contains(h, StringComparison.OrdinalIgnoreCase)).Select(h => $"{f}: {h}"))
            .ToList();

        Assert.Empty(offenders);
    }

    private static string Hex(PdfSharp.Drawing.XColor c) => $"#{c.R:X2}{c.G:X2}{c.B:X2}";

    private static IEnumerable<(VerdictColours A, VerdictColours B)> Pairs(IReadOnlyList<VerdictColours> set) =>
        set.SelectMany((a, i) => set.Skip(i + 1).Select(b => (a, b)));
}
