using System.Globalization;
using System.Text;

namespace Samverkan.Analytics.Ingestion.Catalog;

/// <summary>
/// One reason a catalogue does not load, with its place:
/// <c>areas.yaml:42:5: areas[12].valid_from: '2023-13-01' is not a date (YYYY-MM-DD)</c>.
/// </summary>
/// <param name="File">The file name inside the catalogue directory (<c>areas.yaml</c>), or the directory when it is missing.</param>
/// <param name="Line">1-based line, or 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column, or 0 when the problem concerns the whole file.</param>
/// <param name="Field">The field's path (<c>areas[12].valid_from</c>, 0-based indices), or null for the file itself.</param>
/// <param name="Message">What is wrong, in English, naming the offending value.</param>
public sealed record CatalogProblem(string File, int Line, int Column, string? Field, string Message)
{
    /// <summary>The problem as one line: <c>file:line:column: field: message</c>.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder(File);
        if (Line > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $":{Line}:{Column}");
        }

        sb.Append(": ");
        if (!string.IsNullOrEmpty(Field))
        {
            sb.Append(Field).Append(": ");
        }

        return sb.Append(Message).ToString();
    }
}
