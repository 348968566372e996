using System.Globalization;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Ingestion.Csv.Areas;
using Samverkan.Analytics.Ingestion.Csv.Canonical;
using Samverkan.Analytics.Ingestion.Csv.Checks;
using Samverkan.Analytics.Ingestion.Csv.Streaming;
using Samverkan.Analytics.Ingestion.Text;

namespace Samverkan.Analytics.Ingestion.Csv.Incidents;

using Catalog = Samverkan.Analytics.Core.Catalog.Catalog;

/// <summary>
/// Crime incident lists (<c>crime-incidents</c>, DESIGN §4.3): one row per reported crime with
/// <c>reported_date</c>, <c>category</c> (or <c>crime_code</c>, mapped through the catalogue's
/// category_map) and <c>area</c>; <c>incident_id</c> and <c>area_kind</c> optional. Counted per area ×
/// month × category while the file is read one line at a time, so memory grows with the number of
/// areas, months and categories, never with the number of rows. Within the file's months, a month
/// without incidents for an area and category that occur in the file counts 0 (the list is complete);
/// each count's lineage is the range of rows it came from. A repeated <c>incident_id</c> is an error
/// naming both lines (<see cref="RepeatedIds"/>: a fixed-size filter and a second pass, so memory
/// still does not grow with the file).
/// </summary>
internal sealed class CrimeIncidentsReader : IFormatReader
{
    private static readonly Dictionary<string, string> Columns = new(StringComparer.Ordinal)
    {
        ["reported_date"] = "reported_date",
        ["anmäld"] = "reported_date",
        ["anmälningsdatum"] = "reported_date",
        ["anmält_datum"] = "reported_date",
        ["category"] = "category",
        ["kategori"] = "category",
        ["crime_code"] = "category",
        ["brottskod"] = "category",
        ["area"] = "area",
        ["område"] = "area",
        ["area_kind"] = "area_kind",
        ["områdestyp"] = "area_kind",
        ["incident_id"] = "incident_id",
        ["ärende"] = "incident_id",
    };

    /// <inheritdoc />
    public string Format => "crime-incidents";

    /// <inheritdoc />
    public InputKind? ChosenForKind => InputKind.CrimeIncidents;

    /// <inheritdoc />
    public bool Streams => true;

    /// <inheritdoc />
    public int Recognize(SourceText source)
    {
        var header = source.FirstLine();
        return SeparatorDetector.Detect(header) is { } sep
            && header.Split(sep).Any(h => CanonicalColumns.Normalize(h) is "reported_date" or "crime_code" or "anmälningsdatum")
            ? 90
            : 0;
    }

    /// <inheritdoc />
    public ParsedFile Read(SourceText source, Catalog catalog, ReadOptions options)
    {
        var issues = new IssueList(source.FileName, options.MaxIssues);
        var result = new ParsedFile { FileName = source.FileName, FileHash = source.FileHash, Kind = InputKind.CrimeIncidents, Format = Format, Detected = source.Decoded.Describe() };
        using var table = LineTable.Open(source, issues);
        if (table is null)
        {
            return result with { Issues = issues.ToList() };
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < table.Header.Fields.Count; i++)
        {
            if (Columns.TryGetValue(CanonicalColumns.Normalize(table.Header.Fields[i]), out var column))
            {
                columns.TryAdd(column, i);
            }
            else if (table.Header.Fields[i].Trim().Length > 0)
            {
                issues.Warning(table.Header.Line, i + 1, IngestionMessages.Format(IngestionMessages.UnknownColumn, table.Header.Fields[i].Trim()), IngestionMessages.Format(IngestionMessages.UnknownColumnHint, "crime-incidents", "reported_date, category|crime_code, area, incident_id (optional), area_kind (optional)"));
            }
        }

        foreach (var (required, spellings) in new[] { ("reported_date", "'reported_date'"), ("category", "'category', 'kategori' or 'crime_code'"), ("area", "'area' or 'område'") })
        {
            if (!columns.ContainsKey(required))
            {
                issues.Error(table.Header.Line, 0, IngestionMessages.Format(IngestionMessages.MissingColumn, required), IngestionMessages.Format(IngestionMessages.MissingColumnHint, spellings));
            }
        }

        var detected = $"{result.Detected}, separator {SeparatorDetector.Show(table.Separator)}";
        if (issues.HasErrors)
        {
            return result with { Detected = detected, Issues = issues.ToList() };
        }

        var counting = new Counting(catalog, options, issues, table, columns);
        foreach (var row in table.Rows())
        {
            counting.Add(row);
        }

        if (table.RowCount == 0)
        {
            issues.Error(table.Header.Line, 0, IngestionMessages.NoDataRows, IngestionMessages.NoDataRowsHint);
        }

        ReportRepeatedIds(source, counting.Ids, columns, issues);

        var observations = counting.Finish(source.FileHash);
        return result with
        {
            Detected = $"{detected}, {table.RowCount} incidents in {counting.MonthCount} months",
            RowCount = table.RowCount,
            Observations = observations,
            Issues = issues.ToList(),
        };
    }

    /// <summary>
    /// A repeated <c>incident_id</c> would count one crime twice: when the first pass met ids that may
    /// repeat, a second pass over the file finds their lines, and each repeat is an error naming both.
    /// </summary>
    private static void ReportRepeatedIds(SourceText source, RepeatedIds ids, Dictionary<string, int> columns, IssueList issues)
    {
        if (!ids.HasCandidates || !columns.TryGetValue("incident_id", out var column))
        {
            return;
        }

        using var again = LineTable.Open(source, new IssueList(source.FileName, 1));
        if (again is null)
        {
            return;
        }

        var rows = again.Rows().Where(r => r.Fields.Count > column).Select(r => (NumberText.Trim(r.Fields[column]), r.Line));
        foreach (var (id, lines) in ids.Confirm(rows))
        {
            foreach (var line in lines.Skip(1))
            {
                issues.Error(line, column + 1, IngestionMessages.Format(IngestionMessages.DuplicateIncident, id, line, lines[0]), IngestionMessages.DuplicateIncidentHint);
            }
        }
    }

