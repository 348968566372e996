using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Samverkan.Analytics.Ingestion.Text;

/// <summary>
/// Turns a file's bytes into text, deciding the encoding itself (DESIGN §4.3): a byte order mark
/// (UTF-8, UTF-16, UTF-32) wins; otherwise the bytes are read as strict UTF-8, and if they are not
/// valid UTF-8, as Windows-1252 (a superset of ISO-8859-1 for the printable range, which is what
/// BRÅ's and old PxWeb exports use). Line breaks (LF, CRLF, a lone CR) become LF.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Windows-1252 (registered through <see cref="CodePagesEncodingProvider"/>).</summary>
    internal static Encoding Windows1252 { get; } = CreateWindows1252();

    /// <summary>Decodes <paramref name="bytes"/>; never throws on content.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return new DecodedText("", "UTF-8", "none");
        }

        if (bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            return Failed("binary", new TextProblem(0, IngestionMessages.ExcelWorkbook, IngestionMessages.ExcelWorkbookHint));
        }

        var (bomEncoding, bomLength, bomName) = DetectBom(bytes);
        if (bomEncoding is not null)
        {
            var body = bytes[bomLength..];
            if (bomEncoding is UTF8Encoding && Utf8.ToUtf16(body, new char[body.Length], out var read, out _, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                var line = LineOf(body, read);
                return Failed(bomName, new TextProblem(line, IngestionMessages.Format(IngestionMessages.InvalidUtf8AfterBom, line), IngestionMessages.InvalidUtf8AfterBomHint));
            }

            return Finish(bomEncoding.GetString(body), bomName);
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            var line = LineOf(bytes, nul);
            return Failed("binary", new TextProblem(line, IngestionMessages.Format(IngestionMessages.BinaryFile, line), IngestionMessages.BinaryFileHint));
        }

        if (Utf8.IsValid(bytes))
        {
            return Finish(StrictUtf8.GetString(bytes), "UTF-8");
        }

        return Finish(Windows1252.GetString(bytes), "Windows-1252");
    }

    /// <summary>Replaces CRLF and lone CR with LF, and says which line breaks there were.</summary>
    internal static (string Text, string LineEndings) NormalizeLineEndings(string text)
    {
        int crlf = 0, lf = 0, cr = 0;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    crlf++;
                    i++;
                }
                else
                {
                    cr++;
                }

                sb.Append('\n');
            }
            else
            {
                if (c == '\n')
                {
                    lf++;
                }

                sb.Append(c);
            }
        }

        // BRÅ's exports end with one lone CR after LF lines: name that, not "mixed".
        var finalLoneCr = cr == 1 && text.EndsWith('\r') && (crlf > 0) != (lf > 0);
        var name = (crlf > 0, lf > 0, cr > 0) switch
        {
            (false, false, false) => "none",
            (true, false, false) => "CRLF",
            (false, true, false) => "LF",
            (false, false, true) => "CR",
            _ when finalLoneCr => (crlf > 0 ? "CRLF" : "LF") + " (final lone CR)",
            _ => "mixed",
        };
        return (sb.ToString(), name);
    }

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    private static DecodedText Finish(string text, string encodingName)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            var line = text.AsSpan(0, nul).Count('\n') + 1;
            return Failed(encodingName, new TextProblem(line, IngestionMessages.Format(IngestionMessages.BinaryFile, line), IngestionMessages.BinaryFileHint));
        }

        var (normalized, endings) = NormalizeLineEndings(text);
        return new DecodedText(normalized, encodingName, endings);
    }

    private static DecodedText Failed(string encodingName, TextProblem problem) => new("", encodingName, "none", problem);

    /// <summary>The encoding a byte order mark at the start of <paramref name="bytes"/> names, its length and name.</summary>
    internal static (Encoding? Encoding, int Length, string Name) DetectBomFor(ReadOnlySpan<byte> bytes) => DetectBom(bytes);

    private static (Encoding? Encoding, int Length, string Name) DetectBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (StrictUtf8, 3, "UTF-8 with BOM");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4, "UTF-32LE with BOM");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4, "UTF-32BE with BOM");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2, "UTF-16LE with BOM");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2, "UTF-16BE with BOM");
        }

        return (null, 0, "");
    }

    /// <summary>The 1-based line of a byte offset, counting LF, CRLF and lone CR as line breaks.</summary>
    private static int LineOf(ReadOnlySpan<byte> bytes, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n' || (bytes[i] == (byte)'\r' && (i + 1 >= bytes.Length || bytes[i + 1] != (byte)'\n')))
            {
                line++;
            }
        }

        return line;
    }
}
