using System.Globalization;
using Microsoft.Data.Analysis;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Periods;

namespace Samverkan.Analytics.Analysis.Cells;

/// <summary>
/// Sums counts per area up to the indicator's period (months → quarters → years), over the
/// indicator's categories, with a DataFrame group-by. Only complete periods are kept: a year with
/// a missing or absent month is missing, never a smaller sum. A period delivered whole and in parts
/// (a year and its months) uses the whole one only.
/// </summary>
internal static class PeriodRollUp
{
    private const char Separator = '\u001f';

    /// <summary>Rolls <paramref name="observations"/> (one subject set, one dataset) up to <paramref name="kind"/>.</summary>
    public static Dictionary<CellKey, RawCell> Sum(IReadOnlyCollection<Observation> observations, PeriodKind kind, int subjectCount)
    {
        // A series delivered both as a year (BRÅ's yearly municipality file) and as its months (a
        // Solwebb export) would count twice: per area, subject and target period only the coarsest
        // delivered kind is used, and an incomplete one is missing, never topped up with the other.
        var usable = observations
            .Where(o => IsFinerOrEqual(o.Period.Kind, kind))
            .GroupBy(o => (o.AreaId, o.Subject, Target: o.Period.RollUpTo(kind)))
            .SelectMany(g =>
            {
                var coarsest = g.Min(o => o.Period.Kind);
                return g.Where(o => o.Period.Kind == coarsest);
            })
            .ToList();
        var result = new Dictionary<CellKey, RawCell>();
        if (usable.Count == 0)
        {
            return result;
        }

        var key = new StringDataFrameColumn("key", usable.Count);
        var count = new DoubleDataFrameColumn("count", usable.Count);
        var rows = new DoubleDataFrameColumn("rows", usable.Count);
        var missing = new DoubleDataFrameColumn("missing", usable.Count);
        var preliminary = new DoubleDataFrameColumn("preliminary", usable.Count);
        var revised = new DoubleDataFrameColumn("revised", usable.Count);
        for (var i = 0; i < usable.Count; i++)
        {
            var o = usable[i];
            key[i] = string.Join(Separator, o.AreaId, o.Period.RollUpTo(kind).ToString());
            var isMissing = StatusRules.IsMissing(o.Status) || o.Value is null;
            count[i] = isMissing ? null : o.Value;
            // A month contributes 1/12 of a year: a complete period sums to one per subject.
            rows[i] = 1.0 / PartsPer(o.Period.Kind, kind);
            missing[i] = isMissing ? 1 : 0;
            preliminary[i] = o.Status == ObservationStatus.Preliminary ? 1 : 0;
            revised[i] = o.Revised ? 1 : 0;
        }

        var frame = new DataFrame(key, count, rows, missing, preliminary, revised);
        var sums = frame.GroupBy("key").Sum("count", "rows", "missing", "preliminary", "revised");
        for (long r = 0; r < sums.Rows.Count; r++)
        {
            var parts = ((string)sums["key"][r]).Split(Separator);
            var period = Period.Parse(parts[1]);
            var coverage = Convert.ToDouble(sums["rows"][r], CultureInfo.InvariantCulture);
            var status = Convert.ToDouble(sums["missing"][r], CultureInfo.InvariantCulture) > 0
                    || coverage < subjectCount - 1e-9
                ? ObservationStatus.Missing
                : Convert.ToDouble(sums["preliminary"][r], CultureInfo.InvariantCulture) > 0 ? ObservationStatus.Preliminary : ObservationStatus.Ok;
            result[new CellKey(parts[0], period)] = new RawCell
            {
                Value = status == ObservationStatus.Missing ? null : Convert.ToDouble(sums["count"][r], CultureInfo.InvariantCulture),
                Status = status,
                Revised = Convert.ToDouble(sums["revised"][r], CultureInfo.InvariantCulture) > 0,
            };
        }

        return result;
    }

    private static bool IsFinerOrEqual(PeriodKind data, PeriodKind target) => (int)data >= (int)target;

    private static int PartsPer(PeriodKind source, PeriodKind target) => (source, target) switch
    {
        (PeriodKind.Month, PeriodKind.Year) => 12,
        (PeriodKind.Month, PeriodKind.Quarter) => 3,
        (PeriodKind.Quarter, PeriodKind.Year) => 4,
        _ => 1,
    };
}