    /// <summary>The counts of one file.</summary>
    private sealed class Counting(Catalog catalog, ReadOptions options, IssueList issues, LineTable table, Dictionary<string, int> columns)
    {
        private readonly AreaLookup _areas = new(catalog.Areas);
        private readonly LabelIssues _labels = new();
        private RowAreaResolver? _resolver;
        private readonly Dictionary<(string Area, Period Month, string Category), Count> _counts = [];
        private Period? _first;
        private Period? _last;
        private int _lastLine;

        /// <summary>The incident ids seen (first pass of the repeat check).</summary>
        public RepeatedIds Ids { get; } = new();

        public int MonthCount => _first is { } f && _last is { } l ? ((l.Year - f.Year) * 12) + l.Part - f.Part + 1 : 0;

        public void Add(CsvLine row)
        {
            if (!FieldCounts.Check(row, table.Header, table.Separator, issues))
            {
                return;
            }

            var line = row.Line;
            if (Cell(row, "incident_id") is { Length: > 0 } id)
            {
                Ids.Add(id);
            }

            var dateText = Cell(row, "reported_date");
            Period? month = null;
            if (!TryDate(dateText, out var date))
            {
                issues.Error(line, Column("reported_date"), IngestionMessages.Format(IngestionMessages.NotAReportedDate, dateText, table.Header.Fields[columns["reported_date"]].Trim()), IngestionMessages.NotAReportedDateHint);
            }
            else if (options.Today is { } today && date > today)
            {
                issues.Error(line, Column("reported_date"), IngestionMessages.Format(IngestionMessages.PeriodInFuture, dateText, today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), IngestionMessages.PeriodInFutureHint);
            }
            else if (date.Year >= PeriodChecks.FirstYear)
            {
                month = Period.OfMonth(date.Year, date.Month);
            }
            else
            {
                issues.Error(line, Column("reported_date"), IngestionMessages.Format(IngestionMessages.YearImplausible, dateText, PeriodChecks.FirstYear), IngestionMessages.YearImplausibleHint);
            }

            var label = Cell(row, "category");
            var category = label.Length == 0 ? null : catalog.FindCrimeCategory(label);
            if (label.Length == 0)
            {
                issues.Error(line, Column("category"), IngestionMessages.Format(IngestionMessages.EmptyValue, "category"), IngestionMessages.Format(IngestionMessages.EmptyValueHint, "category"));
            }
            else if (category is null)
            {
                _labels.UnknownCategory(label, line, Column("category"));
            }

            var areaId = month is { } m ? (_resolver ??= new RowAreaResolver(_areas, _labels, issues, options, columns)).Resolve(row, m) : null;
            if (month is not { } period || areaId is null || category is null)
            {
                return;
            }

            var key = (areaId, period, category.Id);
            if (!_counts.TryGetValue(key, out var count))
            {
                _counts[key] = count = new Count(line);
            }

            count.Add(line);
            _first = _first is { } f && f <= period ? f : period;
            _last = _last is { } l && l >= period ? l : period;
            _lastLine = line;
        }

        public List<Observation> Finish(string fileHash)
        {
            _labels.Report(issues, _areas, catalog);
            if (_first is not { } first || _last is not { } last)
            {
                return [];
            }

            var months = new List<Period>();
            for (var p = first; p <= last; p = p.Part == 12 ? Period.OfMonth(p.Year + 1, 1) : Period.OfMonth(p.Year, p.Part + 1))
            {
                months.Add(p);
            }

            var wholeFile = (table.Header.Line + 1, _lastLine);
            var observations = new List<Observation>();
            foreach (var series in _counts.Keys.Select(k => (k.Area, k.Category)).Distinct().OrderBy(s => s.Area, StringComparer.Ordinal).ThenBy(s => s.Category, StringComparer.Ordinal))
            {
                foreach (var month in months)
                {
                    var found = _counts.GetValueOrDefault((series.Area, month, series.Category));
                    var (firstRow, lastRow) = found is null ? wholeFile : (found.FirstLine, found.LastLine);
                    observations.Add(new Observation
                    {
                        Dataset = Dataset.Crime,
                        AreaId = series.Area,
                        Period = month,
                        Subject = series.Category,
                        Value = found?.Total ?? 0,
                        Lineage = new Lineage(fileHash, 0, firstRow, lastRow),
                    });
                }
            }

            return observations;
        }

        /// <summary>YYYY-MM-DD, with a time after it (space or T) ignored.</summary>
        private static bool TryDate(string text, out DateOnly date)
        {
            var s = text.Length > 10 && (text[10] == ' ' || text[10] == 'T') ? text[..10] : text;
            return DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        }

        private string Cell(CsvLine row, string column) =>
            columns.TryGetValue(column, out var i) && i < row.Fields.Count ? NumberText.Trim(row.Fields[i]) : "";

        private int Column(string column) => columns.TryGetValue(column, out var i) ? i + 1 : 0;
    }

    /// <summary>The incidents of one area × month × category and the rows they came from.</summary>
    private sealed class Count(int firstLine)
    {
        public int FirstLine { get; } = firstLine;

        public int LastLine { get; private set; } = firstLine;

        public int Total { get; private set; }

        public void Add(int line)
        {
            Total++;
            LastLine = line;
        }
    }
}
