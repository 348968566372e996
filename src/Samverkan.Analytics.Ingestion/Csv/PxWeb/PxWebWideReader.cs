using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Ingestion.Csv.Areas;
using Samverkan.Analytics.Ingestion.Csv.Canonical;
using Samverkan.Analytics.Ingestion.Csv.Checks;
using Samverkan.Analytics.Ingestion.Importing;
using Samverkan.Analytics.Ingestion.Text;

namespace Samverkan.Analytics.Ingestion.Csv.PxWeb;

using Catalog = Samverkan.Analytics.Core.Catalog.Catalog;

/// <summary>
/// PxWeb wide exports (SCB, the city's statistics), read as delivered (domain.md §5.2, §8e): an
/// optional title line, the variables in the first columns (the stub) and one column per year,
/// quarter or month (<c>2019</c>, <c>Folkmängd 2019</c>, <c>2019M05</c>, <c>2019K2</c>), or two heading
/// lines with the content above the periods; labels as <c>0180 Stockholm</c> or in separate code and
/// text columns; <c>..</c>, <c>.</c>, <c>...</c>, <c>:</c> as typed missing values and a lone <c>-</c> as
/// zero (PxWeb's "nothing"); footnote lines after the table are ignored. The table is melted to the
/// long kind given by <c>--kind</c>: <c>population</c> (the default), <c>crime</c> or <c>measurement</c>.
/// </summary>
internal sealed class PxWebWideReader : IFormatReader
{
    private static readonly string[] PopulationContents = ["folkmängd", "befolkning", "population", "be0101n1", "invånare"];

    private enum Role
    {
        Area,
        Sex,
        Age,
        Category,
        Indicator,
        Content,
        Other,
    }

    /// <inheritdoc />
    public string Format => "pxweb-wide";

    /// <inheritdoc />
    public int Recognize(SourceText source) =>
        PxWebLayout.Locate(source.Decoded.Text.Split('\n').Take(12).ToList()) is null ? 0 : 85;

    /// <inheritdoc />
    public ParsedFile Read(SourceText source, Catalog catalog, ReadOptions options)
    {
        var issues = new IssueList(source.FileName, options.MaxIssues);
        var kind = options.Kind ?? InputKind.Population;
        var result = new ParsedFile { FileName = source.FileName, FileHash = source.FileHash, Kind = kind, Format = Format, Detected = DetectedText.Decoding(source.Decoded) };
        if (kind is not (InputKind.Population or InputKind.Crime or InputKind.Measurement))
        {
            issues.Error(0, 0, IngestionMessages.Format(IngestionMessages.PxKindNotSupported, kind.ToName()), IngestionMessages.PxKindNotSupportedHint);
            return result with { Issues = issues.ToList() };
        }

        if (PxWebLayout.Locate(source.Decoded.Text.Split('\n')) is not { } layout)
        {
            issues.Error(0, 0, IngestionMessages.PxNoTable, IngestionMessages.PxNoTableHint);
            return result with { Issues = issues.ToList() };
        }

        var detected = DetectedText.Join(result.Detected, DetectedText.FieldSeparator(layout.Separator),
            layout.Title is { } title ? DetectedText.Title(title) : null,
            layout.FootnoteLines > 0 ? DetectedText.FootnotesIgnored(layout.FootnoteLines) : null);
        var table = new Table(source.FileHash, catalog, options, issues, layout, kind);
        table.Read();
        return result with
        {
            Detected = DetectedText.Join(detected, DetectedText.DecimalMark(table.DecimalMark), DetectedText.DashReadAsZero),
            RowCount = layout.DataLines.Count,
            Observations = table.Observations,
            Issues = issues.ToList(),
        };
    }

    private static Role RoleOf(string header)
    {
        var h = header.Trim().Trim('"').ToLowerInvariant();
        string[] area = ["region", "område", "omrade", "stadsdel", "kommun", "area", "lpo", "geograf", "län"];
        return h switch
        {
            _ when h is "kön" or "kon" or "sex" or "gender" => Role.Sex,
            _ when h.StartsWith("ålder", StringComparison.Ordinal) || h.StartsWith("alder", StringComparison.Ordinal) || h is "age" or "age group" => Role.Age,
            _ when h.StartsWith("brott", StringComparison.Ordinal) || h is "kategori" or "category" => Role.Category,
            _ when h is "indikator" or "indicator" or "mått" => Role.Indicator,
            _ when h.Contains("innehåll", StringComparison.Ordinal) || h.StartsWith("contents", StringComparison.Ordinal) => Role.Content,
            _ when area.Any(a => h.Contains(a, StringComparison.Ordinal)) => Role.Area,
            _ => Role.Other,
        };
    }

