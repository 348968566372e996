using PdfSharp.Drawing;
using Samverkan.Analytics.Publishing.YearlyReport.Pdf;

namespace Samverkan.Analytics.Publishing.Tests.YearlyReport;

public sealed class PdfTextWrapperTests
{
    [Fact]
    public void Wrap_BreaksARangeAfterItsDash_WhenTheRangeIsWiderThanTheColumn()
    {
        // The report's table cell "Senaste (KI)" printed "(11 901–12 6" / "83)": a number split in two.
        DejaVuFontResolver.Install();
        var style = new PdfStyle();
        using var wrapper = new PdfTextWrapper();
        const string Range = "(11\u00A0901–12\u00A0683)";
        var width = wrapper.Measure(Range, style.Table) - 2;

        var lines = wrapper.Wrap([new PdfSpan(Range, style.Table, XColors.Black)], width)
            .Select(l => string.Concat(l.Pieces.Select(p => p.Span.Text)))
            .ToList();

        Assert.Equal(["(11\u00A0901–", "12\u00A0683)"], lines);
    }

    [Fact]
    public void Wrap_KeepsAHyphenatedNameTogether_WhenItFits()
    {
        DejaVuFontResolver.Install();
        var style = new PdfStyle();
        using var wrapper = new PdfTextWrapper();
        const string Text = "Hässelby-Vällingby 12\u00A0287";

        var lines = wrapper.Wrap([new PdfSpan(Text, style.Table, XColors.Black)], wrapper.Measure(Text, style.Table) + 1);

        Assert.Single(lines);
    }
}
