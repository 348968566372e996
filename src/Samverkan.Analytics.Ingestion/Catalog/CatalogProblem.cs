using System.Globalization;
using System.Text;
using Samverkan.Analytics.Core.Imports;

namespace Samverkan.Analytics.Ingestion.Catalog;

/// <summary>
/// One reason a catalogue (or a subscriptions or comments file) does not load, with its place:
/// <c>areas.yaml, rad 42, kolumn 5: areas[12].valid_from: '2023-13-01' är inget datum. Skriv …</c>.
/// </summary>
/// <param name="File">The file name inside the catalogue directory (<c>areas.yaml</c>), or the directory when it is missing.</param>
/// <param name="Line">1-based line, or 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column, or 0 when the problem concerns the whole file.</param>
/// <param name="Field">The field's path (<c>areas[12].valid_from</c>, 0-based indices), or null for the file itself.</param>
/// <param name="Message">What is wrong and what to do, in Swedish, naming the offending value as written (texts in <c>CatalogMessages</c>).</param>
public sealed record CatalogProblem(string File, int Line, int Column, string? Field, string Message)
{
    /// <summary>
    /// The problem as people read it, in one line: <c>file, rad 12, kolumn 3: field: message</c>, the
    /// place written as the CSV readers' problems write theirs (without line and column when the
    /// problem concerns the whole file). Programs read <see cref="Line"/> and <see cref="Column"/>.
    /// </summary>
    public override string ToString()
    {
        var sb = new StringBuilder(SourcePlace.Of(File, Line, Column));
        sb.Append(": ");
        if (!string.IsNullOrEmpty(Field))
        {
            sb.Append(Field).Append(": ");
        }

        return sb.Append(Message).ToString();
    }
}
