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
        var result = new ParsedFile { FileName = source.FileName, FileHash = source.FileHash, Kind = InputKind.CrimeIncidents, Format = Format, Detected = source.Decoded.Describe() };
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

        var detected = $"{result.Detected}, separator {SeparatorDetector.Show(table.Separator)}";
        if (issues.HasErrors)
        {
            return result with { Detected = detected, Issues = issues.ToList() };
        }

        var counting = new Counting(catalog, options, issues, table, columns, null, new SeriesPool());
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
            Detected = $"{detected}, {table.RowCount} incidents in {counting.MonthCount} months",
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
        private readonly SeriesPool _pool;
        private readonly AreaLookup _areas;
        private readonly LabelIssues _labels = new();
        private readonly Dictionary<string, int> _areaIndex = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _categoryIndex;
        private readonly List<string> _categoryIds;
        private readonly List<Series?[]> _series = [];
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

        /// <summary>The counts of <paramref name="table"/>'s rows; <paramref name="lookups"/> null: caches of its own and a new repeat check; series taken from <paramref name="pool"/>.</summary>
        public Counting(Catalog catalog, ReadOptions options, IssueList issues, LineTable table, Dictionary<string, int> columns, Lookups? lookups, SeriesPool pool)
        {
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
            new(_catalog, _options, issues, table, _columns, previous?._lookups ?? new Lookups(_catalog, _options, Ids.ForAnotherThread()), _pool);

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
            if (piece._first is not { } first || piece._last is not { } last)
            {
                return;
            }

            foreach (var series in piece._series.SelectMany(s => s).OfType<Series>())
            {
                var area = AreaIndex(series.Area);
                var category = CategoryIndex(series.Category);
                var byCategory = Slot(area, category);
                (byCategory[category] ??= _pool.Rent(series.Area, series.Category, series.FirstMonth)).Merge(series, lineOffset);
            }

            _pool.Return(piece._series);

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

            if (!Utf8Cells.TryIsoDate(t.Cell(_dateColumn), out var year, out var monthOfYear, out var day)
                || year < PeriodChecks.FirstYear || (year * 416) + (monthOfYear * 32) + day > _today)
            {
                return false;
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

            var month = Period.OfMonth(year, monthOfYear);
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

            Tally(area, areaId, month, category, t.Line);
            return true;
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

            Tally(AreaIndex(areaId), areaId, period, CategoryIndex(category.Id), line);
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

        /// <summary>The index of <paramref name="area"/> among the file's areas (a row of <see cref="_series"/>).</summary>
        private int AreaIndex(string area)
        {
            if (!_areaIndex.TryGetValue(area, out var index))
            {
                _areaIndex[area] = index = _areaIndex.Count;
                _series.Add(new Series?[Math.Max(8, _categoryIds.Count)]);
            }

            return index;
        }

        /// <summary>The series of area <paramref name="area"/> by category, long enough for <paramref name="category"/>.</summary>
        private Series?[] Slot(int area, int category)
        {
            var byCategory = _series[area];
            if (category >= byCategory.Length)
            {
                Array.Resize(ref byCategory, Math.Max(category + 1, byCategory.Length * 2));
                _series[area] = byCategory;
            }

            return byCategory;
        }

        /// <summary>Counts one incident of area <paramref name="areaId"/> (row <paramref name="area"/> of <see cref="_series"/>) × <paramref name="month"/> × the category at <paramref name="category"/>.</summary>
        private void Tally(int area, string areaId, Period month, int category, int line)
        {
            // Dense per area × category, indexed by month: no hashing and no object per count (a dictionary of
            // 278 400 counts at Sweden scale was one cache miss per row).
            var byCategory = _series[area];
            if (category >= byCategory.Length)
            {
                byCategory = Slot(area, category);
            }

            var m = (month.Year * 12) + month.Part;
            (byCategory[category] ??= _pool.Rent(areaId, _categoryIds[category], m)).Add(m, line);
            if (m < _firstMonth)
            {
                (_firstMonth, _first) = (m, month);
            }

            if (m > _lastMonth)
            {
                (_lastMonth, _last) = (m, month);
            }

            _lastLine = line;
        }

        /// <summary>
        /// The counts as observations, area by area, then category, then month (every month from the
        /// file's first to its last, 0 where none), built when asked for from the series' arrays
        /// (<see cref="ComputedObservations"/>): nothing per count is held beyond the arrays.
        /// </summary>
        public IReadOnlyList<Observation> Finish(string fileHash)
        {
            _labels.Report(_issues, _areas, _catalog);
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
            var all = _series.SelectMany(s => s).OfType<Series>()
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

    /// <summary>
    /// The series of the pieces already merged, emptied for the pieces still to be read: a piece holds
    /// a series per area × category it met (thousands at Sweden scale), which lived just long enough to
    /// be promoted and then died, so they are reused rather than made anew for every piece. Shared by the
    /// cores: taken while a piece is read, given back when it is merged.
    /// </summary>
    private sealed class SeriesPool
    {
        private readonly Stack<Series> _free = [];

        /// <summary>An empty series of <paramref name="area"/> × <paramref name="category"/> from <paramref name="month"/>.</summary>
        public Series Rent(string area, string category, int month)
        {
            Series? series;
            lock (_free)
            {
                _free.TryPop(out series);
            }

            if (series is null)
            {
                return new Series(area, category, month);
            }

            series.Reuse(area, category, month);
            return series;
        }

        /// <summary>Takes back the series of a merged piece (no longer read).</summary>
        public void Return(List<Series?[]> pieceSeries)
        {
            lock (_free)
            {
                foreach (var byCategory in pieceSeries)
                {
                    foreach (var series in byCategory)
                    {
                        if (series is not null)
                        {
                            _free.Push(series);
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// The incidents of one area × category per month (month number = year × 12 + month) and the rows
    /// they came from: three arrays over the months seen, grown at either end as the file goes on.
    /// </summary>
    private sealed class Series(string area, string category, int month)
    {
        private int _offset = month;

        // The months that may hold a count: a reused series moves them inside its arrays rather than growing them.
        private int _low = month;
        private int _high = month;
        private int[] _totals = new int[16];
        private int[] _firstLines = new int[16];
        private int[] _lastLines = new int[16];

        public string Area { get; private set; } = area;

        public string Category { get; private set; } = category;

        /// <summary>Empties the series for another area × category from <paramref name="month"/> (its arrays kept).</summary>
        public void Reuse(string area, string category, int month)
        {
            (Area, Category, _offset, _low, _high) = (area, category, month, month, month);
            Array.Clear(_totals);
            Array.Clear(_firstLines);
            Array.Clear(_lastLines);
        }

        /// <summary>The first month the series holds room for.</summary>
        public int FirstMonth => _offset;

        public void Add(int month, int line)
        {
            var i = month - _offset;
            if ((uint)i >= (uint)_totals.Length)
            {
                i = Grow(month);
            }

            if (month < _low)
            {
                _low = month;
            }
            else if (month > _high)
            {
                _high = month;
            }

            if (_totals[i]++ == 0)
            {
                _firstLines[i] = line;
            }

            _lastLines[i] = line;
        }

        /// <summary>Adds the counts of the same series in a later piece of the file, its lines moved by <paramref name="lineOffset"/>.</summary>
        public void Merge(Series piece, int lineOffset)
        {
            for (var j = 0; j < piece._totals.Length; j++)
            {
                if (piece._totals[j] == 0)
                {
                    continue;
                }

                var month = piece._offset + j;
                var i = month - _offset;
                if ((uint)i >= (uint)_totals.Length)
                {
                    i = Grow(month);
                }

                if (month < _low)
                {
                    _low = month;
                }
                else if (month > _high)
                {
                    _high = month;
                }

                if (_totals[i] == 0)
                {
                    _firstLines[i] = piece._firstLines[j] + lineOffset;
                }

                _totals[i] += piece._totals[j];
                _lastLines[i] = piece._lastLines[j] + lineOffset;
            }
        }

        /// <summary>The month's count with its first and last line (count 0 when none).</summary>
        public (int Total, int FirstLine, int LastLine) At(int month)
        {
            var i = month - _offset;
            return (uint)i < (uint)_totals.Length ? (_totals[i], _firstLines[i], _lastLines[i]) : (0, 0, 0);
        }

        private int Grow(int month)
        {
            var (usedLow, usedHigh) = (Math.Min(month, _low), Math.Max(month, _high));
            if (usedHigh - usedLow + 1 <= _totals.Length)
            {
                // Room enough (a reused series' arrays): the months with counts moved, nothing allocated.
                var offset = month < _offset ? usedLow : usedHigh - _totals.Length + 1;
                MoveInPlace(_totals, offset);
                MoveInPlace(_firstLines, offset);
                MoveInPlace(_lastLines, offset);
                (_offset, _low, _high) = (offset, usedLow, usedHigh);
                return month - _offset;
            }

            (_low, _high) = (usedLow, usedHigh);

            var low = Math.Min(month, _offset);
            var high = Math.Max(month, _offset + _totals.Length - 1);
            var length = Math.Max(high - low + 1, _totals.Length * 2);
            var shift = _offset - low;
            _totals = Moved(_totals, shift, length);
            _firstLines = Moved(_firstLines, shift, length);
            _lastLines = Moved(_lastLines, shift, length);
            _offset = low;
            return month - _offset;
        }

        /// <summary>Moves the months <see cref="_low"/> to <see cref="_high"/> (the ones that may hold a count) to where they belong from <paramref name="offset"/>; the rest emptied.</summary>
        private void MoveInPlace(int[] values, int offset)
        {
            var count = _high - _low + 1;
            var (from, to) = (_low - _offset, _low - offset);
            Array.Copy(values, from, values, to, count);
            values.AsSpan(0, to).Clear();
            values.AsSpan(to + count).Clear();
        }

        private static int[] Moved(int[] old, int shift, int length)
        {
            var grown = new int[length];
            old.CopyTo(grown, shift);
            return grown;
        }
    }
}
