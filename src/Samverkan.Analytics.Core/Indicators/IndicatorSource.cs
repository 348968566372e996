namespace Samverkan.Analytics.Core.Indicators;

/// <summary>Where an indicator's numbers come from.</summary>
public sealed record IndicatorSource
{
    /// <summary>The dataset.</summary>
    public required Dataset Dataset { get; init; }

    /// <summary>For surveys: which survey (<c>stockholm-trygghetsmatning</c>, <c>polisen-trygghetsmatning</c>, <c>ntu</c>); never chained.</summary>
    public string? Survey { get; init; }

    /// <summary>For surveys: the question id.</summary>
    public string? Question { get; init; }

    /// <summary>For survey microdata: answer codes that count as positive.</summary>
    public IReadOnlyList<int> PositiveCodes { get; init; } = [];

    /// <summary>For survey microdata: answer codes that are no answer (left out of the denominator).</summary>
    public IReadOnlyList<int> NoAnswerCodes { get; init; } = [];

    /// <summary>For crime: the catalogue's category ids that are summed.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>For measurements: the measurement's indicator key in the files (defaults to the indicator id).</summary>
    public string? MeasurementKey { get; init; }
}
