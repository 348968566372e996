using Samverkan.Analytics.Core.Observations;

namespace Samverkan.Analytics.Core.Imports;

/// <summary>
/// What a reader made of one file: its observations and every issue found. A file with any error is
/// rejected as a whole (<see cref="IsRejected"/>); warnings name rows that were left out.
/// </summary>
public sealed record ParsedFile
{
    /// <summary>The file name as given (for messages and the import record).</summary>
    public required string FileName { get; init; }

    /// <summary>SHA-256 of the file's bytes, lower-case hex.</summary>
    public required string FileHash { get; init; }

    /// <summary>The detected or requested kind, when known.</summary>
    public InputKind? Kind { get; init; }

    /// <summary>The format the reader recognised (<c>canonical</c>, <c>bra-solwebb</c>, <c>pxweb-wide</c>).</summary>
    public string Format { get; init; } = "canonical";

    /// <summary>What the reader detected: encoding, separator, decimal mark.</summary>
    public string Detected { get; init; } = "";

    /// <summary>The number of data rows read.</summary>
    public int RowCount { get; init; }

    /// <summary>The good observations (not stored if the file is rejected).</summary>
    /// <remarks>
    /// A reader of a long file may give a list whose observations are built from its tallies when they
    /// are asked for (the incident lists' monthly counts), so that they are never all held at once: read
    /// it by enumerating it, in order, rather than by holding or indexing it. A store enumerates it once
    /// (<see cref="IObservationStore.ImportAsync(ParsedFile, bool, CancellationToken)"/>).
    /// </remarks>
    public IReadOnlyList<Observation> Observations { get; init; } = [];

    /// <summary>Errors and warnings, in file order.</summary>
    public IReadOnlyList<RowIssue> Issues { get; init; } = [];

    /// <summary>True when any issue is an error.</summary>
    public bool IsRejected => Issues.Any(i => i.Severity == IssueSeverity.Error);

    /// <summary>The errors.</summary>
    public IEnumerable<RowIssue> Errors => Issues.Where(i => i.Severity == IssueSeverity.Error);

    /// <summary>The warnings.</summary>
    public IEnumerable<RowIssue> Warnings => Issues.Where(i => i.Severity == IssueSeverity.Warning);
}
