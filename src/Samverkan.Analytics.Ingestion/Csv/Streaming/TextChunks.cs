using System.Text;

namespace Samverkan.Analytics.Ingestion.Csv.Streaming;

/// <summary>
/// Cuts a long text into pieces right after line feeds, so its rows can be read on several cores:
/// each piece holds whole lines, the first piece holds the start of the file (byte order mark,
/// <c>sep=</c> line, header). A line feed ends a line in every way <see cref="LineTable"/> counts them
/// (LF, CRLF), and no piece ends on a CR of a CRLF, so the physical lines of the pieces add up to the
/// file's. On disk the cuts are at <c>0x0A</c> bytes, which only UTF-8 and single-byte code pages never
/// use inside a character; a file in another encoding (UTF-16 with a byte order mark) is one piece.
/// The number of pieces depends on the size only (<see cref="ReadOptions.ChunkBytes"/>), never on the
/// machine, so the sums of a file are the same everywhere.
/// </summary>
internal static class TextChunks
{
    /// <summary>At most this many pieces, however small <see cref="ReadOptions.ChunkBytes"/> is.</summary>
    private const int MaxChunks = 4096;

    /// <summary>The pieces of <paramref name="source"/>, in file order, each opened by its function.</summary>
    public static IReadOnlyList<Func<TextReader>> Split(SourceText source, int chunkBytes)
    {
        if (chunkBytes <= 0)
        {
            return [source.OpenText];
        }

        if (source.Opener is null)
        {
            var text = source.Decoded.Text;
            return Cuts(text.Length, chunkBytes, from => Next(text, from))
                .Select(r => (Func<TextReader>)(() => new StringReader(text.Substring((int)r.Start, (int)(r.End - r.Start)))))
                .ToList();
        }

        if (source.FilePath is not { } path || source.FileEncoding is not { } encoding || !CutsAtLineFeeds(encoding))
        {
            return [source.OpenText];
        }

        var length = new FileInfo(path).Length;
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.RandomAccess);
        var ranges = Cuts(length, chunkBytes, from => Next(file, from));
        return ranges
            .Select((r, i) => (Func<TextReader>)(() => new StreamReader(
                new FileRange(path, r.Start, r.End),
                encoding,
                detectEncodingFromByteOrderMarks: i == 0,
                bufferSize: 1 << 16)))
            .ToList();
    }

    /// <summary>True for encodings whose byte 0x0A is always a line feed (UTF-8, ASCII, Windows code pages).</summary>
    private static bool CutsAtLineFeeds(Encoding encoding) => encoding is UTF8Encoding or ASCIIEncoding || encoding.IsSingleByte;

    /// <summary>The ranges [start, end) of about <paramref name="chunk"/> each, cut where <paramref name="next"/> says.</summary>
    private static List<(long Start, long End)> Cuts(long length, int chunk, Func<long, long> next)
    {
        var count = (int)Math.Clamp((length + chunk - 1) / chunk, 1, MaxChunks);
        var ranges = new List<(long Start, long End)>(count);
        var start = 0L;
        for (var i = 1; i < count && start < length; i++)
        {
            var cut = next(Math.Max(start, length * i / count));
            if (cut <= start)
            {
                continue;
            }

            if (cut >= length)
            {
                break;
            }

            ranges.Add((start, cut));
            start = cut;
        }

        ranges.Add((start, length));
        return ranges;
    }

    /// <summary>Just after the first line feed at or after <paramref name="from"/>, or the end.</summary>
    private static long Next(string text, long from)
    {
        var at = text.IndexOf('\n', (int)from);
        return at < 0 ? text.Length : at + 1;
    }

    /// <summary>Just after the first 0x0A byte at or after <paramref name="from"/>, or the end.</summary>
    private static long Next(FileStream file, long from)
    {
        Span<byte> buffer = stackalloc byte[4096];
        var position = from;
        while (true)
        {
            var read = RandomAccess.Read(file.SafeFileHandle, buffer, position);
            if (read == 0)
            {
                return position;
            }

            var at = buffer[..read].IndexOf((byte)'\n');
            if (at >= 0)
            {
                return position + at + 1;
            }

            position += read;
        }
    }

    /// <summary>Bytes [start, end) of a file, read forwards.</summary>
    private sealed class FileRange : Stream
    {
        private readonly FileStream _file;
        private readonly long _start;
        private readonly long _end;
        private long _position;

        public FileRange(string path, long start, long end)
        {
            _file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            (_start, _end, _position) = (start, end, start);
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => _end - _start;

        public override long Position
        {
            get => _position - _start;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var wanted = (int)Math.Min(buffer.Length, _end - _position);
            if (wanted <= 0)
            {
                return 0;
            }

            var read = RandomAccess.Read(_file.SafeFileHandle, buffer[..wanted], _position);
            _position += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _file.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