    /// <summary>The kind of area a stub header names, to settle names several kinds share.</summary>
    private static AreaKind? AreaKindOf(string header)
    {
        var h = header.Trim().Trim('"').ToLowerInvariant();
        return h switch
        {
            _ when h.Contains("lokalpolis", StringComparison.Ordinal) || h == "lpo" => AreaKind.LocalPoliceArea,
            _ when h.Contains("polisområde", StringComparison.Ordinal) => AreaKind.PoliceArea,
            _ when h.Contains("stadsdel", StringComparison.Ordinal) => AreaKind.District,
            _ when h.Contains("kommun", StringComparison.Ordinal) => AreaKind.Municipality,
            _ => null,
        };
    }

    /// <summary>One file's table while it is melted.</summary>
    private sealed class Table(string fileHash, Catalog catalog, ReadOptions options, IssueList issues, PxWebLayout layout, InputKind kind)
    {
        private readonly AreaLookup _areas = new(catalog.Areas);
        private readonly KeyTracker _keys = new();
        private readonly LabelIssues _labels = new();
        private readonly List<(int Index, Role Role, string Header)> _stub = [];
        private readonly List<(int Index, PxWebHeader Header, string Content)> _periods = [];
        private readonly List<(int Line, List<string> Fields)> _rows = [];

        public List<Observation> Observations { get; } = [];

        public char DecimalMark { get; private set; } = ',';

        public void Read()
        {
            if (!ReadHeading() || !SplitRows())
            {
                return;
            }

            DecimalMark = Sniff();
            var contents = ChooseContents();
            if (contents is null || !CheckStub())
            {
                return;
            }

            var areaColumns = _stub.Where(s => s.Role == Role.Area).Select(s => s.Index).ToList();
            if (areaColumns.Count == 0)
            {
                areaColumns.Add(_stub[0].Index);
            }

            var areaKind = options.AreaKind ?? _stub.Where(s => s.Role == Role.Area).Select(s => AreaKindOf(s.Header)).FirstOrDefault(k => k is not null);
            foreach (var (line, fields) in _rows)
            {
                ReadRow(line, fields, areaColumns, areaKind, contents);
            }

            _labels.Report(issues, _areas, catalog);
        }

        private bool ReadHeading()
        {
            for (var i = 0; i < layout.FirstPeriodColumn; i++)
            {
                var header = i < layout.HeaderCells.Count ? layout.HeaderCells[i].Trim() : "";
                _stub.Add((i, RoleOf(header), header.Length > 0 ? header : $"column {i + 1}"));
            }

            var ok = true;
            for (var i = layout.FirstPeriodColumn; i < layout.PeriodCells.Count; i++)
            {
                var cell = layout.PeriodCells[i].Trim();
                if (cell.Length == 0)
                {
                    continue;
                }

                if (!PxWebHeader.TryParse(cell, out var header))
                {
                    issues.Error(layout.PeriodLine, i + 1, IngestionMessages.Format(IngestionMessages.PxHeaderNotPeriod, cell), IngestionMessages.PxHeaderNotPeriodHint);
                    ok = false;
                    continue;
                }

                if (kind == InputKind.Population && header.Period.Kind != PeriodKind.Year)
                {
                    issues.Error(layout.PeriodLine, i + 1, IngestionMessages.Format(IngestionMessages.NotAYear, cell, kind.ToName()), IngestionMessages.NotAYearHint);
                    ok = false;
                    continue;
                }

                if (!PeriodChecks.CheckPlausible(issues, layout.PeriodLine, i + 1, cell, header.Period, options))
                {
                    ok = false;
                    continue;
                }

                var above = layout.HeaderLine != layout.PeriodLine && i < layout.HeaderCells.Count ? layout.HeaderCells[i].Trim() : "";
                _periods.Add((i, header, above.Length > 0 ? above : header.Content));
            }

            return ok;
        }

