using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Ingestion.Csv.Areas;
using Samverkan.Analytics.Ingestion.Csv.Canonical;
using Samverkan.Analytics.Ingestion.Csv.Checks;
using Samverkan.Analytics.Ingestion.Csv.Streaming;
using Samverkan.Analytics.Ingestion.Importing;
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
/// naming both lines (<see cref="RepeatedIds"/>: hashes in temporary files, and a second pass only
/// when ids share a hash, so memory still does not grow with the file). A long file is read on every
/// core (<see cref="ChunkedRows"/>): each piece is counted by itself and merged in file order.
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
        var result = new ParsedFile { FileName = source.FileName, FileHash = source.FileHash, Kind = InputKind.CrimeIncidents, Format = Format, Detected = DetectedText.Decoding(source.Decoded) };
        using var table = LineTable.Open(source, issues, options.ChunkBytes);
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

        var detected = DetectedText.Join(result.Detected, DetectedText.FieldSeparator(table.Separator));
        if (issues.HasErrors)
        {
            return result with { Detected = detected, Issues = issues.ToList() };
        }

        var counting = new Counting(catalog, options, issues, table, columns, null, new IncidentSeriesPool());
        ChunkedRows.Read(table, issues, counting, counting.ForPiece, (file, piece, lineOffset) => file.Merge(piece, lineOffset));

        if (table.RowCount == 0)
        {
            issues.Error(table.Header.Line, 0, IngestionMessages.NoDataRows, IngestionMessages.NoDataRowsHint);
        }

        if (columns.TryGetValue("incident_id", out var idColumn))
        {
            counting.Ids.Report(source, idColumn, issues, IngestionMessages.DuplicateIncident, IngestionMessages.DuplicateIncidentHint);
        }

        var observations = counting.Finish(source.FileHash);
        return result with
        {
            Detected = DetectedText.Join(detected, DetectedText.Incidents(table.RowCount, counting.MonthCount)),
            RowCount = table.RowCount,
            Observations = observations,
            Issues = issues.ToList(),
        };
    }

    /// <summary>The counts of one file.</summary>
    private sealed class Counting : IRowReader
    {
        private readonly Catalog _catalog;
        private readonly ReadOptions _options;
        private readonly IssueList _issues;
        private readonly LineTable _table;
        private readonly Dictionary<string, int> _columns;
        private readonly Lookups _lookups;
        private readonly IncidentSeriesPool _pool;
        private readonly AreaLookup _areas;
        private readonly LabelIssues _labels = new();
        private readonly Dictionary<string, int> _areaIndex = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _categoryIndex;
        private readonly List<string> _categoryIds;

        // The counts by area × category: row area × _stride + category of one flat array, so a row
        // reaches its count in one read of a small array (a list of arrays per area, then the series and
        // its arrays, were four cache misses per row at Sweden scale).
        private IncidentCell[] _cells;
        private int _stride;
        private readonly List<string> _areaIds = [];
        private readonly int _expectedFields;
        private readonly int _idColumn;
        private readonly int _dateColumn;
        private readonly int _categoryColumn;
        private readonly int _areaColumn;
        private readonly int _kindColumn;

        /// <summary>Today as year × 416 + month × 32 + day (ordered as the dates are), or no limit.</summary>
        private readonly int _today;
        private RowAreaResolver? _resolver;
        private Period? _first;
        private Period? _last;
        private int _lastLine;
        private int _firstMonth = int.MaxValue;
        private int _lastMonth = int.MinValue;
        private int[] _areaByNumber = new int[64];

        // The last date the fast path accepted: its first eight and last two bytes (0xFF bytes, which
        // UTF-8 never has, before the first) and its month.
        private ulong _dateHead = ulong.MaxValue;
        private ushort _dateTail = ushort.MaxValue;
        private Period _dateMonth;

        /// <summary>The counts of <paramref name="table"/>'s rows; <paramref name="lookups"/> null: caches of its own and a new repeat check; series taken from <paramref name="pool"/>.</summary>
        public Counting(Catalog catalog, ReadOptions options, IssueList issues, LineTable table, Dictionary<string, int> columns, Lookups? lookups, IncidentSeriesPool pool, Counting? previous = null)
        {
            // Sized as the same core's previous piece ended (its areas and categories), so a piece's grid is
            // allocated once, not grown in steps (each step garbage of up to 60 kB per piece).
            _stride = previous?._stride ?? 8;
            _cells = new IncidentCell[Math.Max(64, previous?._areaIndex.Count ?? 0) * _stride];
            _pool = pool;
            _catalog = catalog;
            _options = options;
            _issues = issues;
            _table = table;
            _columns = columns;
            _lookups = lookups ?? new Lookups(catalog, options, new RepeatedIds());
            (_areas, _categoryIndex, _categoryIds) = (_lookups.Areas, _lookups.CategoryIndex, _lookups.CategoryIds);
            Ids = _lookups.Ids;
            _expectedFields = FieldCounts.Expected(table.Header);

            _idColumn = columns.GetValueOrDefault("incident_id", -1);
            _dateColumn = columns["reported_date"];
            _categoryColumn = columns["category"];
            _areaColumn = columns["area"];
            _kindColumn = columns.GetValueOrDefault("area_kind", -1);
            _today = options.Today is { } today ? (today.Year * 416) + (today.Month * 32) + today.Day : int.MaxValue;
        }

        /// <summary>The incident ids seen (first pass of the repeat check).</summary>
        public RepeatedIds Ids { get; }

        /// <summary>
        /// The counts of a piece of the file (<see cref="ChunkedRows"/>): the caches of the state the same
        /// core read its previous piece with, or new ones recording into this file's repeat check.
        /// </summary>
        public Counting ForPiece(LineTable table, IssueList issues, Counting? previous) =>
            new(_catalog, _options, issues, table, _columns, previous?._lookups ?? new Lookups(_catalog, _options, Ids.ForAnotherThread()), _pool, previous);

        /// <inheritdoc />
        public LineTable Table => _table;


        /// <summary>
        /// Adds the counts and label problems of a later piece of the file, its lines moved by
        /// <paramref name="lineOffset"/> (the pieces are merged in file order); the piece's series go back
        /// to the pool for the pieces still to be read.
        /// </summary>
        public void Merge(Counting piece, int lineOffset)
        {
            _labels.Merge(piece._labels, lineOffset);
            FlushAll();
            piece.FlushAll();
            if (piece._first is not { } first || piece._last is not { } last)
            {
                return;
            }

            // The piece's area rows and categories as this state's, looked up once each (not once per series).
            var areas = new int[piece._areaIds.Count];
            for (var a = 0; a < areas.Length; a++)
            {
                areas[a] = AreaIndex(piece._areaIds[a]);
            }

            // (A category by its series' id: the piece's list of them is its core's, which may be growing now.)
            var stride = piece._stride;
            var categories = new int[stride];
            Array.Fill(categories, -1);
            var cells = piece._cells;
            for (var at = 0; at < cells.Length; at++)
            {
                if (cells[at].Series is { } series)
                {
                    ref var category = ref categories[at % stride];
                    if (category < 0)
                    {
                        category = CategoryIndex(series.Category);
                    }

                    (Slot(areas[at / stride], category).Series ??= _pool.Rent(series.Area, series.Category, series.FirstMonth)).Merge(series, lineOffset);
                }
            }

            _pool.Return(piece.AllSeries());

            if (piece._firstMonth < _firstMonth)
            {
                (_firstMonth, _first) = (piece._firstMonth, first);
            }

            if (piece._lastMonth > _lastMonth)
            {
                (_lastMonth, _last) = (piece._lastMonth, last);
            }

            _lastLine = piece._lastLine + lineOffset;
        }

        /// <summary>
        /// Counts the table's current row when nothing about it needs a message (the common case),
        /// without allocating; false leaves the row untouched for <see cref="ReadRow"/>, which reports.
        /// </summary>
        public bool TryReadFast()
        {
            var t = _table;
            if (t.FieldCount != _expectedFields && !(t.FieldCount > _expectedFields && ExtraFieldsEmpty()))
            {
                return false;
            }

            // A file in date order repeats a date for thousands of rows: the last accepted date's ten bytes
            // (as two words) give its month without parsing or checking it again.
            var date = t.Cell(_dateColumn);
            Period month;
            if (date.Length == 10 && MemoryMarshal.Read<ulong>(date) == _dateHead && MemoryMarshal.Read<ushort>(date[8..]) == _dateTail)
            {
                month = _dateMonth;
            }
            else if (!Utf8Cells.TryIsoDate(date, out var year, out var monthOfYear, out var day)
                || year < PeriodChecks.FirstYear || year > PeriodChecks.LastYear || (year * 416) + (monthOfYear * 32) + day > _today)
            {
                return false;
            }
            else
            {
                month = Period.OfMonth(year, monthOfYear);
                if (date.Length == 10)
                {
                    (_dateHead, _dateTail, _dateMonth) = (MemoryMarshal.Read<ulong>(date), MemoryMarshal.Read<ushort>(date[8..]), month);
                }
            }

            var label = t.Cell(_categoryColumn);
            if (!_lookups.CategoryByBytes.TryGetValue(label, out var category))
            {
                if (label.IsEmpty || _catalog.FindCrimeCategory(System.Text.Encoding.UTF8.GetString(label)) is not { } found)
                {
                    return false;
                }

                _lookups.CategoryByBytes.Set(label, category = CategoryIndex(found.Id));
            }

            var kindText = _kindColumn >= 0 ? t.Cell(_kindColumn) : default;
            if (!_lookups.AreaBytes.TryResolve(t.Cell(_areaColumn), kindText, month, out var areaId, out var areaNumber))
            {
                return false;
            }

            if (_idColumn >= 0 && t.Cell(_idColumn) is { IsEmpty: false } id)
            {
                _lookups.AddId(id);
            }

            // The area's row by the cache's number for it: an array read, no hashing of the id.
            if ((uint)areaNumber >= (uint)_areaByNumber.Length)
            {
                Array.Resize(ref _areaByNumber, Math.Max(areaNumber + 1, _areaByNumber.Length * 2));
            }

            var area = _areaByNumber[areaNumber] - 1;
            if (area < 0)
            {
                _areaByNumber[areaNumber] = (area = AreaIndex(areaId)) + 1;
            }

            Tally(area, month, category, t.Line);
            return true;
        }

        /// <summary>Every row of the table: the fast path, else the path that reports.</summary>
        public void ReadRows()
        {
            var t = _table;
            while (t.NextRow())
            {
                if (!TryReadFast())
                {
                    ReadRow(t.Materialize());
                }
            }
        }

        private bool ExtraFieldsEmpty()
        {
            for (var i = _expectedFields; i < _table.FieldCount; i++)
            {
                if (!_table.Cell(i).IsEmpty)
                {
                    return false;
                }
            }

            return true;
        }

        public int MonthCount => _first is { } f && _last is { } l ? ((l.Year - f.Year) * 12) + l.Part - f.Part + 1 : 0;

        public void ReadRow(CsvLine row)
        {
            var (catalog, options, issues, table, columns) = (_catalog, _options, _issues, _table, _columns);
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
            else if (date.Year > PeriodChecks.LastYear)
            {
                // Only without today (a caller that does not check the future): a year no period can have.
                issues.Error(line, Column("reported_date"), IngestionMessages.Format(IngestionMessages.YearTooLate, dateText, PeriodChecks.LastYear), IngestionMessages.YearImplausibleHint);
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

            Tally(AreaIndex(areaId), period, CategoryIndex(category.Id), line);
        }

        /// <summary>The index of category <paramref name="id"/> among the file's categories.</summary>
        private int CategoryIndex(string id)
        {
            if (!_categoryIndex.TryGetValue(id, out var c))
            {
                _categoryIndex[id] = c = _categoryIds.Count;
                _categoryIds.Add(id);
            }

            return c;
        }

        /// <summary>The index of <paramref name="area"/> among the file's areas (a row of <see cref="_cells"/>).</summary>
        private int AreaIndex(string area)
        {
            if (!_areaIndex.TryGetValue(area, out var index))
            {
                _areaIndex[area] = index = _areaIndex.Count;
                _areaIds.Add(area);
            }

            return index;
        }

        /// <summary>The cell of area row <paramref name="area"/> × <paramref name="category"/> (the grid grown to hold it).</summary>
        private ref IncidentCell Slot(int area, int category)
        {
            if (category >= _stride)
            {
                // More categories than a row holds (rare: the catalogue's few): the grid laid out again with wider rows.
                var stride = Math.Max(category + 1, _stride * 2);
                var wider = new IncidentCell[Math.Max(_cells.Length / _stride, area + 1) * stride];
                for (var a = 0; a < _cells.Length / _stride; a++)
                {
                    Array.Copy(_cells, a * _stride, wider, a * stride, _stride);
                }

                (_cells, _stride) = (wider, stride);
            }

            var rows = _cells.Length / _stride;
            if (area >= rows)
            {
                Array.Resize(ref _cells, Math.Max(area + 1, rows + (rows / 2)) * _stride);
            }

            return ref _cells[(area * _stride) + category];
        }

        /// <summary>The series this state counted into (after <see cref="FlushAll"/>).</summary>
        private IEnumerable<IncidentSeries> AllSeries() => _cells.Where(c => c.Series is not null).Select(c => c.Series!);

        /// <summary>Moves every cell's pending month into its series.</summary>
        private void FlushAll()
        {
            foreach (ref var cell in _cells.AsSpan())
            {
                cell.Flush();
            }
        }

        /// <summary>
        /// Counts one incident of area row <paramref name="area"/> × <paramref name="month"/> × the category
        /// at <paramref name="category"/>: in the cell's month when it is the same (a file in date order
        /// changes month once per cell and month), else the cell's month goes to its series first.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Tally(int area, in Period month, int category, int line)
        {
            var m = (month.Year * 12) + month.Part;
            var at = (area * _stride) + category;
            ref var cell = ref category < _stride && (uint)at < (uint)_cells.Length ? ref _cells[at] : ref Slot(area, category);
            if (cell.Month != m || cell.Total == 0)
            {
                StartMonth(ref cell, area, category, m);
            }

            cell.Add(line);
            if (m < _firstMonth || m > _lastMonth)
            {
                WidenMonths(m, month);
            }

            _lastLine = line;
        }

        /// <summary>Moves <paramref name="cell"/> on to month <paramref name="m"/> (its series rented at its first row): once per cell and month, out of the row's line.</summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private void StartMonth(ref IncidentCell cell, int area, int category, int m)
        {
            cell.Series ??= _pool.Rent(_areaIds[area], _categoryIds[category], m);
            cell.Start(m);
        }

        /// <summary>Widens the file's months to hold <paramref name="month"/> (numbered <paramref name="m"/>).</summary>
        private void WidenMonths(int m, Period month)
        {
            if (m < _firstMonth)
            {
                (_firstMonth, _first) = (m, month);
            }

            if (m > _lastMonth)
            {
                (_lastMonth, _last) = (m, month);
            }
        }

        /// <summary>
        /// The counts as observations, area by area, then category, then month (every month from the
        /// file's first to its last, 0 where none), built when asked for from the series' arrays
        /// (<see cref="ComputedObservations"/>): nothing per count is held beyond the arrays.
        /// </summary>
        public IReadOnlyList<Observation> Finish(string fileHash)
        {
            _labels.Report(_issues, _areas, _catalog);
            FlushAll();
            if (_first is not { } first || _last is not { } last)
            {
                return [];
            }

            var months = new List<Period>();
            for (var p = first; p <= last; p = p.Part == 12 ? Period.OfMonth(p.Year + 1, 1) : Period.OfMonth(p.Year, p.Part + 1))
            {
                months.Add(p);
            }

            var wholeFile = (_table.Header.Line + 1, _lastLine);
            var all = AllSeries()
                .OrderBy(s => s.Area, StringComparer.Ordinal).ThenBy(s => s.Category, StringComparer.Ordinal).ToArray();
            return new ComputedObservations(all.Length * months.Count, fileHash, (i, hash) =>
            {
                var series = all[i / months.Count];
                var month = months[i % months.Count];
                var (total, firstRow, lastRow) = series.At((month.Year * 12) + month.Part);
                (firstRow, lastRow) = total == 0 ? wholeFile : (firstRow, lastRow);
                return new Observation
                {
                    Dataset = Dataset.Crime,
                    AreaId = series.Area,
                    Period = month,
                    Subject = series.Category,
                    Value = total,
                    Lineage = new Lineage(hash, 0, firstRow, lastRow),
                };
            });
        }

        /// <summary>YYYY-MM-DD, with a time after it (space or T) ignored.</summary>
        private static bool TryDate(string text, out DateOnly date)
        {
            var s = text.Length > 10 && (text[10] == ' ' || text[10] == 'T') ? text[..10] : text;
            return DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        }

        private string Cell(CsvLine row, string column) =>
            _columns.TryGetValue(column, out var i) && i < row.Fields.Count ? NumberText.Trim(row.Fields[i]) : "";

        private int Column(string column) => _columns.TryGetValue(column, out var i) ? i + 1 : 0;
    }

    /// <summary>What the pieces a core reads share, with the category labels and numbers met so far.</summary>
    private sealed class Lookups : PieceLookups
    {
        public Lookups(Catalog catalog, ReadOptions options, RepeatedIds ids)
            : base(catalog, options, ids)
        {
        }

        public Dictionary<string, int> CategoryIndex { get; } = new(StringComparer.Ordinal);

        public List<string> CategoryIds { get; } = [];

        /// <summary>The category cells met so far, by their UTF-8 bytes: the index of their category.</summary>
        public ByteKeyTable<int> CategoryByBytes { get; } = new();
    }
}
