using System.Security.Cryptography;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Ingestion.Csv.Bra;
using Samverkan.Analytics.Ingestion.Csv.Canonical;
using Samverkan.Analytics.Ingestion.Csv.Checks;
using Samverkan.Analytics.Ingestion.Csv.PxWeb;
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
    /// file, PxWeb wide exports, and the canonical kinds of DESIGN §4.3 (the fallback).
    /// </summary>
    public CsvFileReader()
        : this([new BraSolwebbReader(), new BraKommunReader(), new PxWebWideReader(), new CanonicalFormatReader()])
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
                Detected = decoded.Describe(),
                Issues = [new RowIssue(fileName, problem.Line, 0, problem.Message, problem.Hint)],
            };
        }

        var source = new SourceText(fileName, hash, decoded);
        var reader = _readers
            .Select(r => (Reader: r, Score: r.Recognize(source)))
            .Where(t => t.Score > 0)
            .OrderByDescending(t => t.Score)
            .Select(t => t.Reader)
            .FirstOrDefault() ?? _readers[^1];
        return FileChecks.Apply(reader.Read(source, catalog, options));
    }

    /// <summary>
    /// Reads a file from disk. A file that cannot be read (missing, locked) gives a rejected
    /// <see cref="ParsedFile"/> that says so, not an exception.
    /// </summary>
    /// <param name="path">The file's path; its file name is used in messages.</param>
    /// <param name="catalog">The catalogue the areas and crime categories are resolved in.</param>
    /// <param name="options">The kind and area kind, when the caller knows them.</param>
    /// <returns>The observations and every issue found.</returns>
    public ParsedFile ReadFile(string path, Catalog catalog, ReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Unreadable(path, e);
        }

        return Read(Path.GetFileName(path), bytes, catalog, options);
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