        private bool SplitRows()
        {
            var errors = issues.ErrorCount;
            foreach (var (line, text) in layout.DataLines)
            {
                var fields = new List<string>();
                if (!CsvLineSplitter.TrySplit(text, layout.Separator, fields, out var column, out var error))
                {
                    issues.Error(line, column, error!, IngestionMessages.QuoteHint);
                    continue;
                }

                var width = layout.PeriodCells.Count;
                if (fields.Count < width)
                {
                    issues.Error(line, 0, IngestionMessages.Format(IngestionMessages.TooFewFields, fields.Count, width), IngestionMessages.Format(IngestionMessages.TooFewFieldsHint, SeparatorDetector.Show(layout.Separator)));
                    continue;
                }

                var extra = fields.FindIndex(width, f => f.Length > 0);
                if (extra >= 0)
                {
                    issues.Error(line, extra + 1, IngestionMessages.Format(IngestionMessages.TooManyFields, fields.Count, width, extra + 1), IngestionMessages.Format(IngestionMessages.TooManyFieldsHint, SeparatorDetector.Show(layout.Separator)));
                    continue;
                }

                _rows.Add((line, fields));
            }

            if (layout.DataLines.Count == 0)
            {
                issues.Error(layout.PeriodLine, 0, IngestionMessages.NoDataRows, IngestionMessages.NoDataRowsHint);
            }

            return issues.ErrorCount == errors;
        }

        /// <summary><c>;</c> → comma, <c>,</c> → point, tab or space → what the numbers show.</summary>
        private char Sniff()
        {
            switch (layout.Separator)
            {
                case ';':
                    return ',';
                case ',':
                    return '.';
            }

            int comma = 0, point = 0;
            foreach (var (_, fields) in _rows)
            {
                foreach (var (index, _, _) in _periods)
                {
                    switch (NumberText.DecimalMarkVote(fields[index]))
                    {
                        case ',':
                            comma++;
                            break;
                        case '.':
                            point++;
                            break;
                    }
                }
            }

            return comma > point ? ',' : '.';
        }

