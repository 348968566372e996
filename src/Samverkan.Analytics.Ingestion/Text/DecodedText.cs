namespace Samverkan.Analytics.Ingestion.Text;

/// <summary>
/// A file's bytes as text: line breaks normalised to LF, no byte order mark. When the bytes cannot
/// be read as text, <see cref="Problem"/> says why and <see cref="Text"/> is empty.
/// </summary>
/// <param name="Text">The text, with LF line breaks only.</param>
/// <param name="EncodingName">What was detected: <c>UTF-8</c>, <c>UTF-8 with BOM</c>, <c>UTF-16LE with BOM</c>, <c>Windows-1252</c>.</param>
/// <param name="LineEndings">The line breaks the file had: <c>LF</c>, <c>CRLF</c>, <c>CR</c>, <c>mixed</c> or <c>none</c>.</param>
/// <param name="Problem">Why the bytes are not text, or null.</param>
internal sealed record DecodedText(string Text, string EncodingName, string LineEndings, TextProblem? Problem = null);
