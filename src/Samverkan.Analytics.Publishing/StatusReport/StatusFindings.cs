using Samverkan.Analytics.Core.Agreements;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Catalog;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Agreements;

namespace Samverkan.Analytics.Publishing.StatusReport;

/// <summary>
/// What a status report tells (pure: computed from two compute runs, the import list and the
/// catalogue): new and revised values since the previous period's run, verdicts that changed,
/// targets at risk (off-track or missed), and local agreements whose own data did not arrive. Every
/// row passes the scope first: a local agreement's report holds its areas and indicators only.
/// </summary>
internal sealed class StatusFindings
{
    private StatusFindings(StatusScope scope)
    {
        Scope = scope;
    }

    /// <summary>The period, the runs and what is in scope.</summary>
    public StatusScope Scope { get; }

    /// <summary>Per indicator in scope with new or revised values: what arrived.</summary>
    public IReadOnlyList<NewData> NewValues { get; private init; } = [];

    /// <summary>The imports stored during the period (city-wide reports only: file names are not area-scoped).</summary>
    public IReadOnlyList<ImportRecord> Imports { get; private init; } = [];

    /// <summary>Verdicts of the latest row per indicator × area that differ from the previous run's.</summary>
    public IReadOnlyList<VerdictChange> VerdictChanges { get; private init; } = [];

    /// <summary>Latest rows whose target is off track or missed.</summary>
    public IReadOnlyList<IndicatorResult> TargetsAtRisk { get; private init; } = [];

    /// <summary>Local agreements in force in the period and whether their own data arrived.</summary>
    public IReadOnlyList<LocalDelivery> LocalDeliveries { get; private init; } = [];

    /// <summary>The revision reminder on the day the report is made.</summary>
    public RevisionReminder? Revision { get; private init; }

    /// <summary>Computes the findings.</summary>
    public static StatusFindings Compute(StatusScope scope, IReadOnlyList<ImportRecord> imports, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(imports);
        var current = scope.Current.Rows.Where(scope.Contains).ToList();
        var previous = (scope.Previous?.Rows ?? []).Where(scope.Contains).ToDictionary(RowKey, StringComparer.Ordinal);
        var newRows = current.Where(r => !previous.ContainsKey(RowKey(r))).ToList();
        var revisedRows = current.Where(r => previous.TryGetValue(RowKey(r), out var old) && IsRevised(old, r)).ToList();
        var start = StockholmTime.StartOf(scope.Period.Start);
        var end = StockholmTime.EndOf(scope.Period.End);

        return new StatusFindings(scope)
        {
            NewValues = NewDataOf(scope, newRows, revisedRows),
            Imports = scope.Local is null
                ? imports.Where(i => !i.Reverted && i.ImportedAt >= start && i.ImportedAt <= end).OrderBy(i => i.ImportedAt).ToList()
                : [],
            VerdictChanges = scope.Previous is null ? [] : VerdictChangesOf(scope, Latest(current), Latest(previous.Values)),
            TargetsAtRisk = Latest(current).Values
                .Where(r => r.TargetStatus is TargetStatus.OffTrack or TargetStatus.Missed)
                .OrderBy(r => scope.IndicatorOrder(r.IndicatorId)).ThenBy(r => scope.AreaOrder(r.AreaId))
                .ToList(),
            LocalDeliveries = scope.LocalAgreementsInForce
                .Select(l => DeliveryOf(scope, l, newRows.Concat(revisedRows).ToList(), current))
                .ToList(),
            Revision = RevisionReminder.For(scope.Catalog.Agreements, today),
        };
    }

    private static string RowKey(IndicatorResult r) => r.IndicatorId + "|" + r.AreaId + "|" + r.Period;

    private static bool IsRevised(IndicatorResult old, IndicatorResult now) =>
        old.Value != now.Value || old.Status != now.Status;

    private static Dictionary<(string, string), IndicatorResult> Latest(IEnumerable<IndicatorResult> rows) =>
        rows.GroupBy(r => (r.IndicatorId, r.AreaId)).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Period)!);

    private static List<NewData> NewDataOf(StatusScope scope, List<IndicatorResult> added, List<IndicatorResult> revised) =>
        added.Concat(revised).Select(r => r.IndicatorId).Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderBy(scope.IndicatorOrder)
            .Select(id => new NewData(
                scope.Indicator(id),
                added.Where(r => r.IndicatorId == id).Select(r => r.Period).Distinct().Order().ToList(),
                added.Where(r => r.IndicatorId == id).Select(r => r.AreaId).Distinct(StringComparer.OrdinalIgnoreCase).Count(),
                revised.Count(r => r.IndicatorId == id)))
            .ToList();

    private static List<VerdictChange> VerdictChangesOf(
        StatusScope scope, Dictionary<(string, string), IndicatorResult> now, Dictionary<(string, string), IndicatorResult> before)
    {
        var changes = new List<VerdictChange>();
        foreach (var (key, row) in now.OrderBy(p => scope.IndicatorOrder(p.Key.Item1)).ThenBy(p => scope.AreaOrder(p.Key.Item2)))
        {
            if (!before.TryGetValue(key, out var old))
            {
                continue;
            }

            if (old.ChangeVerdict != row.ChangeVerdict)
            {
                changes.Add(new VerdictChange(row, old, VerdictAspect.Change));
            }

            if (old.TrendVerdict != row.TrendVerdict)
            {
                changes.Add(new VerdictChange(row, old, VerdictAspect.Trend));
            }

            if (old.TargetStatus != row.TargetStatus)
            {
                changes.Add(new VerdictChange(row, old, VerdictAspect.Target));
            }
        }

        return changes;
    }

    private static LocalDelivery DeliveryOf(StatusScope scope, LocalAgreement local, List<IndicatorResult> arrived, List<IndicatorResult> current)
    {
        var areas = LocalAgreementFollowUp.AreaIds(local).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var delivered = LocalDelivery.LocalIndicators(scope.Catalog, local).Select(i => i.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var latest = current.Where(r => areas.Contains(r.AreaId) && delivered.Contains(r.IndicatorId) && r.Value is not null)
            .Select(r => (Period?)r.Period).Max();
        return new LocalDelivery(
            local,
            arrived.Count(r => areas.Contains(r.AreaId) && delivered.Contains(r.IndicatorId)),
            latest);
    }
}
