using Samverkan.Analytics.Core.Imports;

namespace Samverkan.Analytics.Ingestion.Csv;

/// <summary>
/// Collects the issues of one file, up to a limit (a file with a wrong decimal mark would otherwise
/// give one error per cell); past the limit it counts, and <see cref="ToList"/> adds one line that
/// says how many more there were.
/// </summary>
internal sealed class IssueList(string fileName, int maxIssues)
{
    private readonly List<RowIssue> _issues = [];
    private int _dropped;
    private int _droppedErrors;

    /// <summary>The file name the issues name.</summary>
    public string FileName { get; } = fileName;

    /// <summary>True when an error was added (listed or not).</summary>
    public bool HasErrors => ErrorCount > 0;

    /// <summary>The number of errors added (listed or not).</summary>
    public int ErrorCount => _droppedErrors + _issues.Count(i => i.Severity == IssueSeverity.Error);

    /// <summary>Adds an error.</summary>
    public void Error(int line, int column, string message, string hint) => Add(new RowIssue(FileName, line, column, message, hint));

    /// <summary>Adds a warning (a row left out).</summary>
    public void Warning(int line, int column, string message, string hint) =>
        Add(new RowIssue(FileName, line, column, message, hint, IssueSeverity.Warning));

    /// <summary>The issues in file order (line, then column), with the count of unlisted ones last.</summary>
    public IReadOnlyList<RowIssue> ToList()
    {
        var list = _issues.OrderBy(i => i.Line).ThenBy(i => i.Column).ToList();
        if (_dropped > 0)
        {
            list.Add(new RowIssue(
                FileName,
                0,
                0,
                IngestionMessages.Format(IngestionMessages.TooManyIssues, _dropped),
                IngestionMessages.TooManyIssuesHint,
                _droppedErrors > 0 ? IssueSeverity.Error : IssueSeverity.Warning));
        }

        return list;
    }

    /// <summary>An empty list for the rows of one piece of a file read on several cores (<see cref="Append"/>).</summary>
    public IssueList ForChunk() => new(FileName, maxIssues);

    /// <summary>
    /// Adds the issues of a piece read by itself, in the order it added them, each line moved by
    /// <paramref name="lineOffset"/> (the lines of the pieces before it), so the list ends as if the
    /// rows had been read one after the other. What the piece counted without listing was past its own
    /// limit, so this list would not have listed it either.
    /// </summary>
    public void Append(IssueList chunk, int lineOffset)
    {
        foreach (var issue in chunk._issues)
        {
            Add(issue.Line > 0 ? issue with { Line = issue.Line + lineOffset } : issue);
        }

        _dropped += chunk._dropped;
        _droppedErrors += chunk._droppedErrors;
    }

    private void Add(RowIssue issue)
    {
        if (_issues.Count < Math.Max(1, maxIssues))
        {
            _issues.Add(issue);
            return;
        }

        _dropped++;
        if (issue.Severity == IssueSeverity.Error)
        {
            _droppedErrors++;
        }
    }
}
