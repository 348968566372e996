namespace Samverkan.Analytics.Core.Indicators;

/// <summary>What an indicator's value is.</summary>
public enum Measure
{
    /// <summary>A share of respondents (survey), shown × 100 by default.</summary>
    Proportion,

    /// <summary>Events per population (crime per 100 000).</summary>
    Rate,

    /// <summary>A number of events.</summary>
    Count,

    /// <summary>A value reported as is (activity measurement, index).</summary>
    Value,
}
