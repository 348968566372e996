using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Ingestion.Csv.Areas;

namespace Samverkan.Analytics.Ingestion.Csv.Checks;

/// <summary>
/// Problems with publisher labels, gathered while a file is read and reported once per label at its
/// first cell: a publisher repeats a region or crime label on hundreds of rows, and one message that
/// counts them is easier to act on than hundreds of copies.
/// </summary>
internal sealed class LabelIssues
{
    private readonly Dictionary<string, Seen> _unknownAreas = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Seen> _unknownCategories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NotValid> _notValid = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Seen Seen, Period Period, IReadOnlyList<Area> Candidates)> _ambiguous = new(StringComparer.Ordinal);

    /// <summary>An area label the catalogue does not know.</summary>
    public void UnknownArea(string label, int line, int column) => Count(_unknownAreas, label, line, column);

    /// <summary>An area label several kinds share (Järva the district and the local police area).</summary>
    public void AmbiguousArea(string label, Period period, IReadOnlyList<Area> candidates, int line, int column)
    {
        if (_ambiguous.TryGetValue(label, out var entry))
        {
            entry.Seen.Count++;
        }
        else
        {
            _ambiguous[label] = (new Seen(line, column) { Count = 1 }, period, candidates);
        }
    }

    /// <summary>A crime label the catalogue's category_map does not map.</summary>
    public void UnknownCategory(string label, int line, int column) => Count(_unknownCategories, label, line, column);

    /// <summary>A row left out because its area does not exist in its period under the label.</summary>
    public void AreaNotValid(string label, AreaResolution resolution, Period period, int line, int column)
    {
        if (!_notValid.TryGetValue(label, out var entry))
        {
            _notValid[label] = entry = new NotValid(resolution, line, column);
        }

        entry.Lines.Add(line);
        entry.Periods.Add(period);
    }

    /// <summary>
    /// Adds what a later piece of the file gathered (read by itself, its lines counted from its start):
    /// counts add up, a label first seen in the piece keeps its first cell moved by
    /// <paramref name="lineOffset"/>, and labels keep the order of their first cells.
    /// </summary>
    public void Merge(LabelIssues piece, int lineOffset)
    {
        MergeSeen(_unknownAreas, piece._unknownAreas, lineOffset);
        MergeSeen(_unknownCategories, piece._unknownCategories, lineOffset);
        foreach (var (label, (seen, period, candidates)) in piece._ambiguous)
        {
            if (_ambiguous.TryGetValue(label, out var entry))
            {
                entry.Seen.Count += seen.Count;
            }
            else
            {
                _ambiguous[label] = (new Seen(seen.Line + lineOffset, seen.Column) { Count = seen.Count }, period, candidates);
            }
        }

        foreach (var (label, theirs) in piece._notValid)
        {
            if (!_notValid.TryGetValue(label, out var entry))
            {
                _notValid[label] = entry = new NotValid(theirs.Resolution, theirs.Line + lineOffset, theirs.Column);
            }

            entry.Lines.AddRange(theirs.Lines.Select(l => l + lineOffset));
            entry.Periods.UnionWith(theirs.Periods);
        }
    }

    private static void MergeSeen(Dictionary<string, Seen> into, Dictionary<string, Seen> piece, int lineOffset)
    {
        foreach (var (label, seen) in piece)
        {
            if (into.TryGetValue(label, out var entry))
            {
                entry.Count += seen.Count;
            }
            else
            {
                into[label] = new Seen(seen.Line + lineOffset, seen.Column) { Count = seen.Count };
            }
        }
    }

    /// <summary>Reports everything gathered: unknown labels as errors, rows left out as warnings.</summary>
    public void Report(IssueList issues, AreaLookup areas, Core.Catalog.Catalog catalog)
    {
        foreach (var (label, seen) in _unknownAreas)
        {
            AreaCells.ReportUnknown(issues, areas, seen.Line, seen.Column, label, seen.Count - 1);
        }

        foreach (var (label, (seen, period, candidates)) in _ambiguous)
        {
            var message = IngestionMessages.Format(IngestionMessages.AmbiguousArea, label, period, string.Join(" eller ", candidates.Select(AreaLookup.DescribeWithKind)));
            issues.Error(
                seen.Line,
                seen.Column,
                seen.Count > 1 ? message[..^1] + IngestionMessages.Format(IngestionMessages.AlsoOnMoreLines, seen.Count - 1) : message,
                IngestionMessages.AmbiguousAreaHint);
        }

        var known = string.Join(", ", catalog.CrimeCategories.Select(c => $"{c.Id} ({c.Title})"));
        foreach (var (label, seen) in _unknownCategories)
        {
            var message = seen.Count > 1
                ? IngestionMessages.Format(IngestionMessages.UnknownCategoryRepeated, label, seen.Count - 1)
                : IngestionMessages.Format(IngestionMessages.UnknownCategory, label);
            issues.Error(seen.Line, seen.Column, message, IngestionMessages.Format(IngestionMessages.UnknownCategoryPublisherHint, known, label));
        }

        foreach (var (label, entry) in _notValid)
        {
            issues.Warning(
                entry.Line,
                entry.Column,
                IngestionMessages.Format(IngestionMessages.AreasNotValidGrouped, label, AreaCells.Ids(entry.Resolution), Describe(entry.Periods), entry.Lines.Count, RateCheck.Lines(entry.Lines)),
                AreaCells.NotValidHint(areas, entry.Resolution, IngestionMessages.AreasNotValidPublisherHint));
        }
    }

    /// <summary>"2023-01" or "2023-01 … 2023-12".</summary>
    private static string Describe(SortedSet<Period> periods) =>
        periods.Count == 1 ? periods.Min.ToString() : $"{periods.Min} … {periods.Max}";

    private static void Count(Dictionary<string, Seen> seen, string label, int line, int column)
    {
        if (seen.TryGetValue(label, out var entry))
        {
            entry.Count++;
        }
        else
        {
            seen[label] = new Seen(line, column) { Count = 1 };
        }
    }

    private sealed class Seen(int line, int column)
    {
        public int Line => line;

        public int Column => column;

        public int Count { get; set; }
    }

    private sealed class NotValid(AreaResolution resolution, int line, int column)
    {
        public AreaResolution Resolution => resolution;

        public int Line => line;

        public int Column => column;

        public List<int> Lines { get; } = [];

        public SortedSet<Period> Periods { get; } = [];
    }
}
