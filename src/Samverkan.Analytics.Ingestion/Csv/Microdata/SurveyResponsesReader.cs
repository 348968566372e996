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
using Samverkan.Analytics.Ingestion.Importing;
using Samverkan.Analytics.Ingestion.Text;

namespace Samverkan.Analytics.Ingestion.Csv.Microdata;

using Catalog = Samverkan.Analytics.Core.Catalog.Catalog;

/// <summary>
/// Survey microdata (<c>survey-responses</c>, DESIGN §4.3): one row per respondent with
/// <c>respondent_id</c>, <c>year</c>, <c>area</c>, an optional <c>weight</c> and <c>survey</c>, and one
/// column per question holding answer codes. A question column is one the catalogue gives answer codes
/// for (<c>codes: positive, no_answer</c> in indicators.yaml), named by its question id (optionally
/// with a <c>q_</c> prefix); other columns are background and ignored. Aggregated per survey × area ×
/// year × question: unweighted respondents (who answered, no_answer codes left out), the weighted
/// count of positive answers, the weighted total, the weighted share, and Kish's effective sample size
/// (Σw)² / Σw². Read one line at a time; a long file on every core (<see cref="ChunkedRows"/>), each
/// piece summed by itself and the pieces' sums added in file order (the pieces depend on the file's
/// size only, so a file always gives the same sums).
/// </summary>
internal sealed class SurveyResponsesReader : IFormatReader
{
    private static readonly Dictionary<string, string> Columns = new(StringComparer.Ordinal)
    {
        ["respondent_id"] = "respondent_id",
        ["respondent"] = "respondent_id",
        ["respondentid"] = "respondent_id",
        ["year"] = "year",
        ["år"] = "year",
        ["survey_year"] = "year",
        ["area"] = "area",
        ["område"] = "area",
        ["area_kind"] = "area_kind",
        ["områdestyp"] = "area_kind",
        ["survey"] = "survey",
        ["undersökning"] = "survey",
        ["weight"] = "weight",
        ["vikt"] = "weight",
    };

    /// <inheritdoc />
    public string Format => "survey-responses";

    /// <inheritdoc />
    public InputKind? ChosenForKind => InputKind.SurveyResponses;

    /// <inheritdoc />
    public bool Streams => true;

    /// <inheritdoc />
    public int Recognize(SourceText source)
    {
        var header = source.FirstLine();
        return SeparatorDetector.Detect(header) is { } sep && header.Split(sep).Any(h => CanonicalColumns.Normalize(h) is "respondent_id" or "respondentid") ? 90 : 0;
    }

    /// <inheritdoc />
    public ParsedFile Read(SourceText source, Catalog catalog, ReadOptions options)
    {
        var issues = new IssueList(source.FileName, options.MaxIssues);
        var result = new ParsedFile { FileName = source.FileName, FileHash = source.FileHash, Kind = InputKind.SurveyResponses, Format = Format, Detected = DetectedText.Decoding(source.Decoded) };
        using var table = LineTable.Open(source, issues, options.ChunkBytes);
        if (table is null)
        {
            return result with { Issues = issues.ToList() };
        }

        var reading = new Reading(source.FileHash, catalog, options, issues, table, null, null);
        if (!reading.MapHeader())
        {
            return result with { Detected = DetectedText.Join(result.Detected, DetectedText.FieldSeparator(table.Separator)), Issues = issues.ToList() };
        }

        ChunkedRows.Read(table, issues, reading, reading.ForPiece, (file, piece, lineOffset) => file.Merge(piece, lineOffset));

        reading.ReportRepeatedIds(source);

        if (table.RowCount == 0)
        {
            issues.Error(table.Header.Line, 0, IngestionMessages.NoDataRows, IngestionMessages.NoDataRowsHint);
        }

        var observations = reading.Finish();
        return result with
        {
            Detected = DetectedText.Join(result.Detected, DetectedText.FieldSeparator(table.Separator), DetectedText.Respondents(table.RowCount, reading.QuestionCount)),
            RowCount = table.RowCount,
            Observations = observations,
            Issues = issues.ToList(),
        };
    }

