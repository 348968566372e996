using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Digests;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Publishing.Digest;

/// <summary>
/// Compares the run a subscription's previous digest was based on with the latest run, inside the
/// subscription's scope, and lists what is material: new periods of data, verdicts since the
/// baseline that became (or stopped being) statistically sure, target statuses that flipped, and
/// revised figures (as shown, at the indicator's decimals). Pure: no I/O, no clock.
/// </summary>
internal static class ChangeDetector
{
    /// <summary>Revised periods listed one by one before the rest are summed up.</summary>
    public const int MaxRevisionsListed = 3;

    /// <summary>The digest content for one subscription.</summary>
    /// <param name="subscription">The subscription.</param>
    /// <param name="scope">Its scope; nothing outside it is read.</param>
    /// <param name="latest">The latest run and its rows.</param>
    /// <param name="previous">The previous digest's run and rows; null compares with nothing (everything is new).</param>
    /// <param name="pageUrl">The page of an indicator × area.</param>
    public static DigestContent Detect(
        DigestSubscription subscription,
        DigestScope scope,
        (ComputeRun Run, IReadOnlyList<IndicatorResult> Rows) latest,
        (ComputeRun Run, IReadOnlyList<IndicatorResult> Rows)? previous,
        Func<IndicatorDefinition, Area, string> pageUrl)
    {
        var now = scope.Filter(latest.Rows);
        var before = previous is { } p ? scope.Filter(p.Rows) : [];
        var areaOrder = scope.Areas.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.OrdinalIgnoreCase);
        var sections = new List<DigestSection>();
        foreach (var indicator in scope.Indicators)
        {
            foreach (var area in scope.Areas)
            {
                if (!now.TryGetValue((indicator.Id, area.Id), out var rows))
                {
                    continue;
                }

                var old = before.GetValueOrDefault((indicator.Id, area.Id)) ?? [];
                var changes = Changes(indicator, old, rows);
                if (changes.Count == 0)
                {
                    continue;
                }

                sections.Add(new DigestSection
                {
                    Indicator = indicator,
                    Area = area,
                    Changes = changes.OrderBy(c => c.Kind).ToList(),
                    Explanation = DigestTexts.Explanation(indicator, area, LatestShownOrAny(rows)),
                    Rows = rows,
                    PageUrl = pageUrl(indicator, area),
                });
            }
        }

