using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Host.Security;

namespace Samverkan.Analytics.Host.Web;

/// <summary>
/// What a <c>/api/results</c> body depends on: the run, the caller's area scope (with the city as
/// comparator), the format and the filters, each filter set sorted and lower-cased (they match
/// ignoring case) so that the same question asked in another order or case is the same key.
/// </summary>
/// <param name="RunId">The compute run.</param>
/// <param name="Scope">"*" for every area, else the allowed area ids.</param>
/// <param name="Csv">CSV, else JSON.</param>
/// <param name="Filters">The indicator, area and period filters.</param>
internal sealed record ResultsResponseKey(long RunId, string Scope, bool Csv, string Filters)
{
    /// <summary>The key for a request.</summary>
    public static ResultsResponseKey For(long runId, AreaScope scope, bool csv, IEnumerable<string> indicators, IEnumerable<string> areas, IEnumerable<Period> periods)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var scopeKey = scope.IsLimited ? "limited:" + string.Join(',', scope.AreaIds.Order(StringComparer.Ordinal)) : "*"; // ids compare exactly
        var filters = string.Join('|', Sorted(indicators), Sorted(areas), Sorted(periods.Select(p => p.ToString())));
        return new ResultsResponseKey(runId, scopeKey, csv, filters);
    }

    /// <summary>Roughly the key's own memory, for the cache's size limit.</summary>
    public long Size => 64 + (2L * (Scope.Length + Filters.Length));

    private static string Sorted(IEnumerable<string> values) =>
        string.Join(',', values.Select(v => v.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
}