    /// <summary>One file being aggregated.</summary>
    /// <remarks>
    /// A piece's state shares the header mapping of the file's state (<c>header</c>; null for the file's
    /// state) and the caches of the same core's previous piece (<c>lookups</c>; null: new ones).
    /// </remarks>
    private sealed class Reading(string fileHash, Catalog catalog, ReadOptions options, IssueList issues, LineTable table, Reading? header, Lookups? lookups) : IRowReader
    {
        private readonly Dictionary<string, int> _columns = header?._columns ?? new(StringComparer.Ordinal);
        private readonly List<Question> _questions = header?._questions ?? [];
        private readonly Lookups _lookups = lookups ?? new Lookups(catalog, options, header?._respondents.ForAnotherThread() ?? new RepeatedIds());
        private readonly LabelIssues _labels = new();
        private RowAreaResolver? _resolver;
        private readonly Dictionary<(string Survey, string Area, int Year, string Question), Tally> _tallies = [];
        private Tally?[] _slotTallies = [];
        private int _expectedFields = -1;
        private int[] _questionColumns = [];
        private (int Question, int Code)[] _answers = [];
        private int _idColumn;
        private int _yearColumn;
        private int _areaColumn;
        private int _weightColumn;
        private int _surveyColumn;
        private int _kindColumn;

        private AreaLookup _areas => _lookups.Areas;

        private RepeatedIds _respondents => _lookups.Ids;

        public int QuestionCount => _questions.Count;

        /// <summary>The state of a piece of the file (<see cref="ChunkedRows"/>), sharing the caches of the same core's previous piece.</summary>
        public Reading ForPiece(LineTable pieceTable, IssueList pieceIssues, Reading? previous) =>
            new(fileHash, catalog, options, pieceIssues, pieceTable, this, previous?._lookups);

        /// <inheritdoc />
        public LineTable Table => table;

        /// <summary>
        /// Adds the sums and label problems of a later piece of the file, its lines moved by
        /// <paramref name="lineOffset"/> (the pieces are merged in file order).
        /// </summary>
        public void Merge(Reading piece, int lineOffset)
        {
            _labels.Merge(piece._labels, lineOffset);
            foreach (var (key, theirs) in piece._tallies)
            {
                if (_tallies.TryGetValue(key, out var tally))
                {
                    tally.Merge(theirs, lineOffset);
                }
                else
                {
                    _tallies[key] = theirs.Moved(lineOffset);
                }
            }
        }

        /// <summary>The second pass of the respondent_id repeat check (<see cref="RepeatedIds"/>).</summary>
        public void ReportRepeatedIds(SourceText source) =>
            _respondents.Report(source, _columns["respondent_id"], issues, IngestionMessages.DuplicateRespondent, IngestionMessages.DuplicateRespondentHint);

        /// <summary>Every row of the table: the fast path, else the path that reports.</summary>
        public void ReadRows()
        {
            while (table.NextRow())
            {
                if (!TryReadFast())
                {
                    ReadRow(table.Materialize());
                }
            }
        }

