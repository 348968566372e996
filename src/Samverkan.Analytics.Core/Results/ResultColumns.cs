namespace Samverkan.Analytics.Core.Results;

/// <summary>The column names of the results contract, in order (DESIGN §4.4).</summary>
public static class ResultColumns
{
    /// <summary>All columns, in export order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "indicator_id", "area_id", "period", "value", "ci_low", "ci_high", "numerator", "denominator", "status",
        "baseline_period", "baseline_value", "change", "change_ci_low", "change_ci_high", "change_p", "change_verdict",
        "comparator_value", "comparator_verdict", "trend_method", "trend_n", "trend_statistic", "trend_p",
        "trend_slope", "trend_verdict", "target_value", "target_year", "target_status", "agreement_id", "flags",
    ];
}
