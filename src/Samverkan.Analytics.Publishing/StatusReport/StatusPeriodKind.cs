namespace Samverkan.Analytics.Publishing.StatusReport;

/// <summary>The length of a status report's period.</summary>
public enum StatusPeriodKind
{
    /// <summary>A quarter: the city-wide steering group's rhythm (at least four meetings a year).</summary>
    Quarter,

    /// <summary>A half-year: a local steering group's rhythm (at least two meetings a year).</summary>
    Half,
}
