using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Ingestion.Csv.Areas;
using Samverkan.Analytics.Ingestion.Csv.Checks;
using Samverkan.Analytics.Ingestion.Importing;
using Samverkan.Analytics.Ingestion.Text;

namespace Samverkan.Analytics.Ingestion.Csv.Bra;

using Catalog = Samverkan.Analytics.Core.Catalog.Catalog;

/// <summary>
/// BRÅ's statistics database (Solwebb) "Databasfil" export, read as delivered (domain.md §5.1):
/// <c>Region;Brott;År;Period;Antal;/100 000 inv</c>, ISO-8859-1, <c>;</c> without quoting, a trailing
/// <c>;</c> on data rows (6 header fields, 7 row fields), a final lone CR, <c>2023 prel.</c> for
/// preliminary figures, Swedish month abbreviations, <c>..</c> (and a lone <c>-</c>) for missing.
/// Parent categories repeated once per selected child are de-duplicated; region labels resolve
/// through the catalogue's aliases (with their validity) and crime labels through its category_map;
/// the rate column is checked against the count and the stored population.
/// </summary>
internal sealed class BraSolwebbReader : IFormatReader
{
    private enum Col
    {
        Region,
        Crime,
        Year,
        Period,
        Count,
        Rate,
    }

    /// <inheritdoc />
    public string Format => "bra-solwebb";

    /// <inheritdoc />
    public int Recognize(SourceText source)
    {
        var columns = MatchHeader(source.FirstLine().Split(';'));
        return columns.ContainsKey(Col.Region) && columns.ContainsKey(Col.Crime) && columns.ContainsKey(Col.Year) ? 95 : 0;
    }

    /// <inheritdoc />
    public ParsedFile Read(SourceText source, Catalog catalog, ReadOptions options)
    {
        var issues = new IssueList(source.FileName, options.MaxIssues);
        var result = new ParsedFile
        {
            FileName = source.FileName,
            FileHash = source.FileHash,
            Kind = InputKind.Crime,
            Format = Format,
            Detected = DetectedText.Join(DetectedText.Decoding(source.Decoded), DetectedText.FieldSeparator(';')),
        };
        if (options.Kind is { } kind && kind != InputKind.Crime)
        {
            issues.Error(0, 0, IngestionMessages.Format(IngestionMessages.KindDoesNotFit, "BRÅ", "crime counts", kind.ToName()), IngestionMessages.Format(IngestionMessages.KindDoesNotFitHint, "crime"));
            return result with { Kind = kind, Issues = issues.ToList() };
        }

        var table = CsvTable.Read(source.Decoded.Text, ';', 0, issues);
        if (table.Header is not { } header)
        {
            issues.Error(0, 0, IngestionMessages.FileEmpty, IngestionMessages.FileEmptyHint);
            return result with { Issues = issues.ToList() };
        }

        var columns = MatchHeader(header.Fields);
        var fieldCount = header.Fields.Count;
        while (fieldCount > 0 && string.IsNullOrWhiteSpace(header.Fields[fieldCount - 1]))
        {
            fieldCount--;
        }

        for (var i = 0; i < fieldCount; i++)
        {
            if (!columns.ContainsValue(i))
            {
                issues.Warning(header.Line, i + 1, IngestionMessages.Format(IngestionMessages.UnknownColumn, header.Fields[i].Trim()), IngestionMessages.BraMissingColumnHint);
            }
        }

        foreach (var (required, name) in new[] { (Col.Region, "Region"), (Col.Crime, "Brott"), (Col.Year, "År"), (Col.Count, "Antal") })
        {
            if (!columns.ContainsKey(required))
            {
                issues.Error(header.Line, 0, IngestionMessages.Format(IngestionMessages.BraMissingColumn, name), IngestionMessages.BraMissingColumnHint);
            }
        }

        if (issues.HasErrors)
        {
            return result with { Issues = issues.ToList() };
        }

        if (table.Rows.Count == 0)
        {
            issues.Error(header.Line, 0, IngestionMessages.NoDataRows, IngestionMessages.NoDataRowsHint);
            return result with { Issues = issues.ToList() };
        }

        var state = new State(source.FileHash, catalog, options, issues, columns, header, fieldCount);
        foreach (var row in table.Rows)
        {
            state.ReadRow(row);
        }

        state.Labels.Report(issues, state.Areas, catalog);
        state.Rates.Report(issues, catalog.Areas);
        var detected = DetectedText.Join(result.Detected, state.RepeatsRemoved > 0 ? DetectedText.RepeatsRemoved(state.RepeatsRemoved) : null);
        return result with { Detected = detected, RowCount = table.Rows.Count, Observations = state.Observations, Issues = issues.ToList() };
    }