        /// <summary>
        /// Reads the table's current row when nothing about it needs a message (the common case),
        /// without allocating; false leaves the row untouched for <see cref="ReadRow"/>, which reports.
        /// </summary>
        public bool TryReadFast()
        {
            if (_expectedFields < 0)
            {
                _expectedFields = FieldCounts.Expected(table.Header);
                _answers = new (int, int)[_questions.Count];
                _questionColumns = [.. _questions.Select(q => q.Index)];
                (_idColumn, _yearColumn, _areaColumn) = (_columns["respondent_id"], _columns["year"], _columns["area"]);
                _weightColumn = _columns.GetValueOrDefault("weight", -1);
                _surveyColumn = _columns.GetValueOrDefault("survey", -1);
                _kindColumn = _columns.GetValueOrDefault("area_kind", -1);
            }

            if (table.FieldCount != _expectedFields || table.Separator is not (';' or ','))
            {
                return false;
            }

            var id = table.Cell(_idColumn);
            if (id.IsEmpty || !TryYear(table.Cell(_yearColumn), out var year))
            {
                return false;
            }

            var weight = 1.0;
            if (_weightColumn >= 0 && !(Utf8Cells.TryPlainDecimal(table.Cell(_weightColumn), table.Separator == ';' ? (byte)',' : (byte)'.', out weight) && weight > 0))
            {
                return false;
            }

            var survey = "";
            if (_surveyColumn >= 0 && table.Cell(_surveyColumn) is { IsEmpty: false } surveyText)
            {
                if (!_lookups.SurveysByBytes.TryGetValue(surveyText, out var lower))
                {
                    _lookups.SurveysByBytes.Set(surveyText, lower = System.Text.Encoding.UTF8.GetString(surveyText).ToLowerInvariant());
                }

                survey = lower;
            }

            var kindText = _kindColumn >= 0 ? table.Cell(_kindColumn) : default;
            if (!_lookups.AreaBytes.TryResolve(table.Cell(_areaColumn), kindText, year, out var areaId, out var areaNumber))
            {
                return false;
            }

            var answered = 0;
            var questionColumns = _questionColumns;
            for (var q = 0; q < questionColumns.Length; q++)
            {
                var text = table.Cell(questionColumns[q]);
                if (text.IsEmpty)
                {
                    continue;
                }

                if (!Utf8Cells.TryInteger(text, out var code))
                {
                    return false;
                }

                _answers[answered++] = (q, code);
            }

            _lookups.AddId(id);
            var surveyNumber = survey.Length == 0 ? 0 : _lookups.SurveyNumber(survey);
            for (var a = 0; a < answered; a++)
            {
                CountFast(_answers[a].Question, _answers[a].Code, survey, surveyNumber, areaId, areaNumber, year, weight, table.Line);
            }

            return true;
        }

        /// <summary>
        /// A year the slow path would take without a message: four digits from <see cref="PeriodChecks.FirstYear"/>
        /// on by their value, other cells by their bytes (both cached per core once checked).
        /// </summary>
        private bool TryYear(ReadOnlySpan<byte> text, out Period year)
        {
            var offset = text.Length == 4 ? (uint)(Utf8Cells.Digits(text) - PeriodChecks.FirstYear) : uint.MaxValue;
            if (offset < Lookups.YearSpan)
            {
                switch (_lookups.YearStates[offset])
                {
                    case 1:
                        year = _lookups.Years[offset];
                        return true;
                    case -1:
                        year = default;
                        return false;
                    default:
                        var ok = CheckYear(text, out year);
                        (_lookups.YearStates[offset], _lookups.Years[offset]) = (ok ? (sbyte)1 : (sbyte)-1, year);
                        return ok;
                }
            }

            if (_lookups.YearsByBytes.TryGetValue(text, out year))
            {
                return true;
            }

            if (!CheckYear(text, out year))
            {
                return false;
            }

            _lookups.YearsByBytes.Set(text, year);
            return true;
        }

        /// <summary>What the slow path makes of a year cell, when it would take it without a message.</summary>
        private bool CheckYear(ReadOnlySpan<byte> text, out Period year)
        {
            year = default;
            var s = System.Text.Encoding.UTF8.GetString(text);
            if (!PeriodText.TryParse(s, out var period, out _) || period.Kind != PeriodKind.Year || period.Year < PeriodChecks.FirstYear
                || (options.Today is { } today && period.Start > today))
            {
                return false;
            }

            year = period;
            return true;
        }

