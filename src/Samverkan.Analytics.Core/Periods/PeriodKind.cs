namespace Samverkan.Analytics.Core.Periods;

/// <summary>The granularity of a reporting period.</summary>
public enum PeriodKind
{
    /// <summary>A calendar year, canonical form <c>YYYY</c>.</summary>
    Year,

    /// <summary>A calendar quarter, canonical form <c>YYYY-Qn</c>.</summary>
    Quarter,

    /// <summary>A calendar month, canonical form <c>YYYY-MM</c>.</summary>
    Month,
}
