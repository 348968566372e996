using Samverkan.Analytics.Ingestion.Csv.Canonical;

namespace Samverkan.Analytics.Ingestion.Csv.Streaming;

/// <summary>
/// A CSV table read one line at a time from a <see cref="TextReader"/>, so memory does not grow with
/// the file: an Excel <c>sep=</c> line is honoured, the separator comes from the header, blank lines
/// and lines of separators only are skipped, and a malformed line is reported (line, column) and
/// left out. Line numbers are physical lines (LF, CRLF and a lone CR each end one).
/// </summary>
internal sealed class LineTable : IDisposable
{
    private readonly TextReader _reader;
    private readonly IssueList _issues;
    private int _line;

    private LineTable(TextReader reader, IssueList issues)
    {
        _reader = reader;
        _issues = issues;
    }

    /// <summary>The header record as written (match its cells with <see cref="CanonicalColumns.Normalize"/>).</summary>
    public CsvLine Header { get; private set; } = new(0, []);

    /// <summary>The separator.</summary>
    public char Separator { get; private set; }

    /// <summary>The number of data rows read so far (left-out malformed lines included).</summary>
    public int RowCount { get; private set; }

    /// <summary>Opens the table and reads its header; null (with an error) when there is none.</summary>
    public static LineTable? Open(SourceText source, IssueList issues)
    {
        var table = new LineTable(source.OpenText(), issues);
        char? separator = null;
        while (table.NextLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (separator is null && SeparatorDetector.FromSepLine(line) is { } sep)
            {
                separator = sep;
                continue;
            }

            separator ??= SeparatorDetector.Detect(line);
            if (separator is not { } s)
            {
                issues.Error(table._line, 0, IngestionMessages.Format(IngestionMessages.NoSeparator, line.Length <= 60 ? line : line[..57] + "..."), IngestionMessages.NoSeparatorHint);
                table.Dispose();
                return null;
            }

            var fields = new List<string>();
            if (!CsvLineSplitter.TrySplit(line, s, fields, out var column, out var error))
            {
                issues.Error(table._line, column, error!, IngestionMessages.QuoteHint);
                table.Dispose();
                return null;
            }

            table.Separator = s;
            table.Header = new CsvLine(table._line, fields.Select(f => f.Trim('\uFEFF')).ToList());
            return table;
        }

        issues.Error(0, 0, IngestionMessages.FileEmpty, IngestionMessages.FileEmptyHint);
        table.Dispose();
        return null;
    }

    /// <summary>The data rows, one at a time.</summary>
    public IEnumerable<CsvLine> Rows()
    {
        var fields = new List<string>();
        while (NextLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line) || line.All(c => c == Separator || char.IsWhiteSpace(c)))
            {
                continue;
            }

            RowCount++;
            if (!CsvLineSplitter.TrySplit(line, Separator, fields, out var column, out var error))
            {
                _issues.Error(_line, column, error!, IngestionMessages.QuoteHint);
                continue;
            }

            yield return new CsvLine(_line, fields.ToArray());
        }
    }

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();

    private string? NextLine()
    {
        var line = _reader.ReadLine();
        if (line is not null)
        {
            _line++;
        }

        return line;
    }
}