        public bool MapHeader()
        {
            var header = table.Header;
            var coded = catalog.AllIndicators
                .Where(i => i.Source.Dataset == Dataset.Survey && i.Source.Question is not null && i.Source.PositiveCodes.Count > 0)
                .ToList();
            var ignored = new List<string>();
            for (var i = 0; i < header.Fields.Count; i++)
            {
                var name = CanonicalColumns.Normalize(header.Fields[i]);
                if (name.Length == 0)
                {
                    continue;
                }

                if (Columns.TryGetValue(name, out var column))
                {
                    _columns.TryAdd(column, i);
                    continue;
                }

                var id = name.StartsWith("q_", StringComparison.Ordinal) ? name[2..] : name;
                var asked = coded.Where(d => CanonicalColumns.Normalize(d.Source.Question!) == id).ToList();
                if (asked.Count > 0)
                {
                    _questions.Add(new Question(i, asked[0].Source.Question!.ToLowerInvariant(), asked));
                }
                else
                {
                    ignored.Add(header.Fields[i].Trim());
                }
            }

            foreach (var (required, spellings) in new[] { ("respondent_id", "'respondent_id'"), ("year", "'year' or 'år'"), ("area", "'area' or 'område'") })
            {
                if (!_columns.ContainsKey(required))
                {
                    issues.Error(header.Line, 0, IngestionMessages.Format(IngestionMessages.MissingColumn, required), IngestionMessages.Format(IngestionMessages.MissingColumnHint, spellings));
                }
            }

            if (_questions.Count == 0)
            {
                var ids = string.Join(", ", coded.Select(d => d.Source.Question).Distinct(StringComparer.OrdinalIgnoreCase));
                issues.Error(header.Line, 0, IngestionMessages.MicrodataNoQuestions, IngestionMessages.Format(IngestionMessages.MicrodataNoQuestionsHint, ids));
            }
            else if (ignored.Count > 0)
            {
                issues.Warning(header.Line, 0, IngestionMessages.Format(IngestionMessages.MicrodataIgnoredColumns, string.Join(", ", ignored.Select(c => $"'{c}'"))), IngestionMessages.MicrodataIgnoredColumnsHint);
            }

            if (!_columns.ContainsKey("survey"))
            {
                foreach (var question in _questions)
                {
                    var surveys = question.Definitions.Select(d => d.Source.Survey).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                    if (surveys.Count > 1)
                    {
                        issues.Error(header.Line, question.Index + 1, IngestionMessages.Format(IngestionMessages.SurveyUnknownForQuestion, question.Id, IngestionMessages.Listed(surveys)), IngestionMessages.SurveyUnknownForQuestionHint);
                    }
                }
            }

            return !issues.HasErrors;
        }

        public void ReadRow(CsvLine row)
        {
            var line = row.Line;
            if (!FieldCounts.Check(row, table.Header, table.Separator, issues))
            {
                return;
            }

            var errors = issues.ErrorCount;
            var id = Cell(row, "respondent_id");
            if (id.Length == 0)
            {
                issues.Error(line, Column("respondent_id"), IngestionMessages.Format(IngestionMessages.EmptyValue, "respondent_id"), IngestionMessages.Format(IngestionMessages.EmptyValueHint, "respondent_id"));
            }
            else
            {
                _respondents.Add(id);
            }

            var yearText = Cell(row, "year");
            Period? year = null;
            if (!PeriodText.TryParse(yearText, out var period, out _) || period.Kind != PeriodKind.Year)
            {
                issues.Error(line, Column("year"), IngestionMessages.Format(IngestionMessages.NotAYear, yearText, "survey-responses"), IngestionMessages.NotAYearHint);
            }
            else if (PeriodChecks.CheckPlausible(issues, line, Column("year"), yearText, period, options))
            {
                year = period;
            }

            var weight = ReadWeight(row);
            var survey = Cell(row, "survey").ToLowerInvariant();
            var areaId = year is { } y ? (_resolver ??= new RowAreaResolver(_areas, _labels, issues, options, _columns)).Resolve(row, y) : null;
            var answers = new List<(Question Question, int Code)>(_questions.Count);
            foreach (var question in _questions)
            {
                var text = question.Index < row.Fields.Count ? NumberText.Trim(row.Fields[question.Index]) : "";
                if (text.Length == 0)
                {
                    continue;
                }

                if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code))
                {
                    issues.Error(line, question.Index + 1, IngestionMessages.Format(IngestionMessages.NotAnAnswerCode, text, table.Header.Fields[question.Index].Trim()), IngestionMessages.NotAnAnswerCodeHint);
                    continue;
                }