        /// <summary>The contents to read: all when there is one; the kind's own when there are several.</summary>
        private HashSet<string>? ChooseContents()
        {
            var contentStub = _stub.FirstOrDefault(s => s.Role == Role.Content);
            var all = _periods.Select(p => p.Content)
                .Concat(contentStub.Header is null ? [] : _rows.Select(r => r.Fields[contentStub.Index]))
                .Where(c => c.Length > 0)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            if (all.Count <= 1)
            {
                return new HashSet<string>(all.Append(""), StringComparer.OrdinalIgnoreCase);
            }

            var own = kind == InputKind.Population
                ? all.Where(c => PopulationContents.Any(p => c.Contains(p, StringComparison.OrdinalIgnoreCase))).ToList()
                : [];
            if (own.Count != 1)
            {
                issues.Error(layout.HeaderLine, 0, IngestionMessages.Format(IngestionMessages.PxSeveralContents, string.Join(", ", all.Select(c => $"'{c}'")), kind.ToName()), IngestionMessages.PxSeveralContentsHint);
                return null;
            }

            issues.Warning(layout.HeaderLine, 0, IngestionMessages.Format(IngestionMessages.PxContentsIgnored, string.Join(", ", all.Except(own).Select(c => $"'{c}'")), own[0]), IngestionMessages.PxContentsIgnoredHint);
            return new HashSet<string>(own.Append(""), StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>The stub the kind needs is there; a variable the kind cannot store has one value only.</summary>
        private bool CheckStub()
        {
            var ok = true;
            (Role Role, string What, string Names)? needed = kind switch
            {
                InputKind.Crime => (Role.Category, "brottskategorier", "brott, brottstyp eller kategori"),
                InputKind.Measurement => (Role.Indicator, "indikatorer", "indikator eller indicator"),
                _ => null,
            };
            if (needed is { } n && _stub.TrueForAll(s => s.Role != n.Role))
            {
                issues.Error(layout.HeaderLine, 0, IngestionMessages.Format(IngestionMessages.PxNeedsStub, kind.ToName(), n.What, n.Names), IngestionMessages.PxNeedsStubHint);
                ok = false;
            }

            foreach (var (index, role, header) in _stub)
            {
                var stored = role switch
                {
                    Role.Area or Role.Content => true,
                    Role.Sex or Role.Age => kind == InputKind.Population,
                    Role.Category => kind == InputKind.Crime,
                    Role.Indicator => kind == InputKind.Measurement,
                    _ => false,
                };
                if (stored || (role == Role.Other && index == 0 && _stub.TrueForAll(s => s.Role != Role.Area)))
                {
                    continue;
                }

                var values = _rows.Select(r => r.Fields[index]).Distinct(StringComparer.OrdinalIgnoreCase).Take(2).ToList();
                if (values.Count > 1)
                {
                    var second = _rows.First(r => !string.Equals(r.Fields[index], values[0], StringComparison.OrdinalIgnoreCase));
                    issues.Error(second.Line, index + 1, IngestionMessages.Format(IngestionMessages.PxStubVaries, header, values[0], values[1], kind.ToName()), IngestionMessages.PxStubVariesHint);
                    ok = false;
                }
            }

            return ok;
        }

        private void ReadRow(int line, List<string> fields, List<int> areaColumns, AreaKind? areaKind, HashSet<string> contents)
        {
            var contentStub = _stub.FirstOrDefault(s => s.Role == Role.Content);
            if (contentStub.Header is not null && !contents.Contains(fields[contentStub.Index]))
            {
                return;
            }

            var labels = AreaLabels(fields, areaColumns);
            if (labels.Count == 0 || labels[0].Length == 0)
            {
                issues.Error(line, areaColumns[0] + 1, IngestionMessages.Format(IngestionMessages.EmptyValue, _stub[areaColumns[0]].Header), IngestionMessages.Format(IngestionMessages.EmptyValueHint, _stub[areaColumns[0]].Header));
                return;
            }

            var (subject, breakdown) = Subject(line, fields);
            if (subject is null)
            {
                return;
            }

            var notValid = new List<Period>();
            AreaResolution? notValidResolution = null;
            foreach (var (index, header, content) in _periods)
            {
                if (!contents.Contains(content))
                {
                    continue;
                }

                var text = NumberText.Trim(fields[index]);
                if (!ReadValue(line, index, text, out var value, out var marker))
                {
                    continue;
                }

                var resolution = Resolve(labels, header.Period, areaKind);
                switch (resolution.Status)
                {
                    case AreaResolutionStatus.Resolved:
                        break;
                    case AreaResolutionStatus.NotValidForPeriod:
                        // '..' for an area that did not exist yet is what the publisher should write: no warning.
                        if (value is not null)
                        {
                            notValid.Add(header.Period);
                            notValidResolution = resolution;
                        }

                        continue;
                    case AreaResolutionStatus.Ambiguous:
                        _labels.AmbiguousArea(labels[0], header.Period, resolution.Candidates, line, areaColumns[0] + 1);
                        return;
                    case AreaResolutionStatus.Unknown when resolution.Candidates.Count > 0:
                        AreaCells.ReportWrongKind(issues, line, areaColumns[0] + 1, labels[0], areaKind, resolution.Candidates);
                        return;
                    default:
                        _labels.UnknownArea(labels[0], line, areaColumns[0] + 1);
                        return;
                }

                var observation = new Observation
                {
                    Dataset = kind switch { InputKind.Crime => Dataset.Crime, InputKind.Measurement => Dataset.Measurement, _ => Dataset.Population },
                    AreaId = resolution.Area!.Id,
                    Period = header.Period,
                    Subject = subject,
                    Breakdown = breakdown,
                    Value = value,
                    Status = marker ?? ObservationStatus.Ok,
                    Lineage = new Lineage(fileHash, 0, line, line),
                };
                if (_keys.Add(observation, line, issues, index + 1))
                {
                    Observations.Add(observation);
                }
            }

            if (notValid.Count > 0)
            {
                var shown = string.Join(", ", notValid.Select(p => p.ToString()));
                issues.Warning(line, areaColumns[0] + 1, IngestionMessages.Format(IngestionMessages.PxAreaNotValid, labels[0], AreaCells.Ids(notValidResolution!), shown), AreaCells.NotValidHint(_areas, notValidResolution!));
            }
        }

        /// <summary>The spellings to try: "0180 Stockholm", then the code, then the text.</summary>
        private static List<string> AreaLabels(List<string> fields, List<int> areaColumns)
        {
            var cells = areaColumns.Select(i => fields[i].Trim()).Where(c => c.Length > 0).ToList();
            var labels = new List<string>();
            if (cells.Count >= 2)
            {
                labels.Add($"{cells[0]} {cells[1]}");
                labels.AddRange(cells);
            }
            else if (cells.Count == 1)
            {
                labels.Add(cells[0]);
                var space = cells[0].IndexOf(' ', StringComparison.Ordinal);
                if (space > 0 && cells[0][..space].Any(char.IsAsciiDigit))
                {
                    labels.Add(cells[0][..space]);
                    labels.Add(cells[0][(space + 1)..].Trim());
                }
            }

            return labels;
        }

        private AreaResolution Resolve(List<string> labels, Period period, AreaKind? areaKind)
        {
            AreaResolution? first = null;
            foreach (var label in labels)
            {
                var resolution = _areas.Resolve(label, period, areaKind);
                if (resolution.Status != AreaResolutionStatus.Unknown)
                {
                    return resolution;
                }

                first ??= resolution;
            }

            return first!;
        }

        /// <summary>The subject and breakdown of a row: age group and sex (population), category or indicator.</summary>
        private (string? Subject, string Breakdown) Subject(int line, List<string> fields)
        {
            string Cell(Role role) => _stub.FirstOrDefault(s => s.Role == role) is { Header: not null } s ? fields[s.Index].Trim() : "";
            int Column(Role role) => _stub.First(s => s.Role == role).Index + 1;
            switch (kind)
            {
                case InputKind.Crime:
                    var label = Cell(Role.Category);
                    if (catalog.FindCrimeCategory(label) is { } category)
                    {
                        return (category.Id, Breakdowns.Total);
                    }

                    _labels.UnknownCategory(label, line, Column(Role.Category));
                    return (null, "");
                case InputKind.Measurement:
                    var indicator = Cell(Role.Indicator);
                    if (indicator.Length == 0)
                    {
                        issues.Error(line, Column(Role.Indicator), IngestionMessages.Format(IngestionMessages.EmptyValue, "indicator"), IngestionMessages.Format(IngestionMessages.EmptyValueHint, "indicator"));
                        return (null, "");
                    }

                    return (indicator.ToLowerInvariant(), Breakdowns.Total);
                default:
                    var age = Cell(Role.Age);
                    var sex = Cell(Role.Sex);
                    if (!Breakdowns.TrySex(sex, out var breakdown))
                    {
                        issues.Error(line, Column(Role.Sex), IngestionMessages.Format(IngestionMessages.UnknownSex, sex), IngestionMessages.UnknownSexHint);
                        return (null, "");
                    }

                    return (Breakdowns.AgeGroup(age), breakdown);
            }
        }

        private bool ReadValue(int line, int index, string text, out double? value, out ObservationStatus? marker)
        {
            var name = layout.PeriodCells[index].Trim();
            if (!PublisherCells.TryRead(text, DecimalMark, dashIsZero: true, out value, out marker))
            {
                var (mark, example) = DecimalMark == ',' ? ("a comma", "1 234,5") : ("a point", "1234.5");
                issues.Error(line, index + 1, IngestionMessages.Format(IngestionMessages.NotANumber, text, name), IngestionMessages.Format(IngestionMessages.NotANumberHint, SeparatorDetector.Show(layout.Separator), mark, example));
                return false;
            }

            if (value is { } v && kind != InputKind.Measurement)
            {
                if (v < 0)
                {
                    issues.Error(line, index + 1, IngestionMessages.Format(IngestionMessages.Negative, text, name), IngestionMessages.NegativeHint);
                    return false;
                }

                if (Math.Floor(v) != v)
                {
                    issues.Error(line, index + 1, IngestionMessages.Format(IngestionMessages.NotWholeNumber, text, name), IngestionMessages.Format(IngestionMessages.NotWholeNumberHint, name));
                    return false;
                }
            }

            return true;
        }
    }
}
