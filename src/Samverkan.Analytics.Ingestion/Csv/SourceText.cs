using Samverkan.Analytics.Ingestion.Text;

namespace Samverkan.Analytics.Ingestion.Csv;

/// <summary>
/// A file as the format readers get it: its name, content hash and decoded text. For a large file
/// read by a streaming reader, <see cref="Decoded"/> holds only the file's head and
/// <see cref="OpenText"/> reads the whole file from disk.
/// </summary>
/// <param name="FileName">The file name as given.</param>
/// <param name="FileHash">SHA-256 of the bytes, lower-case hex.</param>
/// <param name="Decoded">The decoded text (LF line breaks), or its head.</param>
internal sealed record SourceText(string FileName, string FileHash, DecodedText Decoded)
{
    /// <summary>Opens the whole file as text (null: <see cref="Decoded"/> is the whole file).</summary>
    public Func<TextReader>? Opener { get; init; }

    /// <summary>The file's size in bytes (0 when unknown).</summary>
    public long ByteLength { get; init; }

    /// <summary>
    /// The file on disk that <see cref="Opener"/> reads, so a streaming reader can read byte ranges of it
    /// on several cores (<see cref="Streaming.TextChunks"/>); null when the text is in memory or the file
    /// cannot be split.
    /// </summary>
    public string? FilePath { get; init; }

    /// <summary>The encoding <see cref="Opener"/> reads <see cref="FilePath"/> with (null with it).</summary>
    public System.Text.Encoding? FileEncoding { get; init; }

    /// <summary>The whole text, one line at a time.</summary>
    public TextReader OpenText() => Opener?.Invoke() ?? new StringReader(Decoded.Text);

    /// <summary>The first line that is not blank, or "".</summary>
    public string FirstLine()
    {
        foreach (var line in Decoded.Text.AsSpan().EnumerateLines())
        {
            if (!line.IsWhiteSpace())
            {
                return line.ToString();
            }
        }

        return "";
    }
}