                answers.Add((question, code));
            }

            if (issues.ErrorCount > errors || areaId is null || weight is null || year is null)
            {
                return;
            }

            foreach (var (question, code) in answers)
            {
                Count(question, code, survey, areaId, year.Value, weight.Value, line);
            }
        }

        /// <summary>Adds one answer to its survey × area × year × question.</summary>
        private void Count(Question question, int code, string survey, string areaId, Period year, double weight, int line)
        {
            var definition = question.For(survey);
            if (definition.Source.NoAnswerCodes.Contains(code))
            {
                return;
            }

            TallyOf(question, definition, survey, areaId, year, line).Add(weight, definition.Source.PositiveCodes.Contains(code), line);
        }

        /// <summary>The sums of a survey × area × year × question (new ones start at <paramref name="line"/>).</summary>
        private Tally TallyOf(Question question, IndicatorDefinition definition, string survey, string areaId, Period year, int line)
        {
            var key = (survey.Length > 0 ? survey : definition.Source.Survey ?? "", areaId, year.Year, question.Id);
            if (!_tallies.TryGetValue(key, out var tally))
            {
                _tallies[key] = tally = new Tally(line);
            }

            return tally;
        }

        /// <summary>
        /// <see cref="Count"/> for the fast path: the survey × area × year × question has a slot number on
        /// this core (<see cref="Lookups.Slot"/>: arrays by the survey's and the area's numbers, the year
        /// and the question, no hashing), with the answer codes 0–63 of its definition as bit masks, and
        /// this piece's tally of a slot is an array read. The tally itself is the one
        /// <see cref="TallyOf"/> gives (found by text the first time in a piece), so the slow path adds to
        /// the same sums in row order.
        /// </summary>
        private void CountFast(int q, int code, string survey, int surveyNumber, string areaId, int areaNumber, Period year, double weight, int line)
        {
            var slot = (uint)code < 64 ? _lookups.Slot(surveyNumber, areaNumber, year.Year, q, _questions.Count) : -1;
            if (slot < 0)
            {
                Count(_questions[q], code, survey, areaId, year, weight, line);
                return;
            }

            ref readonly var codes = ref _lookups.SlotCodes(slot);
            if (codes.Definition is null)
            {
                _lookups.SetSlotCodes(slot, _questions[q].For(survey));
            }

            var bit = 1UL << code;
            if ((codes.NoAnswer & bit) != 0)
            {
                return;
            }

            if ((uint)slot >= (uint)_slotTallies.Length)
            {
                Array.Resize(ref _slotTallies, Math.Max(slot + 1, _slotTallies.Length * 2));
            }

            var tally = _slotTallies[slot] ??= TallyOf(_questions[q], codes.Definition!, survey, areaId, year, line);
            tally.Add(weight, (codes.Positive & bit) != 0, line);
        }

        public List<Observation> Finish()
        {
            _labels.Report(issues, _areas, catalog);
            return _tallies
                .Select(t => new Observation
                {
                    Dataset = Dataset.Survey,
                    AreaId = t.Key.Area,
                    Period = Period.OfYear(t.Key.Year),
                    Subject = t.Key.Question,
                    Source = t.Key.Survey,
                    Respondents = t.Value.Count,
                    Positive = t.Value.PositiveWeight,
                    WeightedTotal = t.Value.Weight,
                    Share = t.Value.PositiveWeight / t.Value.Weight,
                    EffectiveN = t.Value.Weight * t.Value.Weight / t.Value.WeightSquares,
                    Lineage = new Lineage(fileHash, 0, t.Value.FirstLine, t.Value.LastLine),
                })
                .OrderBy(o => o.Lineage!.FirstRow)
                .ThenBy(o => o.Subject, StringComparer.Ordinal)
                .ToList();
        }

        private double? ReadWeight(CsvLine row)
        {
            if (!_columns.ContainsKey("weight"))
            {
                return 1;
            }

            var text = Cell(row, "weight");
            var marks = table.Separator switch { ';' => ",", ',' => ".", _ => ",." };
            foreach (var mark in marks)
            {
                if (NumberText.TryParse(text, mark, out var w) && w > 0)
                {
                    return w;
                }
            }

            issues.Error(row.Line, Column("weight"), IngestionMessages.Format(IngestionMessages.WeightNotPositive, text), IngestionMessages.WeightNotPositiveHint);
            return null;
        }

        private string Cell(CsvLine row, string column) =>
            _columns.TryGetValue(column, out var i) && i < row.Fields.Count ? NumberText.Trim(row.Fields[i]) : "";

        private int Column(string column) => _columns.TryGetValue(column, out var i) ? i + 1 : 0;
    }

    /// <summary>A question column and the indicators that give its answer codes (one per survey).</summary>
    private sealed record Question(int Index, string Id, IReadOnlyList<IndicatorDefinition> Definitions)
    {
        public IndicatorDefinition For(string survey)
        {
            // Called for every answer: no closure when only one survey asks the question.
            if (Definitions.Count == 1)
            {
                return Definitions[0];
            }

            foreach (var definition in Definitions)
            {
                if (string.Equals(definition.Source.Survey, survey, StringComparison.OrdinalIgnoreCase))
                {
                    return definition;
                }
            }

            return Definitions[0];
        }
    }

    /// <summary>
    /// What the pieces a core reads share, with the years and survey names met so far and the slot
    /// numbers of the survey × area × year × question keys of the fast path.
    /// </summary>
    private sealed class Lookups : PieceLookups
    {
        /// <summary>Years from <see cref="PeriodChecks.FirstYear"/> on that are told apart by an array index (to 2077).</summary>
        public const int YearSpan = 128;

        /// <summary>Surveys (by number, 0 = no survey cell) whose keys have slots; a row of any other survey counts by text.</summary>
        private const int SlottedSurveys = 8;

        private readonly Dictionary<object, int> _surveyNumbers = new(ReferenceEqualityComparer.Instance);
        private readonly int[] _yearNumbers = new int[YearSpan];
        private int _yearCount;
        private int[]?[] _slotsBySurveyAndArea = [];
        private SlotCodes[] _slotCodes = new SlotCodes[64];
        private int _slotCount;

        public Lookups(Catalog catalog, ReadOptions options, RepeatedIds ids)
            : base(catalog, options, ids)
        {
        }

        /// <summary>The year cells met so far that the slow path takes without a message, by their UTF-8 bytes.</summary>
        public ByteKeyTable<Period> YearsByBytes { get; } = new();

        /// <summary>Four-digit years by their offset from <see cref="PeriodChecks.FirstYear"/>: 0 not met yet, 1 taken (<see cref="Years"/>), -1 left to the slow path.</summary>
        public sbyte[] YearStates { get; } = new sbyte[YearSpan];

        /// <summary>The periods of the four-digit years <see cref="YearStates"/> marks as taken.</summary>
        public Period[] Years { get; } = new Period[YearSpan];

        /// <summary>The survey cells met so far, by their UTF-8 bytes: the survey in lower case.</summary>
        public ByteKeyTable<string> SurveysByBytes { get; } = new();

        /// <summary>A number from 1 for a survey string's reference (the strings of <see cref="SurveysByBytes"/>), or -1 past the first seven (their answers count by text).</summary>
        public int SurveyNumber(string survey)
        {
            if (!_surveyNumbers.TryGetValue(survey, out var number))
            {
                if (_surveyNumbers.Count >= SlottedSurveys - 1)
                {
                    return -1;
                }

                _surveyNumbers[survey] = number = _surveyNumbers.Count + 1;
            }

            return number;
        }

        /// <summary>
        /// The slot number (from 0) on this core of a survey × area × year × question, or -1 when the key
        /// has none (a survey number of <see cref="SlottedSurveys"/> or more, an area number past 65 535, a year
        /// outside <see cref="YearSpan"/>): such answers count by text.
        /// </summary>
        public int Slot(int surveyNumber, int areaNumber, int year, int question, int questions)
        {
            var yearOffset = (uint)(year - PeriodChecks.FirstYear);
            if ((uint)surveyNumber >= SlottedSurveys || (uint)areaNumber >= 1 << 16 || yearOffset >= YearSpan)
            {
                return -1;
            }

            var outer = (areaNumber * SlottedSurveys) + surveyNumber;
            if (outer >= _slotsBySurveyAndArea.Length)
            {
                Array.Resize(ref _slotsBySurveyAndArea, Math.Max(outer + 1, _slotsBySurveyAndArea.Length * 2));
            }

            ref var yearNumber = ref _yearNumbers[yearOffset];
            if (yearNumber == 0)
            {
                yearNumber = ++_yearCount;
            }

            // By year number (from 1, in the order met on this core) and question; grown as years are met.
            var index = ((yearNumber - 1) * questions) + question;
            ref var slots = ref _slotsBySurveyAndArea[outer];
            if (slots is null || index >= slots.Length)
            {
                Array.Resize(ref slots, _yearCount * questions);
            }

            ref var slot = ref slots[index];
            if (slot == 0)
            {
                if (_slotCount == _slotCodes.Length)
                {
                    Array.Resize(ref _slotCodes, _slotCodes.Length * 2);
                }

                slot = ++_slotCount;
            }

            return slot - 1;
        }

        /// <summary>The definition and answer-code masks of a slot (<see cref="SlotCodes.Definition"/> null until set).</summary>
        public ref readonly SlotCodes SlotCodes(int slot) => ref _slotCodes[slot];

        /// <summary>Sets a slot's definition (the question's for the slot's survey) and its answer codes 0–63 as bit masks.</summary>
        public void SetSlotCodes(int slot, IndicatorDefinition definition) =>
            _slotCodes[slot] = new SlotCodes(definition, Mask(definition.Source.NoAnswerCodes), Mask(definition.Source.PositiveCodes));

        private static ulong Mask(IReadOnlyList<int> codes)
        {
            var mask = 0UL;
            foreach (var code in codes)
            {
                mask |= (uint)code < 64 ? 1UL << code : 0;
            }

            return mask;
        }
    }

    /// <summary>A slot's definition (null until the slot's first answer) and its no-answer and positive codes 0–63 as bit masks.</summary>
    private readonly record struct SlotCodes(IndicatorDefinition? Definition, ulong NoAnswer, ulong Positive);

    /// <summary>The running sums of one survey × area × year × question.</summary>
    private sealed class Tally(int firstLine)
    {
        public int FirstLine { get; private set; } = firstLine;

        public int LastLine { get; private set; } = firstLine;

        public int Count { get; private set; }

        public double Weight { get; private set; }

        public double WeightSquares { get; private set; }

        public double PositiveWeight { get; private set; }

        public void Add(double weight, bool positive, int line)
        {
            Count++;
            Weight += weight;
            WeightSquares += weight * weight;
            PositiveWeight += positive ? weight : 0;
            LastLine = line;
        }

        /// <summary>Adds the sums of the same tally in a later piece of the file, its lines moved by <paramref name="lineOffset"/>.</summary>
        public void Merge(Tally piece, int lineOffset)
        {
            Count += piece.Count;
            Weight += piece.Weight;
            WeightSquares += piece.WeightSquares;
            PositiveWeight += piece.PositiveWeight;
            LastLine = piece.LastLine + lineOffset;
        }

        /// <summary>A tally first met in a later piece, its lines moved by <paramref name="lineOffset"/>.</summary>
        public Tally Moved(int lineOffset)
        {
            FirstLine += lineOffset;
            LastLine += lineOffset;
            return this;
        }
    }
}
