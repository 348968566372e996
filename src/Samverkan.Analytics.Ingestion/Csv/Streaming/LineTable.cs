using Samverkan.Analytics.Ingestion.Csv.Canonical;

namespace Samverkan.Analytics.Ingestion.Csv.Streaming;

/// <summary>
/// A CSV table read one line at a time from a <see cref="TextReader"/>, so memory does not grow with
/// the file: an Excel <c>sep=</c> line is honoured, the separator comes from the header, blank lines
/// and lines of separators only are skipped, and a malformed line is reported (line, column) and
/// left out. Line numbers are physical lines (LF, CRLF and a lone CR each end one, as
/// <see cref="TextReader.ReadLine"/> counts them).
/// <para>
/// The rows are read into a reused character buffer and split without allocating
/// (<see cref="NextRow"/>, <see cref="Field"/>): a line without quotes is cut at its separators and
/// each field trimmed, exactly as <see cref="CsvLineSplitter"/> would; a line with a quote goes
/// through <see cref="CsvLineSplitter"/> itself. <see cref="Materialize"/> gives the current row as a
/// <see cref="CsvLine"/> for the checks that report problems, so the messages stay the same.
/// </para>
/// </summary>
internal sealed class LineTable : IDisposable
{
    private readonly TextReader _reader;
    private readonly IssueList _issues;
    private readonly List<string> _quoted = [];
    private IReadOnlyList<Func<TextReader>> _chunks = [];
    private char[] _buffer = new char[1 << 16];
    private int _start;
    private int _end;
    private bool _eof;
    private bool _afterCr;
    private int _line;
    private int _lineStart;
    private int _lineLength;
    private int[] _fieldStart = new int[16];
    private int[] _fieldLength = new int[16];
    private bool _isQuoted;

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

    /// <summary>The current row's physical line.</summary>
    public int Line => _line;

    /// <summary>The number of fields of the current row.</summary>
    public int FieldCount { get; private set; }

    /// <summary>The number of pieces the file is read in (<see cref="TextChunks"/>): 1 when it is read whole.</summary>
    public int ChunkCount => _chunks.Count;

    /// <summary>
    /// Opens the table and reads its header; null (with an error) when there is none. With
    /// <paramref name="chunkBytes"/> above 0 a long file is cut into pieces (<see cref="TextChunks"/>):
    /// this table reads the first, <see cref="OpenChunk"/> the others.
    /// </summary>
    public static LineTable? Open(SourceText source, IssueList issues, int chunkBytes = 0)
    {
        var chunks = TextChunks.Split(source, chunkBytes);
        var table = new LineTable(chunks[0](), issues) { _chunks = chunks };
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

        table.Dispose();
        if (chunks.Count > 1)
        {
            // Blank lines all through the first piece: read the file whole.
            return Open(source, issues);
        }

        issues.Error(0, 0, IngestionMessages.FileEmpty, IngestionMessages.FileEmptyHint);
        return null;
    }

    /// <summary>
    /// The table of piece <paramref name="index"/> (1 or more) of the file this table opened: the same
    /// header and separator, lines counted from the piece's start (add the lines of the pieces before
    /// it), malformed lines reported to <paramref name="issues"/>.
    /// </summary>
    public LineTable OpenChunk(int index, IssueList issues) =>
        new(_chunks[index](), issues) { _chunks = [], Header = Header, Separator = Separator };

    /// <summary>Adds the rows of a later piece (<see cref="OpenChunk"/>) to <see cref="RowCount"/>.</summary>
    public void Absorb(LineTable chunk) => RowCount += chunk.RowCount;

