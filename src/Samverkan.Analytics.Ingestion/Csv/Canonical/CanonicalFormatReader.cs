using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Ingestion.Csv.Areas;
using Samverkan.Analytics.Ingestion.Csv.Checks;
using Samverkan.Analytics.Ingestion.Importing;
using Samverkan.Analytics.Ingestion.Text;

namespace Samverkan.Analytics.Ingestion.Csv.Canonical;

using Catalog = Samverkan.Analytics.Core.Catalog.Catalog;

/// <summary>
/// Reads the canonical long kinds <c>survey</c>, <c>crime</c>, <c>population</c> and
/// <c>measurement</c> (DESIGN §4.3, docs/input-formats.md). The separator comes from the header
/// line; <c>;</c> files have a decimal comma, <c>,</c> files a decimal point, and tab files the mark
/// their numbers show. Headers match English or Swedish names case-insensitively; the kind comes
/// from the options or the header.
/// </summary>
internal sealed class CanonicalFormatReader : IFormatReader
{
    private static readonly CanonicalColumn[] NumericColumns =
    [
        CanonicalColumn.Respondents, CanonicalColumn.Positive, CanonicalColumn.Share, CanonicalColumn.WeightedTotal,
        CanonicalColumn.EffectiveN, CanonicalColumn.Count, CanonicalColumn.Population, CanonicalColumn.Value,
        CanonicalColumn.CiLow, CanonicalColumn.CiHigh, CanonicalColumn.N,
    ];

    /// <inheritdoc />
    public string Format => "canonical";

    /// <inheritdoc />
    public int Recognize(SourceText source)
    {
        var header = source.FirstLine();
        if (SeparatorDetector.Detect(header) is not { } separator)
        {
            return 0;
        }

        var columns = header.Split(separator).Select(h => CanonicalColumns.TryMatch(h, out var c) ? c : (CanonicalColumn?)null).OfType<CanonicalColumn>().ToHashSet();
        if (columns.Count < 2 || !columns.Contains(CanonicalColumn.Area))
        {
            return 0;
        }

        return KindSchema.Detect(columns) is null ? 30 : 80;
    }

    /// <inheritdoc />
    public ParsedFile Read(SourceText source, Catalog catalog, ReadOptions options)
    {
        var issues = new IssueList(source.FileName, options.MaxIssues);
        var result = new ParsedFile { FileName = source.FileName, FileHash = source.FileHash, Kind = options.Kind, Format = Format, Detected = DetectedText.Decoding(source.Decoded) };

        var (text, lineOffset, separator) = SplitSepLine(source.Decoded.Text);
        var (headerLine, headerNumber) = FirstNonBlankLine(text);
        if (headerLine.Length == 0)
        {
            issues.Error(0, 0, IngestionMessages.FileEmpty, IngestionMessages.FileEmptyHint);
            return result with { Issues = issues.ToList() };
        }

        separator ??= SeparatorDetector.Detect(headerLine);
        if (separator is not { } sep)
        {
            issues.Error(headerNumber + lineOffset, 0, IngestionMessages.Format(IngestionMessages.NoSeparator, Shorten(headerLine)), IngestionMessages.NoSeparatorHint);
            return result with { Issues = issues.ToList() };
        }

        var table = CsvTable.Read(text, sep, lineOffset, issues);
        result = result with { RowCount = table.Rows.Count, Detected = DetectedText.Join(result.Detected, DetectedText.FieldSeparator(sep)) };
        if (table.Header is not { } header)
        {
            if (!issues.HasErrors)
            {
                issues.Error(0, 0, IngestionMessages.FileEmpty, IngestionMessages.FileEmptyHint);
            }

            return result with { Issues = issues.ToList() };
        }

        var map = HeaderMap.Match(header);
        var errorsBefore = issues.ErrorCount;
        var (kind, schema) = CheckHeader(map, options, issues);
        if (schema is null || issues.ErrorCount > errorsBefore)
        {
            return result with { Kind = kind, Issues = issues.ToList() };
        }

        if (table.Rows.Count == 0)
        {
            issues.Error(header.Line, 0, IngestionMessages.NoDataRows, IngestionMessages.NoDataRowsHint);
            return result with { Kind = schema.Kind, Issues = issues.ToList() };
        }

        var (mark, sniffed) = DecimalMark(sep, map, schema, table.Rows);
        var context = new CanonicalContext
        {
            FileHash = source.FileHash,
            Issues = issues,
            Map = map,
            Schema = schema,
            Separator = sep,
            DecimalMark = mark,
            Catalog = catalog,
            Options = options,
            Areas = new AreaLookup(catalog.Areas),
        };
        var observations = ReadRows(table.Rows, context);
        CheckSharesArePercent(context);
        return result with
        {
            Kind = schema.Kind,
            Detected = DetectedText.Join(result.Detected, DetectedText.DecimalMark(mark, sniffed)),
            Observations = observations,
            Issues = issues.ToList(),
        };
    }

