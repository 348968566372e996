namespace Samverkan.Analytics.Core.Reports;

/// <summary>Rules over the append-only comment history.</summary>
public static class ReportComments
{
    /// <summary>
    /// The comments in force at <paramref name="asOf"/> (all when null): per year, indicator, area
    /// and kind the latest one written at or before it, left out when its text is empty (withdrawn).
    /// </summary>
    public static IReadOnlyList<ReportComment> Current(IEnumerable<ReportComment> history, DateTimeOffset? asOf)
    {
        ArgumentNullException.ThrowIfNull(history);
        return history
            .Where(c => asOf is null || c.CreatedAt <= asOf)
            .GroupBy(c => (c.Year, Indicator: c.IndicatorId.ToUpperInvariant(), Area: c.AreaId.ToUpperInvariant(), c.Kind))
            .Select(g => g.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).Last())
            .Where(c => !string.IsNullOrWhiteSpace(c.Text))
            .OrderBy(c => c.IndicatorId, StringComparer.Ordinal)
            .ThenBy(c => c.AreaId, StringComparer.Ordinal)
            .ThenBy(c => c.Kind)
            .ToList();
    }
}
