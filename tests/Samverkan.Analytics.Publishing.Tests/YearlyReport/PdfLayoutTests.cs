using Samverkan.Analytics.Publishing.YearlyReport.Pdf;

namespace Samverkan.Analytics.Publishing.Tests.YearlyReport;

/// <summary>Widow and orphan control: a paragraph never leaves one line alone at a page's foot or top.</summary>
public sealed class PdfLayoutTests
{
    private const double LineHeight = 13;

    [Fact]
    public void LinesBeforeBreak_MovesTheParagraphToTheNextPage_WhenOnlyItsFirstLineWouldFit()
    {
        using var layout = LayoutWithRoomFor(lines: 1.5);

        Assert.Equal(5, layout.LinesBeforeBreak(5, LineHeight));
        Assert.Equal(2, layout.Pages.Count);
        Assert.True(layout.AtPageTop);
    }

    [Fact]
    public void LinesBeforeBreak_SendsTwoLinesOver_WhenOnlyTheLastLineWouldGoOver()
    {
        using var layout = LayoutWithRoomFor(lines: 4.5);

        Assert.Equal(3, layout.LinesBeforeBreak(5, LineHeight));
        Assert.Single(layout.Pages);
    }

    [Fact]
    public void LinesBeforeBreak_BreaksWhereThePageEnds_WhenTwoOrMoreLinesGoEachWay()
    {
        using var layout = LayoutWithRoomFor(lines: 3.2);

        Assert.Equal(3, layout.LinesBeforeBreak(6, LineHeight));
        Assert.Single(layout.Pages);
    }

    [Fact]
    public void LinesBeforeBreak_MovesAThreeLineParagraphWhole_WhenItDoesNotFit()
    {
        using var layout = LayoutWithRoomFor(lines: 2.5);

        Assert.Equal(3, layout.LinesBeforeBreak(3, LineHeight));
        Assert.Equal(2, layout.Pages.Count);
    }

    [Fact]
    public void LinesBeforeBreak_KeepsEveryLineHere_WhenTheParagraphFits()
    {
        using var layout = LayoutWithRoomFor(lines: 4);

        Assert.Equal(4, layout.LinesBeforeBreak(4, LineHeight));
        Assert.Single(layout.Pages);
    }

    /// <summary>A layout on its first page with room for <paramref name="lines"/> lines above the page's foot.</summary>
    private static PdfLayout LayoutWithRoomFor(double lines)
    {
        DejaVuFontResolver.Install();
        var layout = new PdfLayout(new PdfStyle());
        layout.NewPage();
        layout.Y = PdfStyle.Bottom - (lines * LineHeight);
        return layout;
    }
}
