using System.Text;
using System.Text.Json;
using Samverkan.Analytics.Core.Imports;

namespace Samverkan.Analytics.Ingestion.Importing;

/// <summary>
/// The report of a read file, as text for people (one <c>file:line:column: error|warning: message hint</c>
/// line per issue) and as JSON for programs (the same issues with their fields). The inbox writes both
/// beside a quarantined file; an upload endpoint can return them as its response.
/// </summary>
public static class ImportReports
{
    /// <summary>Every issue, one line each, in file order, ending with a newline.</summary>
    public static string ToText(ParsedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return string.Concat(file.Issues.Select(i => i.ToString() + "\n"));
    }

    /// <summary>
    /// <c>{"file", "file_hash", "kind", "format", "detected", "rejected", "errors", "warnings",
    /// "issues": [{"line", "column", "severity", "message", "hint"}]}</c>, UTF-8, indented; line and column
    /// 0 mean the whole file or line.
    /// </summary>
    public static string ToJson(ParsedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("file", file.FileName);
            json.WriteString("file_hash", file.FileHash);
            json.WriteString("kind", file.Kind?.ToName());
            json.WriteString("format", file.Format);
            json.WriteString("detected", DetectedText.ForPeople(file.Detected));
            json.WriteBoolean("rejected", file.IsRejected);
            json.WriteNumber("errors", file.Errors.Count());
            json.WriteNumber("warnings", file.Warnings.Count());
            json.WriteStartArray("issues");
            foreach (var issue in file.Issues)
            {
                json.WriteStartObject();
                json.WriteNumber("line", issue.Line);
                json.WriteNumber("column", issue.Column);
                json.WriteString("severity", issue.Severity == IssueSeverity.Error ? "error" : "warning");
                json.WriteString("message", issue.Message);
                json.WriteString("hint", issue.Hint);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
