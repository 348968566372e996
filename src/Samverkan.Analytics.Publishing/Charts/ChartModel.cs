using Samverkan.Analytics.Core.Periods;

namespace Samverkan.Analytics.Publishing.Charts;

/// <summary>Everything one chart shows, decided before any drawing (so tests can check it).</summary>
internal sealed record ChartModel
{
    /// <summary>Indicator title and area name: <c>Otrygga ute sent på kvällen – Spånga-Tensta</c>.</summary>
    public required string Title { get; init; }

    /// <summary>The y-axis label: the unit.</summary>
    public required string YLabel { get; init; }

    /// <summary>The area's name, used as the series label.</summary>
    public required string AreaName { get; init; }

    /// <summary>The area's series.</summary>
    public required ChartSeries Area { get; init; }

    /// <summary>The city's series, when the area is not the city.</summary>
    public ChartSeries? City { get; init; }

    /// <summary>The baseline period, if known.</summary>
    public Period? BaselinePeriod { get; init; }

    /// <summary>The baseline value, if known.</summary>
    public double? BaselineValue { get; init; }

    /// <summary>The baseline line's label: <c>Utgångsläge 2017: 12,0 %</c>.</summary>
    public string? BaselineLabel { get; init; }

    /// <summary>The target year, when the indicator has a target.</summary>
    public int? TargetYear { get; init; }

    /// <summary>The target value.</summary>
    public double? TargetValue { get; init; }

    /// <summary>The target marker's label: <c>Mål 2025: 5,0 %</c>.</summary>
    public string? TargetLabel { get; init; }

    /// <summary>The key below the x axis (interval level, hollow points).</summary>
    public required string Note { get; init; }

    /// <summary>True for proportions (the y axis stops at 100 %).</summary>
    public bool IsPercent { get; init; }

    /// <summary>Decimals of y tick labels.</summary>
    public int Decimals { get; init; }

    /// <summary>A one-sentence description of the chart, for alt text.</summary>
    public required string Description { get; init; }
}