        sections = TellSameFiguresOnce(sections, scope, now);
        var ordered = sections
            .OrderBy(s => s.Headline)
            .ThenBy(s => scope.IndicatorOrder(s.Indicator.Id))
            .ThenBy(s => areaOrder.GetValueOrDefault(s.Area.Id, int.MaxValue))
            .ToList();
        return new DigestContent(subscription, scope.Areas, scope.AreaNames, latest.Run, previous?.Run, ordered);
    }

    /// <summary>
    /// One section for areas whose figures are the same: when two of the subscription's areas have, for
    /// one indicator, exactly the same rows (every period's value, interval, change, verdict, target and
    /// flags) and the same changes, as Järva the district and Järva the local police area do (the
    /// police area is built from the district alone), the reader gets the section once, naming both,
    /// instead of the same text, table and chart twice. The explanation then names the place once
    /// (<c>i Järva</c>) when the areas share their name, else the first area, and a sentence says the
    /// figures are the same for each area named.
    /// </summary>
    internal static List<DigestSection> TellSameFiguresOnce(
        List<DigestSection> sections,
        DigestScope scope,
        Dictionary<(string Indicator, string Area), List<IndicatorResult>> rows)
    {
        var told = new List<DigestSection>();
        foreach (var section in sections)
        {
            var same = told.FindIndex(t => string.Equals(t.Indicator.Id, section.Indicator.Id, StringComparison.OrdinalIgnoreCase)
                && SameFigures(t.Rows, section.Rows)
                && t.Changes.Select(c => (c.Kind, c.Text)).SequenceEqual(section.Changes.Select(c => (c.Kind, c.Text))));
            if (same < 0)
            {
                told.Add(section);
                continue;
            }

            var first = told[same];
            var merged = first with { SameFiguresAs = [.. first.SameFiguresAs, (section.Area, section.PageUrl)] };
            var plain = merged.Pages.Select(p => scope.PlainName(p.Area)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var named = plain.Count == 1 ? first.Area with { Name = plain[0] } : first.Area;
            told[same] = merged with
            {
                Explanation = DigestTexts.Explanation(first.Indicator, named, LatestShownOrAny(rows[(first.Indicator.Id, first.Area.Id)])),
            };
        }

        return told;
    }

    /// <summary>
    /// True when two areas' rows of one indicator say the same in everything a digest shows: each
    /// period's status, value, interval, baseline, change with its interval and verdict, target and
    /// flags. (The comparison with the city is not shown in a digest and may differ at 99.8 %.)
    /// </summary>
    internal static bool SameFigures(IReadOnlyList<IndicatorResult> a, IReadOnlyList<IndicatorResult> b) =>
        a.Count == b.Count && a.Zip(b).All(p => Shown(p.First).Equals(Shown(p.Second)) && p.First.Flags.SequenceEqual(p.Second.Flags, StringComparer.Ordinal));

    private static object Shown(IndicatorResult r) => (
        r.Period, r.Status, r.Value, r.CiLow, r.CiHigh, r.BaselinePeriod, r.BaselineValue,
        (r.Change, r.ChangeCiLow, r.ChangeCiHigh, r.ChangeVerdict, r.TargetValue, r.TargetYear, r.TargetStatus, r.AgreementId));

    /// <summary>The material changes of one indicator × area between two runs' rows (each in period order).</summary>
    internal static List<DigestChange> Changes(IndicatorDefinition indicator, IReadOnlyList<IndicatorResult> before, IReadOnlyList<IndicatorResult> after)
    {
        var changes = new List<DigestChange>();
        var old = before.GroupBy(r => r.Period).ToDictionary(g => g.Key, g => g.Last());

        var added = after.Where(r => r.Status != ResultStatus.Missing
                && (!old.TryGetValue(r.Period, out var o) || o.Status == ResultStatus.Missing))
            .ToList();
        if (added.Count > 0)
        {
            changes.Add(new DigestChange(DigestChangeKind.NewPeriod, DigestTexts.NewPeriods(indicator, added)));
        }

        var headBefore = LatestShown(before);
        var headAfter = LatestShown(after);
        if (headAfter is not null)
        {
            if (DigestTexts.VerdictChange(headBefore, headAfter) is { } verdict)
            {
                changes.Add(verdict);
            }

            var targetBefore = headBefore?.TargetStatus ?? TargetStatus.NotAssessed;
            if (headAfter.TargetStatus != targetBefore && headAfter.TargetStatus != TargetStatus.NotAssessed)
            {
                changes.Add(new DigestChange(DigestChangeKind.TargetStatusChanged, DigestTexts.TargetChange(indicator, targetBefore, headAfter)));
            }
        }

        var revised = new List<string>();
        foreach (var row in after)
        {
            if (!old.TryGetValue(row.Period, out var o) || o.Status == ResultStatus.Missing || row.Status == ResultStatus.Missing)
            {
                continue;
            }

            var wasShown = DigestTexts.IsShown(o);
            var isShown = DigestTexts.IsShown(row);
            if (wasShown != isShown || (wasShown && DigestTexts.DiffersAsShown(o.Value!.Value, row.Value!.Value, indicator)))
            {
                revised.Add(DigestTexts.Revision(indicator, o, row));
            }
        }

        changes.AddRange(revised.Take(MaxRevisionsListed).Select(t => new DigestChange(DigestChangeKind.Revised, t)));
        if (revised.Count > MaxRevisionsListed)
        {
            changes.Add(new DigestChange(DigestChangeKind.Revised, DigestTexts.MoreRevisions(revised.Count - MaxRevisionsListed)));
        }

        return changes;
    }

    /// <summary>The latest row whose value may be shown, or null.</summary>
    internal static IndicatorResult? LatestShown(IReadOnlyList<IndicatorResult> rows) => rows.LastOrDefault(DigestTexts.IsShown);

    private static IndicatorResult? LatestShownOrAny(IReadOnlyList<IndicatorResult> rows) =>
        rows.LastOrDefault(r => r.Status != ResultStatus.Missing) is { Status: ResultStatus.Suppressed } suppressed
            ? suppressed
            : LatestShown(rows) ?? rows.LastOrDefault();
}
