using System.Globalization;

namespace Samverkan.Analytics.Core.Imports;

/// <summary>Whether an issue rejects the file.</summary>
public enum IssueSeverity
{
    /// <summary>The file is rejected; nothing of it is stored.</summary>
    Error,

    /// <summary>The row (or value) is left out and named; the rest of the file is stored.</summary>
    Warning,
}

/// <summary>
/// A problem found in an input file, with where it is and what to do about it. Line and column are
/// 1-based; 0 means "the whole file" or "the whole line".
/// </summary>
/// <param name="File">The file name as given.</param>
/// <param name="Line">Line number (1 = first line).</param>
/// <param name="Column">Column number (1 = first field), or 0.</param>
/// <param name="Message">What is wrong, in plain words.</param>
/// <param name="Hint">What to do about it.</param>
/// <param name="Severity">Error or warning.</param>
public sealed record RowIssue(string File, int Line, int Column, string Message, string Hint, IssueSeverity Severity = IssueSeverity.Error)
{
    /// <summary>
    /// The issue as people read it, in Swedish: <c>file, rad 12, kolumn 3: fel: message hint</c>
    /// (<c>varning</c> for a warning; without the column or line when the issue has none). Programs read
    /// <see cref="Line"/>, <see cref="Column"/> and <see cref="Severity"/>, never this text.
    /// </summary>
    public override string ToString()
    {
        var where = SourcePlace.Of(File, Line, Column);
        var word = Severity == IssueSeverity.Error ? "fel" : "varning";
        return string.IsNullOrEmpty(Hint) ? $"{where}: {word}: {Message}" : $"{where}: {word}: {Message} {Hint}";
    }
}
