using System.Security.Cryptography;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Ingestion.Csv.Bra;
using Samverkan.Analytics.Ingestion.Csv.Canonical;
using Samverkan.Analytics.Ingestion.Csv.Checks;
using Samverkan.Analytics.Ingestion.Csv.Incidents;
using Samverkan.Analytics.Ingestion.Csv.Microdata;
using Samverkan.Analytics.Ingestion.Csv.PxWeb;
using Samverkan.Analytics.Ingestion.Importing;
using Samverkan.Analytics.Ingestion.Text;

namespace Samverkan.Analytics.Ingestion.Csv;

using Catalog = Samverkan.Analytics.Core.Catalog.Catalog;

/// <summary>
/// Reads an input file into a <see cref="ParsedFile"/>: decodes the bytes (BOM, else strict UTF-8,
/// else Windows-1252), recognises the format, and lets that format's reader turn the rows into
/// observations. It never throws on bad input: every problem becomes a <see cref="RowIssue"/> with
/// file, line, column, message and hint, and a file with any error is rejected as a whole
/// (<see cref="ParsedFile.IsRejected"/>). Stateless and thread-safe.
/// </summary>
public sealed class CsvFileReader
{
    private readonly IReadOnlyList<IFormatReader> _readers;

    /// <summary>
    /// A reader of every format this service knows: BRÅ's Solwebb export and yearly municipality
    /// file, PxWeb wide exports, survey microdata, crime incident lists, and the canonical kinds of
    /// DESIGN §4.3 (the fallback).
    /// </summary>
    public CsvFileReader()
        : this([new BraSolwebbReader(), new BraKommunReader(), new PxWebWideReader(), new SurveyResponsesReader(), new CrimeIncidentsReader(), new CanonicalFormatReader()])
    {
    }

    /// <summary>A reader of the given formats; the last one is the fallback when none recognises a file.</summary>
    internal CsvFileReader(IReadOnlyList<IFormatReader> readers)
    {
        ArgumentOutOfRangeException.ThrowIfZero(readers.Count);
        _readers = readers;
    }

    /// <summary>Reads a file's bytes. <paramref name="fileName"/> is only used in messages and the import record.</summary>
    /// <param name="fileName">The file name as the user knows it.</param>
    /// <param name="bytes">The file's content.</param>
    /// <param name="catalog">The catalogue the areas and crime categories are resolved in.</param>
    /// <param name="options">The kind and area kind, when the caller knows them.</param>
    /// <returns>The observations and every issue found.</returns>
    public ParsedFile Read(string fileName, byte[] bytes, Catalog catalog, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(catalog);
        options ??= ReadOptions.Default;

        var hash = Sha256Hex(bytes);
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Problem is { } problem)
        {
            return new ParsedFile
            {
                FileName = fileName,
                FileHash = hash,
                Kind = options.Kind,
                Format = "unknown",
                Detected = DetectedText.Decoding(decoded),
                Issues = [new RowIssue(fileName, problem.Line, 0, problem.Message, problem.Hint)],
            };
        }

        if (Mojibake.Find(decoded.Text) is { } garbled)
        {
            return new ParsedFile
            {
                FileName = fileName,
                FileHash = hash,
                Kind = options.Kind,
                Format = "unknown",
                Detected = DetectedText.Decoding(decoded),
                Issues = [new RowIssue(fileName, garbled.Line, 0, garbled.Message, garbled.Hint)],
            };
        }

