using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Tests.Support;
using Samverkan.Analytics.Publishing.YearlyReport;

namespace Samverkan.Analytics.Publishing.Tests.YearlyReport;

public sealed class ResultCellsTests
{
    private static IndicatorResult Compared() =>
        Some.Row(Some.SpangaTensta, 2023, 22.3, 19.6, 25.2) with { ComparatorValue = 18.0, ComparatorVerdict = Verdict.Worse, ComparatorVerdict95 = Verdict.Worse, ComparatorVerdict998 = Verdict.Worse };

    [Fact]
    public void Comparison_IsADash_WhenTheIndicatorIsACount()
    {
        var count = Some.Otrygg with { Measure = Measure.Count, Unit = "antal", Multiplier = 1 };

        var cell = ResultCells.Comparison(Compared(), count);

        Assert.Equal("–", cell.Text);
    }

    [Fact]
    public void Comparison_GivesTheVerdictAndTheCity_WhenTheIndicatorIsAShare()
    {
        var cell = ResultCells.Comparison(Compared(), Some.Otrygg);

        Assert.StartsWith("sämre\näven 99,8\u00A0%\nstaden ", cell.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Footnote_SaysCountsAreNotComparedWithTheCity_OnlyWhenATableHasACount()
    {
        var count = Some.Otrygg with { Measure = Measure.Count };

        Assert.Contains("Antal jämförs inte med staden", ResultCells.Footnote([Some.Otrygg, count]), StringComparison.Ordinal);
        Assert.DoesNotContain("Antal jämförs inte med staden", ResultCells.Footnote([Some.Otrygg]), StringComparison.Ordinal);
    }
}
