using System.Text;

namespace Samverkan.Analytics.Ingestion.Csv.Streaming;

/// <summary>
/// Opens a file as UTF-8 bytes, cut into pieces right after line feeds, so its rows can be read on
/// several cores: each piece holds whole lines, the first piece holds the start of the file (byte
/// order mark, <c>sep=</c> line, header). A line feed ends a line in every way <see cref="LineTable"/>
/// counts them (LF, CRLF), and no piece ends on a CR of a CRLF, so the physical lines of the pieces add
/// up to the file's. On disk the cuts are at <c>0x0A</c> bytes, which only UTF-8 and single-byte code
/// pages never use inside a character; a file in another encoding (UTF-16 with a byte order mark) is one
/// piece. A UTF-8 file's pieces are its bytes as they are; a piece in another encoding (Windows-1252)
/// is transcoded to UTF-8 as it is read, so there is one row path for every encoding. The number of
/// pieces depends on the size only (<see cref="ReadOptions.ChunkBytes"/>), never on the machine, so the
/// sums of a file are the same everywhere.
/// </summary>
internal static class TextChunks
{
    /// <summary>At most this many pieces, however small <see cref="ReadOptions.ChunkBytes"/> is.</summary>
    private const int MaxChunks = 4096;

    /// <summary>The pieces of <paramref name="source"/> as UTF-8 bytes, in file order, each opened by its function (one piece when <paramref name="chunkBytes"/> is 0).</summary>
    public static IReadOnlyList<Func<Stream>> Split(SourceText source, int chunkBytes)
    {
        if (source.Opener is null)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(source.Decoded.Text);
            return Cuts(bytes.Length, chunkBytes, from => Next(bytes, from))
                .Select(r => (Func<Stream>)(() => new MemoryStream(bytes, (int)r.Start, (int)(r.End - r.Start), writable: false)))
                .ToList();
        }

        if (source.FilePath is not { } path || source.FileEncoding is not { } encoding)
        {
            return [() => new TextAsUtf8(source.OpenText())];
        }

        var length = new FileInfo(path).Length;
        if (!CutsAtLineFeeds(encoding))
        {
            return [() => Encoding.CreateTranscodingStream(new FileRange(path, 0, length), encoding, Encoding.UTF8)];
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.RandomAccess);
        var ranges = Cuts(length, chunkBytes, from => Next(file, from));
        var raw = encoding is UTF8Encoding;
        return ranges
            .Select(r => (Func<Stream>)(() => raw
                ? new FileRange(path, r.Start, r.End)
                : Encoding.CreateTranscodingStream(new FileRange(path, r.Start, r.End), encoding, Encoding.UTF8)))
            .ToList();
    }

    /// <summary>
    /// True when the pieces are the file's own bytes read with a UTF-8 encoding that refuses invalid
    /// bytes (the speculative read): the table then decodes with it, and throws
    /// <see cref="DecoderFallbackException"/> where it meets such bytes (<see cref="LineTable.Open"/>).
    /// </summary>
    public static bool IsStrictUtf8(SourceText source) =>
        source is { Opener: not null, FilePath: not null, FileEncoding: UTF8Encoding { DecoderFallback: DecoderExceptionFallback } };

    /// <summary>True for encodings whose byte 0x0A is always a line feed (UTF-8, ASCII, Windows code pages).</summary>
    private static bool CutsAtLineFeeds(Encoding encoding) => encoding is UTF8Encoding or ASCIIEncoding || encoding.IsSingleByte;

    /// <summary>The ranges [start, end) of about <paramref name="chunk"/> each, cut where <paramref name="next"/> says.</summary>
    private static List<(long Start, long End)> Cuts(long length, int chunk, Func<long, long> next)
    {
        if (chunk <= 0)
        {
            return [(0, length)];
        }

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
    private static long Next(byte[] bytes, long from)
    {
        var at = bytes.AsSpan((int)from).IndexOf((byte)'\n');
        return at < 0 ? bytes.Length : from + at + 1;
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
    private sealed class FileRange : ForwardOnlyStream
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

        public override long Length => _end - _start;

        public override long Position
        {
            get => _position - _start;
            set => throw new NotSupportedException();
        }

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

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _file.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>A text read as UTF-8 bytes (a file in an encoding that cannot be cut, read whole).</summary>
    private sealed class TextAsUtf8(TextReader reader) : ForwardOnlyStream
    {
        private readonly Encoder _encoder = new UTF8Encoding(false).GetEncoder();
        private readonly char[] _chars = new char[1 << 14];
        private readonly byte[] _bytes = new byte[(1 << 14) * 3 + 8];
        private int _start;
        private int _end;
        private bool _done;

        public override int Read(Span<byte> buffer)
        {
            while (_start == _end && !_done)
            {
                var read = reader.Read(_chars, 0, _chars.Length);
                _done = read == 0;
                _start = 0;
                _end = _encoder.GetBytes(_chars, 0, read, _bytes, 0, flush: _done);
            }

            var n = Math.Min(buffer.Length, _end - _start);
            _bytes.AsSpan(_start, n).CopyTo(buffer);
            _start += n;
            return n;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                reader.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