        var source = new SourceText(fileName, hash, decoded) { ByteLength = bytes.Length };
        return SmallNumbers.Apply(FileChecks.Apply(Choose(source, options).Read(source, catalog, options)), catalog);
    }

    /// <summary>
    /// Files larger than this (1 MB) are read by streaming readers from disk, one line at a time, so an
    /// ingest's buffers are sized by constants, not by the file (a 9 MB survey file held whole cost
    /// about 60 MB: its bytes, its text and the copies of decoding).
    /// </summary>
    internal long StreamingThreshold { get; init; } = 1024 * 1024;

    /// <summary>The reader the caller's kind names, else the one surest of the file, else the fallback (the last).</summary>
    private IFormatReader Choose(SourceText source, ReadOptions options) =>
        (options.Kind is { } kind ? _readers.FirstOrDefault(r => r.ChosenForKind == kind) : null)
        ?? _readers
            .Select(r => (Reader: r, Score: r.Recognize(source)))
            .Where(t => t.Score > 0)
            .OrderByDescending(t => t.Score)
            .Select(t => t.Reader)
            .FirstOrDefault()
        ?? _readers[^1];

    /// <summary>
    /// A large file: one pass for its hash and encoding, then a streaming reader reads it again one
    /// line at a time; a format that cannot stream gets the whole file. A file whose head is UTF-8 is
    /// read at once, before the pass runs, and may be stored while it runs (<see cref="FileReading.Early"/>).
    /// </summary>
    private FileReading StartLarge(string path, Catalog catalog, ReadOptions options, bool hashBesideStore)
    {
        // The hash and encoding pass is one thread; the rows are read on every core, and a store then
        // writes on one. So for a store the pass waits until the rows are read and runs while the store
        // writes (it is needed only before the commit): on two cores that is a core less idle for the
        // length of the pass (docs/benchmarks.md, "Session 8: the hash pass beside the store"). The
        // speculative result counts only if the pass agrees, else the file is read again.
        var rowsRead = new TaskCompletionSource();
        if (!hashBesideStore)
        {
            rowsRead.SetResult();
        }

        var probing = Task.Factory.StartNew(
            () =>
            {
                rowsRead.Task.Wait();
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
                return StreamProbe.Read(stream);
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        (DecodedText Head, ParsedFile Parsed)? speculative;
        try
        {
            speculative = ReadAsUtf8(path, catalog, options);
        }
        finally
        {
            rowsRead.TrySetResult();
        }

        if (speculative is not { } guess)
        {
            return FileReading.Done(Settled(path, catalog, options, null, probing));
        }

        var early = SmallNumbers.Apply(FileChecks.Apply(guess.Parsed), catalog);
        var confirmed = probing.ContinueWith(
            p => p.IsCompletedSuccessfully && Agrees(p.Result, guess.Head) ? p.Result.FileHash : null,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        return FileReading.Pending(early, confirmed, () => Settled(path, catalog, options, (guess.Head, early), probing));
    }

    /// <summary>True when the hash pass found the file to be the text the speculative read saw in its head.</summary>
    private static bool Agrees(StreamProbe probe, DecodedText head) =>
        probe.Problem is null && probe.EncodingName == head.EncodingName && probe.Head == head.Text;

    /// <summary>
    /// The large file once its pass has ended: the speculative read with its hash when the pass agrees,
    /// else the pass's problem, else a second read in the encoding the pass found.
    /// </summary>
    private ParsedFile Settled(string path, Catalog catalog, ReadOptions options, (DecodedText Head, ParsedFile Parsed)? speculative, Task<StreamProbe> probing)
    {
        try
        {
            var probe = probing.GetAwaiter().GetResult();
            return speculative is { } guess && Agrees(probe, guess.Head)
                ? WithHash(guess.Parsed, probe.FileHash)
                : ReadAgain(path, catalog, options, probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Unreadable(path, e);
        }
    }

    /// <summary>The large file read in the encoding its pass found (or its problem).</summary>
    private ParsedFile ReadAgain(string path, Catalog catalog, ReadOptions options, StreamProbe probe)
    {
        var fileName = Path.GetFileName(path);
        if ((probe.Problem ?? Mojibake.Find(probe.Head)) is { } problem)
        {
            return new ParsedFile
            {
                FileName = fileName,
                FileHash = probe.FileHash,
                Kind = options.Kind,
                Format = "unknown",
                Detected = DetectedText.Encoding(probe.EncodingName),
                Issues = [new RowIssue(fileName, problem.Line, 0, problem.Message, problem.Hint)],
            };
        }

        var head = new SourceText(fileName, probe.FileHash, new DecodedText(probe.Head, probe.EncodingName, probe.LineEndings));
        var reader = Choose(head, options);
        if (!reader.Streams)
        {
            return Read(fileName, File.ReadAllBytes(path), catalog, options);
        }

        var source = head with
        {
            ByteLength = new FileInfo(path).Length,
            FilePath = path,
            FileEncoding = probe.Encoding,
            Opener = () => new StreamReader(
                new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan),
                probe.Encoding,
                detectEncodingFromByteOrderMarks: true,
                bufferSize: 1 << 16),
        };
        return SmallNumbers.Apply(FileChecks.Apply(reader.Read(source, catalog, options)), catalog);
    }

    /// <summary>
    /// The speculative read of <see cref="StartLarge"/>: when the file's head is UTF-8 (a UTF-8 byte
    /// order mark, or valid UTF-8 without NUL bytes) and names a streaming format, the whole file is
    /// read as strict UTF-8 (invalid bytes stop it); null otherwise. The file hash is filled in later.
    /// </summary>
    private (DecodedText Head, ParsedFile Parsed)? ReadAsUtf8(string path, Catalog catalog, ReadOptions options)
    {
        var bytes = new byte[256 * 1024];
        int length;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read))
        {
            length = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        }

        var span = bytes.AsSpan(0, length);
        var (bom, bomLength, bomName) = TextDecoder.DetectBomFor(span);
        if (bom is not (null or System.Text.UTF8Encoding) || span[(bom is null ? 0 : bomLength)..].Contains((byte)0))
        {
            return null;
        }

        span = span[(bom is null ? 0 : bomLength)..];
        var whole = span.LastIndexOfAny((byte)'\n', (byte)'\r') + 1;
        if (whole == 0 || !System.Text.Unicode.Utf8.IsValid(span[..whole]))
        {
            return null;
        }

        var (text, endings) = TextDecoder.NormalizeLineEndings(System.Text.Encoding.UTF8.GetString(span[..whole]));
        var head = new DecodedText(text, bom is null ? "UTF-8" : bomName, endings);
        var source = new SourceText(Path.GetFileName(path), "", head);
        var reader = Choose(source, options);
        if (!reader.Streams || Mojibake.Find(text) is not null)
        {
            return null;
        }

        try
        {
            var strict = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true);
            var parsed = reader.Read(
                source with
                {
                    ByteLength = new FileInfo(path).Length,
                    FilePath = path,
                    FileEncoding = strict,
                    Opener = () => new StreamReader(
                        new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan),
                        strict,
                        detectEncodingFromByteOrderMarks: true,
                        bufferSize: 1 << 16),
                },
                catalog,
                options);
            return (head, parsed);
        }
        catch (System.Text.DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The file hash filled in where the speculative read left it empty.</summary>
    private static ParsedFile WithHash(ParsedFile parsed, string hash) => parsed with
    {
        FileHash = hash,
        Observations = parsed.Observations is ComputedObservations computed
            ? computed.WithFileHash(hash)
            : parsed.Observations.Select(o => o.Lineage is { } lineage ? o with { Lineage = lineage with { FileHash = hash } } : o).ToList(),
    };

    /// <summary>
    /// Reads a file from disk. A file that cannot be read (missing, locked) gives a rejected
    /// <see cref="ParsedFile"/> that says so, not an exception. A file above 1 MB in a format that
    /// streams (survey microdata, incident lists) is never held in memory as a whole.
    /// </summary>
    /// <param name="path">The file's path; its file name is used in messages.</param>
    /// <param name="catalog">The catalogue the areas and crime categories are resolved in.</param>
    /// <param name="options">The kind and area kind, when the caller knows them.</param>
    /// <returns>The observations and every issue found.</returns>
    public ParsedFile ReadFile(string path, Catalog catalog, ReadOptions? options = null) =>
        StartReadFile(path, catalog, options, hashBesideStore: false).Settle();

    /// <summary>
    /// Reads a file from disk as <see cref="ReadFile"/> does, but returns as soon as the rows are read:
    /// a large UTF-8 file's hash pass may still run (<see cref="FileReading"/>), so an importer can
    /// store the rows meanwhile.
    /// </summary>
    /// <param name="path">The file's path; its file name is used in messages.</param>
    /// <param name="catalog">The catalogue the areas and crime categories are resolved in.</param>
    /// <param name="options">The kind and area kind, when the caller knows them.</param>
    /// <param name="hashBesideStore">
    /// True when the caller stores <see cref="FileReading.Early"/>: a large file's hash pass then waits
    /// for the rows and runs beside the store; false runs it beside the rows.
    /// </param>
    internal FileReading StartReadFile(string path, Catalog catalog, ReadOptions? options = null, bool hashBesideStore = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(catalog);
        options ??= ReadOptions.Default;
        try
        {
            return new FileInfo(path).Length > StreamingThreshold
                ? StartLarge(path, catalog, options, hashBesideStore)
                : FileReading.Done(Read(Path.GetFileName(path), File.ReadAllBytes(path), catalog, options));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return FileReading.Done(Unreadable(path, e));
        }
    }

    /// <summary>SHA-256 of <paramref name="bytes"/>, lower-case hex (the file hash of lineage and archive names).</summary>
    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>A rejected file for an I/O failure.</summary>
    internal static ParsedFile Unreadable(string path, Exception e) => new()
    {
        FileName = Path.GetFileName(path),
        FileHash = "",
        Format = "unknown",
        Issues =
        [
            new RowIssue(
                Path.GetFileName(path),
                0,
                0,
                IngestionMessages.Format(IngestionMessages.UnreadableFile, e.Message),
                IngestionMessages.UnreadableFileHint),
        ],
    };
}
