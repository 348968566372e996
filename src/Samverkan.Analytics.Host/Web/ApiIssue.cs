using System.Text.Json.Serialization;
using Samverkan.Analytics.Core.Imports;

namespace Samverkan.Analytics.Host.Web;

/// <summary>A problem in an uploaded file, with where it is and what to do (<c>text</c> is the line the Cli prints).</summary>
public sealed record ApiIssue(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("column")] int Column,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("hint")] string Hint,
    [property: JsonPropertyName("text")] string Text)
{
    /// <summary>From Core's issue.</summary>
    public static ApiIssue From(RowIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return new ApiIssue(issue.File, issue.Line, issue.Column, issue.Severity == IssueSeverity.Error ? "error" : "warning", issue.Message, issue.Hint, issue.ToString());
    }
}
