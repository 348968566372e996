using PdfSharp.Drawing;
using Samverkan.Analytics.Publishing.YearlyReport.Pdf;

namespace Samverkan.Analytics.Publishing.Tests.YearlyReport;

public sealed class PdfTextWrapperTests
{
    [Fact]
    public void Wrap_BreaksARangeAfterItsDash_WhenTheRangeIsWiderThanTheColumn()
    {
        // The report's table cell "Senaste (KI)" printed "(11 901–12 6" / "83)": a number split in two.
        const string Range = "(11\u00A0901–12\u00A0683)";

        Assert.Equal(["(11\u00A0901–", "12\u00A0683)"], Lines(Range, widthBesideText: -2));
    }

    [Fact]
    public void Wrap_KeepsAHyphenatedNameAndItsNumberOnOneLine_WhenTheyFit()
    {
        Assert.Equal(["Hässelby-Vällingby 12\u00A0287"], Lines("Hässelby-Vällingby 12\u00A0287", widthBesideText: 1));
    }

    /// <summary>The text wrapped in the report's table font, in a column as wide as the text plus <paramref name="widthBesideText"/> points.</summary>
    private static List<string> Lines(string text, double widthBesideText)
    {
        DejaVuFontResolver.Install();
        var font = new PdfStyle().Table;
        using var wrapper = new PdfTextWrapper();
        return wrapper.Wrap([new PdfSpan(text, font, XColors.Black)], wrapper.Measure(text, font) + widthBesideText)
            .Select(l => string.Concat(l.Pieces.Select(p => p.Span.Text)))
            .ToList();
    }
}
