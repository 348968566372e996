using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Samverkan.Analytics.Ingestion.Csv.Canonical;
using Samverkan.Analytics.Ingestion.Text;

namespace Samverkan.Analytics.Ingestion.Csv.Streaming;

/// <summary>
/// A CSV table read one line at a time from UTF-8 bytes (<see cref="TextChunks"/>: a file in another
/// encoding is transcoded as it is read), so memory does not grow with the file: an Excel <c>sep=</c>
/// line is honoured, the separator comes from the header, blank lines and lines of separators only are
/// skipped, and a malformed line is reported (line, column) and left out. Line numbers are physical
/// lines (LF, CRLF and a lone CR each end one, as <see cref="TextReader.ReadLine"/> counts them).
/// <para>
/// The rows are read into a reused byte buffer and split without decoding or allocating
/// (<see cref="NextRow"/>, <see cref="Cell"/>): a line without quotes is cut at its separators and each
/// field trimmed (<see cref="Utf8Cells.Trim"/>), exactly as <see cref="CsvLineSplitter"/> would cut the
/// decoded line; a line with a quote is decoded and goes through <see cref="CsvLineSplitter"/> itself.
/// <see cref="Field"/> gives a field's characters, and <see cref="Materialize"/> the current row as a
/// <see cref="CsvLine"/> for the checks that report problems, so the messages stay the same.
/// </para>
/// </summary>
internal sealed class LineTable : IDisposable
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];
    private static readonly System.Text.Encoding StrictUtf8 = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true);
    private readonly Stream _reader;
    private readonly IssueList _issues;
    private readonly bool _strict;
    private readonly System.Text.Encoding _utf8;
    private readonly List<string> _quoted = [];
    private IReadOnlyList<Func<Stream>> _chunks = [];
    // Rented (and returned by Dispose), so the pieces a core reads one after another share one buffer.
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(1 << 16);

    // The marks of the buffer's bytes (TryNextPlainRow), valid for [0, _markedEnd): -1 after a fill.
    private ulong[] _marks = [];
    private int _markedEnd = -1;
    private byte[] _quotedBytes = new byte[256];
    private char[] _chars = new char[256];
    private int _start;
    private int _end;
    private bool _eof;
    private bool _afterCr;
    private bool _atStart = true;
    private int _line;
    private int _lineStart;
    private int _lineLength;
    private int[] _fieldStart = new int[16];
    private int[] _fieldLength = new int[16];
    private byte _separatorByte;

    // True when the rows can be cut at the buffer's marks (TryNextPlainRow): AVX2, and a separator whose
    // low half differs from those of LF, CR and the quote.
    private bool _markable;
    private bool _isQuoted;

    private LineTable(Stream reader, IssueList issues, bool strict)
    {
        _reader = reader;
        _issues = issues;
        _strict = strict;
        _utf8 = strict ? StrictUtf8 : System.Text.Encoding.UTF8;
    }

    /// <summary>The header record as written (match its cells with <see cref="CanonicalColumns.Normalize"/>).</summary>
    public CsvLine Header { get; private set; } = new(0, []);

    /// <summary>The separator.</summary>
    public char Separator
    {
        get;
        private set
        {
            field = value;
            _separatorByte = value < 0x80 ? (byte)value : (byte)0;
            _markable = Avx2.IsSupported && _separatorByte != 0 && LowHalvesDiffer(_separatorByte);
        }
    }

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
    /// this table reads the first, <see cref="OpenChunk"/> the others. In a file read with a strict UTF-8
    /// encoding (<see cref="TextChunks.IsStrictUtf8"/>) bytes that are not UTF-8 throw
    /// <see cref="System.Text.DecoderFallbackException"/> where a line or cell is decoded (the header, a
    /// row the fast path leaves, a quoted line); the whole-file pass checks every byte.
    /// </summary>
    public static LineTable? Open(SourceText source, IssueList issues, int chunkBytes = 0)
    {
        var chunks = TextChunks.Split(source, chunkBytes);
        var table = new LineTable(chunks[0](), issues, TextChunks.IsStrictUtf8(source)) { _chunks = chunks };
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
        new(_chunks[index](), issues, _strict) { _chunks = [], Header = Header, Separator = Separator, _atStart = false };

    /// <summary>Adds the rows of a later piece (<see cref="OpenChunk"/>) to <see cref="RowCount"/>.</summary>
    public void Absorb(LineTable chunk) => RowCount += chunk.RowCount;

    /// <summary>
    /// Moves to the next data row, skipping blank lines and lines of separators only, and reporting
    /// (and skipping) a line with malformed quotes; false at the end of the file. Inlined into the row
    /// loops: the common row is one call (<see cref="TryNextPlainRow"/>), anything else
    /// <see cref="NextRowSlowly"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool NextRow() => (_markable && !_afterCr && TryNextPlainRow()) || NextRowSlowly();

    /// <summary><see cref="NextRow"/> line by line, for what <see cref="TryNextPlainRow"/> leaves.</summary>
    // Compiled optimized at its first call: code with Vector256 is left out of the ReadyToRun image, and its
    // unoptimized first tier (the vector operations as calls) ran for a good part of a 2M-row file before
    // the tiered JIT replaced it (perf: 3 % of that ingest's CPU).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool NextRowSlowly()
    {
        while (NextLineSpan(out var line))
        {
            if (_separatorByte == 0 ? IsBlankText(line) : Utf8Cells.IsBlank(line, _separatorByte))
            {
                continue;
            }

            RowCount++;
            if (_separatorByte != 0 && (Vector256.IsHardwareAccelerated ? TrySplit(line) : !line.Contains((byte)'"') && Split(line)))
            {
                _isQuoted = false;
                return true;
            }

            // A quote (or a separator that is no ASCII byte): the decoded line through the splitter.
            if (!CsvLineSplitter.TrySplit(_utf8.GetString(line), Separator, _quoted, out var column, out var error))
            {
                _issues.Error(_line, column, error!, IngestionMessages.QuoteHint);
                continue;
            }

            KeepQuoted();
            return true;
        }

        return false;
    }

    /// <summary>
    /// The common row from the bytes' marks (<see cref="Mark"/>: where a separator, line end or quote
    /// is, one bit per byte, found for the whole buffer at once after it is filled): a line that ends (LF,
    /// CRLF or a lone CR) inside the bytes already read, holds no quote and starts with a byte that is
    /// neither white space nor the separator (so it is not blank) is cut at the marked bytes, each mark
    /// looked at once (instead of a search for the line end, a blank check and a second pass for the
    /// separators, each row's bytes compared again from its start). Anything else returns false with
    /// nothing consumed, and <see cref="NextRow"/> reads the line the general way, so both give the same
    /// lines and fields.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryNextPlainRow()
    {
        var start = _start;
        var end = _end;
        if (start >= end)
        {
            return false;
        }

        ref var origin = ref MemoryMarshal.GetArrayDataReference(_buffer);
        var first = Unsafe.Add(ref origin, start);
        if (first <= 0x20 || first >= 0x80 || first == _separatorByte)
        {
            return false;
        }

        if (_markedEnd != end)
        {
            Mark(end);
        }

        ref var marks = ref MemoryMarshal.GetArrayDataReference(_marks);
        var blocks = (end + 63) >> 6;
        var block = start >> 6;
        var bits = Unsafe.Add(ref marks, block) & (ulong.MaxValue << start);
        var count = 0;
        var from = start; // where the current field starts, in the buffer
        while (true)
        {
            while (bits == 0)
            {
                if (++block >= blocks)
                {
                    return false;
                }

                bits = Unsafe.Add(ref marks, block);
            }

            var at = (block << 6) + BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            if (count >= _fieldStart.Length - 1)
            {
                EnsureFields(count + 2);
            }

            var mark = Unsafe.Add(ref origin, at);
            if (mark == _separatorByte)
            {
                KeepField(ref origin, from, at, count++);
                from = at + 1;
                continue;
            }

            if (mark == '"')
            {
                // A quote in the line: the general way (CsvLineSplitter).
                return false;
            }

            var next = at + 1;
            if (mark == '\r')
            {
                // CRLF is one line end, a lone CR another; which one needs the byte after it.
                if (next >= end)
                {
                    return false;
                }

                next += Unsafe.Add(ref origin, next) == '\n' ? 1 : 0;
            }

            KeepField(ref origin, from, at, count++);
            (_lineStart, _lineLength, _start, FieldCount, _isQuoted) = (start, at - start, next, count, false);
            _line++;
            RowCount++;
            return true;
        }
    }

    /// <summary>
    /// Marks the bytes [0, <paramref name="end"/>) of the buffer that are the separator, LF, CR or a
    /// quote: bit <c>i % 64</c> of <c>_marks[i / 64]</c>, 64 bytes at a time (bits past the end cleared).
    /// The four bytes' low halves all differ (<see cref="_markable"/>), so one AVX2 table lookup by the
    /// low half and one compare find all four at once.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Mark(int end)
    {
        var blocks = (end + 63) >> 6;
        if (_marks.Length < blocks)
        {
            _marks = new ulong[_buffer.Length >> 6];
        }

        ref var origin = ref MemoryMarshal.GetArrayDataReference(_buffer);
        ref var marks = ref MemoryMarshal.GetArrayDataReference(_marks);
        // table[n] is the one marked byte whose low half is n, or a byte whose low half is not n (never equal).
        Span<byte> table = stackalloc byte[32];
        for (var n = 0; n < 16; n++)
        {
            table[n] = table[n + 16] = (byte)(n ^ 1);
        }

        foreach (var b in (ReadOnlySpan<byte>)[_separatorByte, (byte)'\n', (byte)'\r', (byte)'"'])
        {
            table[b & 15] = table[(b & 15) + 16] = b;
        }

        var lookup = Vector256.Create<byte>(table);
        var low = Vector256.Create((byte)15);
        for (var k = 0; k < blocks; k++)
        {
            var lower = Vector256.LoadUnsafe(ref origin, (nuint)(k << 6));
            var upper = Vector256.LoadUnsafe(ref origin, (nuint)((k << 6) + 32));
            var a = Vector256.Equals(Avx2.Shuffle(lookup, lower & low), lower).ExtractMostSignificantBits();
            var b = Vector256.Equals(Avx2.Shuffle(lookup, upper & low), upper).ExtractMostSignificantBits();
            Unsafe.Add(ref marks, k) = a | ((ulong)b << 32);
        }

        if ((end & 63) != 0)
        {
            Unsafe.Add(ref marks, blocks - 1) &= (1UL << (end & 63)) - 1;
        }

        _markedEnd = end;
    }

    /// <summary>True when <paramref name="separator"/>, LF, CR and the quote have four different low halves (bits 0–3): ';', ',' and tab do.</summary>
    private static bool LowHalvesDiffer(byte separator)
    {
        var seen = (1 << ('\n' & 15)) | (1 << ('\r' & 15)) | (1 << ('"' & 15));
        return (seen & (1 << (separator & 15))) == 0;
    }

    /// <summary>
    /// <see cref="AddField"/> for <see cref="TryNextPlainRow"/>: bytes [<paramref name="from"/>,
    /// <paramref name="to"/>) of the buffer as field <paramref name="index"/>, trimmed; the field arrays
    /// already hold <paramref name="index"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void KeepField(ref byte origin, int from, int to, int index)
    {
        var length = to - from;
        if (length > 0 && NoSpaceAtStart(Unsafe.Add(ref origin, from)) && NoSpaceAtEnd(ref Unsafe.Add(ref origin, from), length))
        {
            Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_fieldStart), index) = from;
            Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_fieldLength), index) = length;
        }
        else
        {
            var (trimmed, kept) = Utf8Cells.Trim(_buffer.AsSpan(from, length));
            (_fieldStart[index], _fieldLength[index]) = (from + trimmed, kept);
        }
    }

    /// <summary>
    /// True when a cell starting with <paramref name="first"/> does not start with white space (as
    /// <see cref="Utf8Cells.Trim"/> sees it), decided on the byte alone: above the ASCII white space and
    /// not a lead byte of a white space character above ASCII (U+0085 and U+00A0 start with C2, U+1680
    /// with E1, U+2000–U+205F with E2, U+3000 with E3); a byte that starts no character is not trimmed
    /// either. False sends the cell to the trim, which decides.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool NoSpaceAtStart(byte first) => first > 0x20 && first != 0xC2 && (uint)(first - 0xE1) > 2;

    /// <summary>
    /// True when the <paramref name="length"/> bytes at <paramref name="cell"/> (at least one) do not end
    /// in white space: an ASCII byte above it, a byte that ends no character (a lead byte), or a
    /// two-byte character from U+00C0 (lead C3 to DF: å, ä, ö and the other letters; no white space
    /// there). False sends the cell to the trim, which decides.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool NoSpaceAtEnd(ref byte cell, int length)
    {
        var last = Unsafe.Add(ref cell, length - 1);
        return last > 0x20 && (last < 0x80 || last >= 0xC0 || (length >= 2 && (uint)(Unsafe.Add(ref cell, length - 2) - 0xC3) <= 0xDF - 0xC3));
    }

    /// <summary>The current row's field <paramref name="index"/> as UTF-8 bytes, trimmed and unquoted (empty past the last field).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<byte> Cell(int index) =>
        (uint)index >= (uint)FieldCount ? default
        : (_isQuoted ? _quotedBytes : _buffer).AsSpan(_fieldStart[index], _fieldLength[index]);

    /// <summary>
    /// The current row's field <paramref name="index"/> as characters, trimmed and unquoted ("" past
    /// the last field); valid until the next call.
    /// </summary>
    public ReadOnlySpan<char> Field(int index)
    {
        if ((uint)index >= (uint)FieldCount)
        {
            return default;
        }

        if (_isQuoted)
        {
            return _quoted[index].AsSpan();
        }

        var cell = Cell(index);
        if (_chars.Length < cell.Length)
        {
            _chars = new char[Math.Max(cell.Length, _chars.Length * 2)];
        }

        return _chars.AsSpan(0, _utf8.GetChars(cell, _chars));
    }

    /// <summary>The current row as a <see cref="CsvLine"/> (for the checks that report problems).</summary>
    public CsvLine Materialize()
    {
        var fields = new string[FieldCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = _isQuoted ? _quoted[i] : _utf8.GetString(Cell(i));
        }

        return new CsvLine(_line, fields);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _reader.Dispose();
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    /// <summary>Blank as text: white space and the (non-ASCII) separator only.</summary>
    private bool IsBlankText(ReadOnlySpan<byte> line)
    {
        foreach (var c in _utf8.GetString(line))
        {
            if (c != Separator && !char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Makes the fields <see cref="CsvLineSplitter"/> gave the current row's cells (their UTF-8 bytes side by side).</summary>
    private void KeepQuoted()
    {
        _isQuoted = true;
        FieldCount = _quoted.Count;
        EnsureFields(FieldCount);
        var at = 0;
        for (var i = 0; i < _quoted.Count; i++)
        {
            var needed = at + System.Text.Encoding.UTF8.GetMaxByteCount(_quoted[i].Length);
            if (needed > _quotedBytes.Length)
            {
                Array.Resize(ref _quotedBytes, Math.Max(needed, _quotedBytes.Length * 2));
            }

            var length = System.Text.Encoding.UTF8.GetBytes(_quoted[i], _quotedBytes.AsSpan(at));
            (_fieldStart[i], _fieldLength[i]) = (at, length);
            at += length;
        }
    }

    private void EnsureFields(int count)
    {
        if (count > _fieldStart.Length)
        {
            var length = Math.Max(count, _fieldStart.Length * 2);
            Array.Resize(ref _fieldStart, length);
            Array.Resize(ref _fieldLength, length);
        }
    }

    /// <summary>Cuts a line without quotes at its separators; each field trimmed (as <see cref="CsvLineSplitter"/>).</summary>
    private bool Split(ReadOnlySpan<byte> line)
    {
        var count = 0;
        var from = 0;
        while (true)
        {
            var cut = line[from..].IndexOf(_separatorByte);
            if (cut < 0)
            {
                break;
            }

            AddField(line, from, from + cut, count++);
            from += cut + 1;
        }

        AddField(line, from, line.Length, count++);
        FieldCount = count;
        return true;
    }

    /// <summary>
    /// <see cref="Split"/> 32 bytes at a time: the separators and quotes of a block found at once as bit
    /// masks (reading past the line inside the buffer, the bits past it dropped); false, with nothing
    /// kept, for a line with a quote.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TrySplit(ReadOnlySpan<byte> line)
    {
        var separator = Vector256.Create(_separatorByte);
        var quote = Vector256.Create((byte)'"');
        ref var origin = ref MemoryMarshal.GetArrayDataReference(_buffer);
        var count = 0;
        var from = 0;
        for (var i = 0; i < line.Length; i += 32)
        {
            uint separators;
            uint quotes;
            if (_lineStart + i + 32 <= _buffer.Length)
            {
                var block = Vector256.LoadUnsafe(ref origin, (nuint)(_lineStart + i));
                separators = Vector256.Equals(block, separator).ExtractMostSignificantBits();
                quotes = Vector256.Equals(block, quote).ExtractMostSignificantBits();
            }
            else
            {
                (separators, quotes) = (0, 0);
                for (var j = 0; j < 32 && i + j < line.Length; j++)
                {
                    separators |= line[i + j] == _separatorByte ? 1u << j : 0;
                    quotes |= line[i + j] == '"' ? 1u << j : 0;
                }
            }

            if (line.Length - i < 32)
            {
                var inside = (1u << (line.Length - i)) - 1;
                (separators, quotes) = (separators & inside, quotes & inside);
            }

            if (quotes != 0)
            {
                return false;
            }

            while (separators != 0)
            {
                var at = i + BitOperations.TrailingZeroCount(separators);
                AddField(line, from, at, count++);
                from = at + 1;
                separators &= separators - 1;
            }
        }

        AddField(line, from, line.Length, count++);
        FieldCount = count;
        return true;
    }

    /// <summary>Keeps bytes [<paramref name="from"/>, <paramref name="to"/>) of the current line, trimmed, as field <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddField(ReadOnlySpan<byte> line, int from, int to, int index)
    {
        if (index >= _fieldStart.Length)
        {
            EnsureFields(index + 1);
        }

        var raw = line[from..to];

        // Most cells have no white space at either end: check the bytes there before trimming.
        if (raw.Length > 0 && NoSpaceAtStart(raw[0]) && NoSpaceAtEnd(ref MemoryMarshal.GetReference(raw), raw.Length))
        {
            (_fieldStart[index], _fieldLength[index]) = (_lineStart + from, raw.Length);
        }
        else
        {
            var (start, length) = Utf8Cells.Trim(raw);
            (_fieldStart[index], _fieldLength[index]) = (_lineStart + from + start, length);
        }
    }

    private string? NextLine() => NextLineSpan(out var line) ? _utf8.GetString(line) : null;

    /// <summary>The next physical line in the buffer (valid until the next call); false at the end.</summary>
    private bool NextLineSpan(out ReadOnlySpan<byte> line)
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

            var stop = pending.IndexOfAny((byte)'\n', (byte)'\r');
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

    /// <summary>
    /// Moves the unread part to the front (growing the buffer for a very long line) and reads more; the
    /// byte order mark at the start of a file is left out.
    /// </summary>
    private void Fill()
    {
        var pending = _end - _start;
        if (pending > _buffer.Length / 2)
        {
            var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(_start, pending).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            (_buffer, _start) = (larger, 0);
        }

        Array.Copy(_buffer, _start, _buffer, 0, pending);
        _start = 0;
        _markedEnd = -1;
        _end = pending;
        var read = _reader.ReadAtLeast(_buffer.AsSpan(_end), Math.Min(Bom.Length, _buffer.Length - _end), throwOnEndOfStream: false);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
        if (_atStart)
        {
            _atStart = false;
            if (_buffer.AsSpan(0, _end).StartsWith(Bom))
            {
                _start = Bom.Length;
            }
        }
    }
}