    /// <summary>
    /// Moves to the next data row, skipping blank lines and lines of separators only, and reporting
    /// (and skipping) a line with malformed quotes; false at the end of the file.
    /// </summary>
    public bool NextRow()
    {
        while (NextLineSpan(out var line))
        {
            if (IsBlank(line))
            {
                continue;
            }

            RowCount++;
            if (line.Contains('"'))
            {
                if (!CsvLineSplitter.TrySplit(line.ToString(), Separator, _quoted, out var column, out var error))
                {
                    _issues.Error(_line, column, error!, IngestionMessages.QuoteHint);
                    continue;
                }

                _isQuoted = true;
                FieldCount = _quoted.Count;
                return true;
            }

            _isQuoted = false;
            Split(line);
            return true;
        }

        return false;
    }

    /// <summary>The current row's field <paramref name="index"/>, trimmed and unquoted ("" past the last field).</summary>
    public ReadOnlySpan<char> Field(int index) =>
        (uint)index >= (uint)FieldCount ? default
        : _isQuoted ? _quoted[index].AsSpan()
        : _buffer.AsSpan(_fieldStart[index], _fieldLength[index]);

    /// <summary>The current row as a <see cref="CsvLine"/> (for the checks that report problems).</summary>
    public CsvLine Materialize()
    {
        var fields = new string[FieldCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = Field(i).ToString();
        }

        return new CsvLine(_line, fields);
    }

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();

    /// <summary>Blank, or separators and white space only.</summary>
    private bool IsBlank(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (c != Separator && !char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Cuts a line without quotes at its separators; each field trimmed (as <see cref="CsvLineSplitter"/>).</summary>
    private void Split(ReadOnlySpan<char> line)
    {
        var count = 0;
        var offset = _lineStart;
        while (true)
        {
            var cut = line.IndexOf(Separator);
            var raw = cut < 0 ? line : line[..cut];
            var trimmed = raw.TrimStart();
            var start = offset + (raw.Length - trimmed.Length);
            trimmed = trimmed.TrimEnd();
            if (count == _fieldStart.Length)
            {
                Array.Resize(ref _fieldStart, count * 2);
                Array.Resize(ref _fieldLength, count * 2);
            }

            _fieldStart[count] = start;
            _fieldLength[count] = trimmed.Length;
            count++;
            if (cut < 0)
            {
                break;
            }

            line = line[(cut + 1)..];
            offset += cut + 1;
        }

        FieldCount = count;
    }

    private string? NextLine() => NextLineSpan(out var line) ? line.ToString() : null;

    /// <summary>The next physical line in the buffer (valid until the next call); false at the end.</summary>
    private bool NextLineSpan(out ReadOnlySpan<char> line)
    {
        while (true)
        {
            var pending = _buffer.AsSpan(_start, _end - _start);
            if (_afterCr && pending.Length > 0)
            {
                // A CR ended the last line; an LF right after it belongs to it (CRLF).
                _afterCr = false;
                if (pending[0] == '\n')
                {
                    _start++;
                    continue;
                }
            }

            var stop = pending.IndexOfAny('\n', '\r');
            if (stop >= 0 && (pending[stop] == '\n' || stop + 1 < pending.Length || _eof))
            {
                _lineStart = _start;
                _lineLength = stop;
                _start += stop + 1;
                if (pending[stop] == '\r')
                {
                    if (stop + 1 < pending.Length)
                    {
                        _start += pending[stop + 1] == '\n' ? 1 : 0;
                    }
                    else
                    {
                        _afterCr = true;
                    }
                }

                _line++;
                line = _buffer.AsSpan(_lineStart, _lineLength);
                return true;
            }

            if (_eof)
            {
                if (pending.Length == 0)
                {
                    line = default;
                    return false;
                }

                _lineStart = _start;
                _lineLength = pending.Length;
                _start = _end;
                _line++;
                line = _buffer.AsSpan(_lineStart, _lineLength);
                return true;
            }

            Fill();
        }
    }

    /// <summary>Moves the unread part to the front (growing the buffer for a very long line) and reads more.</summary>
    private void Fill()
    {
        var pending = _end - _start;
        if (pending > _buffer.Length / 2)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        Array.Copy(_buffer, _start, _buffer, 0, pending);
        _start = 0;
        _end = pending;
        var read = _reader.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }
}
