using Samverkan.Analytics.Ingestion.Text;

namespace Samverkan.Analytics.Ingestion.Csv;

/// <summary>A file as the format readers get it: its name, content hash and decoded text.</summary>
/// <param name="FileName">The file name as given.</param>
/// <param name="FileHash">SHA-256 of the bytes, lower-case hex.</param>
/// <param name="Decoded">The decoded text (LF line breaks).</param>
internal sealed record SourceText(string FileName, string FileHash, DecodedText Decoded)
{
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