    private static Dictionary<Col, int> MatchHeader(IReadOnlyList<string> fields)
    {
        var columns = new Dictionary<Col, int>();
        for (var i = 0; i < fields.Count; i++)
        {
            var name = string.Join(' ', fields[i].Trim().Trim('"').ToLowerInvariant().Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
            Col? col = name switch
            {
                "region" or "område" => Col.Region,
                "brott" or "brottstyp" or "brottskategori" => Col.Crime,
                "år" => Col.Year,
                "period" or "månad" => Col.Period,
                "antal" => Col.Count,
                _ when name.Replace(" ", "", StringComparison.Ordinal) is var compact
                    && (compact.StartsWith("/100000", StringComparison.Ordinal) || compact.StartsWith("per100000", StringComparison.Ordinal)) => Col.Rate,
                _ => null,
            };
            if (col is { } c)
            {
                columns.TryAdd(c, i);
            }
        }

        return columns;
    }

    /// <summary>Everything one file's rows share while they are read.</summary>
    private sealed class State(string fileHash, Catalog catalog, ReadOptions options, IssueList issues, Dictionary<Col, int> columns, CsvLine header, int fieldCount)
    {
        private readonly Dictionary<(string, string, string, string), (int Line, string Count, string Rate)> _raw = [];
        private readonly KeyTracker _keys = new();

        public AreaLookup Areas { get; } = new(catalog.Areas);

        public LabelIssues Labels { get; } = new();

        public RateCheck Rates { get; } = new(options.Populations);

        public List<Observation> Observations { get; } = [];

        public int RepeatsRemoved { get; private set; }

        public void ReadRow(CsvLine row)
        {
            if (!CheckFieldCount(row))
            {
                return;
            }

            var region = Cell(row, Col.Region);
            var crime = Cell(row, Col.Crime);
            var yearText = Cell(row, Col.Year);
            var periodText = Cell(row, Col.Period);
            var countText = Cell(row, Col.Count);
            var rateText = Cell(row, Col.Rate);

            // A parent category selected with its children comes once per child, with the same numbers.
            var raw = (AreaNames.Normalize(region), crime.ToLowerInvariant(), yearText.ToLowerInvariant(), periodText.ToLowerInvariant());
            if (_raw.TryGetValue(raw, out var first))
            {
                if (first.Count == countText && first.Rate == rateText)
                {
                    RepeatsRemoved++;
                }
                else
                {
                    var (shown, before) = first.Count != countText ? (countText, first.Count) : (rateText, first.Rate);
                    issues.Error(row.Line, Column(first.Count != countText ? Col.Count : Col.Rate), IngestionMessages.Format(IngestionMessages.BraRepeatDiffers, row.Line, first.Line, shown, before), IngestionMessages.BraRepeatDiffersHint);
                }

                return;
            }

            _raw[raw] = (row.Line, countText, rateText);
            var errors = issues.ErrorCount;
            if (region.Length == 0)
            {
                issues.Error(row.Line, Column(Col.Region), IngestionMessages.Format(IngestionMessages.EmptyValue, header.Fields[columns[Col.Region]].Trim()), IngestionMessages.Format(IngestionMessages.EmptyValueHint, header.Fields[columns[Col.Region]].Trim()));
            }

            var category = crime.Length == 0 ? null : catalog.FindCrimeCategory(crime);
            if (crime.Length == 0)
            {
                issues.Error(row.Line, Column(Col.Crime), IngestionMessages.Format(IngestionMessages.EmptyValue, "Brott"), IngestionMessages.Format(IngestionMessages.EmptyValueHint, "Brott"));
            }
            else if (category is null)
            {
                Labels.UnknownCategory(crime, row.Line, Column(Col.Crime));
            }

            var (period, preliminary) = ReadPeriod(row, yearText, periodText);
            var count = ReadNumber(row, Col.Count, countText, whole: true);
            var rate = columns.ContainsKey(Col.Rate) ? ReadNumber(row, Col.Rate, rateText, whole: false) : default;
            var areaId = period is { } p && region.Length > 0 ? ResolveArea(region, p, row.Line) : null;
            if (issues.ErrorCount > errors || category is null || areaId is null || period is null || !count.Ok)
            {
                return;
            }

            var observation = new Observation
            {
                Dataset = Dataset.Crime,
                AreaId = areaId,
                Period = period.Value,
                Subject = category.Id,
                Value = count.Value,
                Status = count.Marker ?? (preliminary ? ObservationStatus.Preliminary : ObservationStatus.Ok),
                Lineage = new Lineage(fileHash, 0, row.Line, row.Line),
            };
            if (!_keys.Add(observation, row.Line, issues, Column(Col.Crime)))
            {
                return;
            }

            Observations.Add(observation);
            if (count.Value is { } n && rate.Value is { } r)
            {
                Rates.Add(areaId, period.Value, n, r, row.Line, Column(Col.Rate));
            }
        }

        private bool CheckFieldCount(CsvLine row)
        {
            if (row.Fields.Count < fieldCount)
            {
                issues.Error(row.Line, 0, IngestionMessages.Format(IngestionMessages.TooFewFields, row.Fields.Count, fieldCount), IngestionMessages.Format(IngestionMessages.TooFewFieldsHint, "';'"));
                return false;
            }

            for (var i = fieldCount; i < row.Fields.Count; i++)
            {
                if (!string.IsNullOrWhiteSpace(row.Fields[i]))
                {
                    issues.Error(row.Line, i + 1, IngestionMessages.Format(IngestionMessages.TooManyFields, row.Fields.Count, fieldCount, i + 1), IngestionMessages.Format(IngestionMessages.TooManyFieldsHint, "';'"));
                    return false;
                }
            }

            return true;
        }

        private (Period? Period, bool Preliminary) ReadPeriod(CsvLine row, string yearText, string periodText)
        {
            if (!PeriodText.TryParse(yearText, out var year, out var preliminary) || year.Kind != PeriodKind.Year)
            {
                issues.Error(row.Line, Column(Col.Year), IngestionMessages.Format(IngestionMessages.BraNotAYear, yearText, header.Fields[columns[Col.Year]].Trim()), IngestionMessages.BraNotAYearHint);
                return (null, false);
            }

            Period period;
            if (!columns.ContainsKey(Col.Period) || SwedishMonths.IsWholeYear(periodText))
            {
                period = year;
            }
            else if (SwedishMonths.Month(periodText) is { } month)
            {
                period = Period.OfMonth(year.Year, month);
            }
            else if (SwedishMonths.Quarter(periodText) is { } quarter)
            {
                period = Period.OfQuarter(year.Year, quarter);
            }
            else
            {
                issues.Error(row.Line, Column(Col.Period), IngestionMessages.Format(IngestionMessages.BraNotAMonth, periodText, header.Fields[columns[Col.Period]].Trim()), IngestionMessages.BraNotAMonthHint);
                return (null, false);
            }

            var shown = columns.ContainsKey(Col.Period) && periodText.Length > 0 ? $"{yearText} {periodText}" : yearText;
            return PeriodChecks.CheckPlausible(issues, row.Line, Column(Col.Year), shown, period, options) ? (period, preliminary) : (null, false);
        }

        private (bool Ok, double? Value, ObservationStatus? Marker) ReadNumber(CsvLine row, Col col, string text, bool whole)
        {
            var name = header.Fields[columns[col]].Trim();
            if (!PublisherCells.TryRead(text, ',', dashIsZero: false, out var value, out var marker))
            {
                issues.Error(row.Line, Column(col), IngestionMessages.Format(IngestionMessages.NotANumber, text, name), IngestionMessages.Format(IngestionMessages.NotANumberHint, "';'", "a comma", "1 234"));
                return (false, null, null);
            }

            if (value is { } v && whole && Math.Floor(v) != v)
            {
                issues.Error(row.Line, Column(col), IngestionMessages.Format(IngestionMessages.NotWholeNumber, text, name), IngestionMessages.Format(IngestionMessages.NotWholeNumberHint, name));
                return (false, null, null);
            }

            if (value < 0)
            {
                issues.Error(row.Line, Column(col), IngestionMessages.Format(IngestionMessages.Negative, text, name), IngestionMessages.NegativeHint);
                return (false, null, null);
            }

            return (true, value, marker);
        }

        /// <summary>BRÅ has no police areas: a name shared with one means the district (or municipality).</summary>
        private string? ResolveArea(string region, Period period, int line)
        {
            var resolution = Areas.Resolve(region, period, options.AreaKind);
            if (resolution.Status == AreaResolutionStatus.Ambiguous && options.AreaKind is null)
            {
                foreach (var kind in new[] { AreaKind.District, AreaKind.Municipality })
                {
                    var narrowed = Areas.Resolve(region, period, kind);
                    if (narrowed.Status != AreaResolutionStatus.Unknown)
                    {
                        resolution = narrowed;
                        break;
                    }
                }
            }

            switch (resolution.Status)
            {
                case AreaResolutionStatus.Resolved:
                    return resolution.Area!.Id;
                case AreaResolutionStatus.Unknown when resolution.Candidates.Count > 0:
                    AreaCells.ReportWrongKind(issues, line, Column(Col.Region), region, options.AreaKind, resolution.Candidates);
                    return null;
                case AreaResolutionStatus.Unknown:
                    Labels.UnknownArea(region, line, Column(Col.Region));
                    return null;
                case AreaResolutionStatus.Ambiguous:
                    Labels.AmbiguousArea(region, period, resolution.Candidates, line, Column(Col.Region));
                    return null;
                default:
                    Labels.AreaNotValid(region, resolution, period, line, Column(Col.Region));
                    return null;
            }
        }

        private string Cell(CsvLine row, Col col) =>
            columns.TryGetValue(col, out var i) && i < row.Fields.Count ? NumberText.Trim(row.Fields[i]) : "";

        private int Column(Col col) => columns.TryGetValue(col, out var i) ? i + 1 : 0;
    }
}
