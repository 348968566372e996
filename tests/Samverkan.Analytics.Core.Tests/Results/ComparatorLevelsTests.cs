using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Core.Tests.Results;

public sealed class ComparatorLevelsTests
{
    private static IndicatorDefinition Indicator(Measure measure) => new()
    {
        Id = "x", Title = "X", PriorityAreaId = "overgripande", Measure = measure,
        Source = new IndicatorSource { Dataset = measure == Measure.Proportion ? Dataset.Survey : Dataset.Measurement },
    };

    [Theory]
    [InlineData(Measure.Proportion)]
    [InlineData(Measure.Rate)]
    [InlineData(Measure.Value)]
    public void IsMeaningful_IsTrue_WhenTheIndicatorIsNotACount(Measure measure) =>
        Assert.True(ComparatorLevels.IsMeaningful(Indicator(measure)));

    [Fact]
    public void IsMeaningful_IsFalse_WhenTheIndicatorIsACount() =>
        Assert.False(ComparatorLevels.IsMeaningful(Indicator(Measure.Count)));
}