    private static List<Observation> ReadRows(IReadOnlyList<CsvLine> rows, CanonicalContext context)
    {
        var observations = new List<Observation>(rows.Count);
        var keys = new KeyTracker();
        foreach (var line in rows)
        {
            var row = new CanonicalRow(line, context);
            if (!row.CheckFieldCount())
            {
                continue;
            }

            row.CheckFormulaCells();

            var (period, preliminary) = row.ReadPeriod();
            var status = row.ReadStatus();
            if (preliminary && status == ObservationStatus.Ok)
            {
                status = ObservationStatus.Preliminary;
            }

            var errorsBefore = row.HasErrors;
            var areaKind = row.ReadAreaKind();
            var areaId = row.ReadArea(period, areaKind, kindFailed: row.HasErrors && !errorsBefore);
            var head = period is { } p && areaId is not null
                ? new RowHead(areaId, p, status, new Lineage(context.FileHash, 0, line.Line, line.Line))
                : null;
            var observation = context.Schema.Kind switch
            {
                InputKind.Survey => SurveyRows.Read(row, head),
                InputKind.Crime => CrimeRows.Read(row, head),
                InputKind.Population => PopulationRows.Read(row, head),
                _ => MeasurementRows.Read(row, head),
            };
            if (observation is null)
            {
                continue;
            }

            if (!keys.Add(observation, line.Line, context.Issues))
            {
                continue;
            }

            observations.Add(observation);
        }

        return observations;
    }

    private static (InputKind? Kind, KindSchema? Schema) CheckHeader(HeaderMap map, ReadOptions options, IssueList issues)
    {
        var line = map.Header.Line;
        foreach (var (index, column, first) in map.Duplicates)
        {
            issues.Error(line, index + 1, IngestionMessages.Format(IngestionMessages.DuplicateColumn, map.Header.Fields[index].Trim(), first + 1, map.Header.Fields[first].Trim()), IngestionMessages.DuplicateColumnHint);
        }

        var supported = string.Join("|", KindSchema.SupportedKinds.Select(k => k.ToName()));
        var kind = options.Kind ?? KindSchema.Detect(map.Columns);
        if (kind is null)
        {
            var found = string.Join(", ", map.Header.Fields.Take(map.FieldCount).Select(f => f.Trim()));
            issues.Error(line, 0, IngestionMessages.Format(IngestionMessages.UnknownKind, found), IngestionMessages.Format(IngestionMessages.UnknownKindHint, string.Join("|", InputKinds.Names)));
            return (null, null);
        }

        if (KindSchema.For(kind.Value) is not { } schema)
        {
            issues.Error(line, 0, IngestionMessages.Format(IngestionMessages.KindNotSupported, kind.Value.ToName()), IngestionMessages.Format(IngestionMessages.KindNotSupportedHint, supported.Replace("|", ", ", StringComparison.Ordinal)));
            return (kind, null);
        }

        var unknown = map.Unknown
            .Concat(map.Columns.Where(c => !schema.Allows(c)).Select(c => (Index: map.IndexOf(c)!.Value, Name: map.Header.Fields[map.IndexOf(c)!.Value].Trim())));
        foreach (var (index, name) in unknown)
        {
            issues.Warning(line, index + 1, IngestionMessages.Format(IngestionMessages.UnknownColumn, name), IngestionMessages.Format(IngestionMessages.UnknownColumnHint, schema.Kind.ToName(), schema.DescribeColumns()));
        }

        foreach (var group in schema.Required)
        {
            if (group.Any(c => map.IndexOf(c) is not null))
            {
                continue;
            }

            if (group.Contains(CanonicalColumn.Share))
            {
                issues.Error(line, 0, IngestionMessages.MissingShareOrPositive, IngestionMessages.MissingShareOrPositiveHint);
                continue;
            }

            var spellings = string.Join(" eller ", group.Select(CanonicalColumns.Describe));
            issues.Error(line, 0, IngestionMessages.Format(IngestionMessages.MissingColumn, CanonicalColumns.Name(group[0])), IngestionMessages.Format(IngestionMessages.MissingColumnHint, spellings));
        }

        return (kind, schema);
    }

    /// <summary><c>;</c> → comma, <c>,</c> → point, tab → what the numbers show (point when they show nothing).</summary>
    private static (char Mark, bool Sniffed) DecimalMark(char separator, HeaderMap map, KindSchema schema, IReadOnlyList<CsvLine> rows)
    {
        switch (separator)
        {
            case ';':
                return (',', false);
            case ',':
                return ('.', false);
        }

        int comma = 0, point = 0;
        var indexes = NumericColumns.Where(schema.Allows).Select(map.IndexOf).OfType<int>().ToList();
        foreach (var row in rows)
        {
            foreach (var i in indexes.Where(i => i < row.Fields.Count))
            {
                switch (NumberText.DecimalMarkVote(row.Fields[i]))
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

        return (comma > point ? ',' : '.', true);
    }

    /// <summary>Shares are percentages: a file whose shares are all at most 1, some with decimals, gave fractions.</summary>
    private static void CheckSharesArePercent(CanonicalContext context)
    {
        var shares = context.Shares;
        if (shares.Count >= 2 && shares.TrueForAll(s => s.Percent <= 1) && shares.Exists(s => s.Percent != Math.Floor(s.Percent)))
        {
            var example = shares.First(s => s.Percent != Math.Floor(s.Percent));
            context.Issues.Error(example.Line, example.Column, IngestionMessages.Format(IngestionMessages.SharesLookLikeFractions, example.Text, example.Line), IngestionMessages.SharesLookLikeFractionsHint);
        }
    }

    /// <summary>Cuts an Excel <c>sep=X</c> first line off, returning the rest and its separator.</summary>
    private static (string Text, int LineOffset, char? Separator) SplitSepLine(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var first = end < 0 ? text : text[..end];
        return SeparatorDetector.FromSepLine(first) is { } sep
            ? (end < 0 ? "" : text[(end + 1)..], 1, sep)
            : (text, 0, null);
    }

    private static (string Line, int Number) FirstNonBlankLine(string text)
    {
        var number = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            number++;
            if (!line.IsWhiteSpace())
            {
                return (line.ToString(), number);
            }
        }

        return ("", 0);
    }

    private static string Shorten(string line) => line.Length <= 60 ? line : line[..57] + "...";
}
