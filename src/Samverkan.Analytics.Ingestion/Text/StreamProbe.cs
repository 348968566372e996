using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;

namespace Samverkan.Analytics.Ingestion.Text;

/// <summary>
/// One pass over a large file without holding it: its SHA-256, the encoding decision of
/// <see cref="TextDecoder"/> (BOM, else strict UTF-8, else Windows-1252; NUL bytes and Excel
/// workbooks refused) and its first bytes, so the format can be recognised before the file is read
/// again one line at a time.
/// </summary>
/// <param name="FileHash">SHA-256 of the bytes, lower-case hex.</param>
/// <param name="Encoding">The encoding to read the text with (it skips its own byte order mark).</param>
/// <param name="EncodingName">As <see cref="DecodedText.EncodingName"/>.</param>
/// <param name="Head">The decoded first part of the file (whole lines, LF line breaks).</param>
/// <param name="LineEndings">The line breaks the head shows.</param>
/// <param name="Problem">Why the bytes are not text, or null.</param>
internal sealed record StreamProbe(string FileHash, Encoding Encoding, string EncodingName, string Head, string LineEndings, TextProblem? Problem)
{
    // 256 kB: the buffers are the probe's whole footprint (0.5 MB for the bytes, 1 MB of chars only for a
    // file that is not valid UTF-8; 1 MB chunks held 6 MB), and reading a 139 MB file takes no longer
    // (docs/benchmarks.md, "Peak memory of an ingest"). At 15 million rows (995 MB) the pass costs about
    // 1 s of CPU, run after the row threads and beside the store (CsvFileReader.StartLarge): SHA-256
    // 0.7 s (OpenSSL with SHA-NI, 1.5 GB/s), the read() copy about 0.2 s, and one pass for the UTF-8
    // check, the line count and the NUL search (Utf8Validation.Scan, about 0.1 s; docs/benchmarks.md,
    // "Session 6" and "Session 7: the rows phase").
    private const int ChunkSize = 1 << 18;

    /// <summary>Reads <paramref name="stream"/> to its end; <paramref name="headBytes"/> bytes are kept for the head.</summary>
    public static StreamProbe Read(Stream stream, int headBytes = 256 * 1024)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[(2 * ChunkSize) + 8];
        char[]? chars = null; // only for a chunk that is not valid UTF-8 (the decoding check): 1 MB a valid file never needs
        var head = new MemoryStream();
        var carry = 0;
        var first = true;
        var utf8Valid = true;
        var bomLength = 0;
        Encoding? bomEncoding = null;
        var bomName = "";
        var line = 1;
        TextProblem? problem = null;
        while (true)
        {
            var read = stream.Read(buffer, carry, Math.Min(ChunkSize, buffer.Length - carry));
            var eof = read == 0;
            var length = carry + read;
            sha.AppendData(buffer, carry, read);
            if (head.Length < headBytes)
            {
                head.Write(buffer, carry, Math.Min(read, headBytes - (int)head.Length));
            }

            var span = buffer.AsSpan(0, length);
            if (first && length > 0)
            {
                first = false;
                if (span.StartsWith("PK\u0003\u0004"u8) || span.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
                {
                    problem = new TextProblem(0, IngestionMessages.ExcelWorkbook, IngestionMessages.ExcelWorkbookHint);
                }

                (bomEncoding, bomLength, bomName) = TextDecoder.DetectBomFor(span);
                span = span[(bomEncoding is UTF8Encoding ? bomLength : 0)..];
            }

            if (problem is null && bomEncoding is null or UTF8Encoding)
            {
                // The whole lines (all of it at the end of the file) in one pass: valid UTF-8, their line
                // feeds and any NUL byte (Utf8Validation.Scan); an incomplete last line waits for the next chunk.
                var whole = eof ? span.Length : span.LastIndexOf((byte)'\n') + 1;
                var feeds = 0;
                var nulInWhole = false;
                var scanned = utf8Valid && whole > 0;
                var valid = scanned && Utf8Validation.Scan(span[..whole], out feeds, out nulInWhole);
                var hasNul = bomEncoding is null && (scanned ? nulInWhole || span[whole..].Contains((byte)0) : span.Contains((byte)0));
                var nul = hasNul ? span.IndexOf((byte)0) : -1;
                if (nul >= 0)
                {
                    var at = line + span[..nul].Count((byte)'\n');
                    problem = new TextProblem(at, IngestionMessages.Format(IngestionMessages.BinaryFile, at), IngestionMessages.BinaryFileHint);
                }
                else if (utf8Valid && valid)
                {
                    // The common case, checked without decoding.
                    line += feeds;
                    if (!eof && whole < span.Length)
                    {
                        span[whole..].CopyTo(buffer);
                        carry = span.Length - whole;
                        continue;
                    }

                    carry = 0;
                    if (eof)
                    {
                        break;
                    }

                    continue;
                }
                else if (utf8Valid)
                {
                    // Not valid UTF-8 up to the last line break, or no line break at all: the decoding check
                    // finds where, or keeps an incomplete character for the next chunk.
                    var status = Utf8.ToUtf16(span, chars ??= new char[(2 * ChunkSize) + 8], out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: eof);
                    if (status == OperationStatus.InvalidData)
                    {
                        utf8Valid = false;
                        if (bomEncoding is UTF8Encoding)
                        {
                            var at = line + span[..consumed].Count((byte)'\n');
                            problem = new TextProblem(at, IngestionMessages.Format(IngestionMessages.InvalidUtf8AfterBom, at), IngestionMessages.InvalidUtf8AfterBomHint);
                        }
                    }
                    else if (!eof && consumed < span.Length)
                    {
                        // Keep an incomplete sequence at the end for the next chunk.
                        line += span[..consumed].Count((byte)'\n');
                        span[consumed..].CopyTo(buffer);
                        carry = span.Length - consumed;
                        continue;
                    }
                }
            }

            line += span.Count((byte)'\n');
            carry = 0;
            if (eof || problem is not null)
            {
                break;
            }
        }

        if (problem is not null)
        {
            return new StreamProbe("", Encoding.UTF8, bomEncoding is null ? "binary" : bomName, "", "none", problem);
        }

        var hash = Convert.ToHexStringLower(sha.GetHashAndReset());
        var (encoding, name) = bomEncoding is not null
            ? (bomEncoding, bomName)
            : utf8Valid ? (new UTF8Encoding(false, true), "UTF-8") : (TextDecoder.Windows1252, "Windows-1252");
        // The head may end inside a character: decode it leniently and keep whole lines only.
        var lenient = Encoding.GetEncoding(encoding.CodePage);
        var headText = lenient.GetString(head.ToArray().AsSpan(bomLength));
        var cut = headText.LastIndexOfAny(['\n', '\r']);
        var text = cut < 0 ? headText : headText[..(cut + 1)];
        var (normalized, endings) = TextDecoder.NormalizeLineEndings(text);
        return new StreamProbe(hash, encoding, name, normalized, endings, null);
    }
}
