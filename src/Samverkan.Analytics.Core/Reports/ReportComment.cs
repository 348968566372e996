namespace Samverkan.Analytics.Core.Reports;

/// <summary>
/// An analyst's comment on one indicator in one area for a report year, shown next to the numbers.
/// Comments are never changed: a newer comment with the same indicator, area, year and kind
/// replaces an older one, and an empty text withdraws it (<see cref="ReportComments.Current"/>), so
/// the comments as they stood at any moment can be read back.
/// </summary>
public sealed record ReportComment
{
    /// <summary>Database id (0 before it is stored).</summary>
    public long Id { get; init; }

    /// <summary>The report year.</summary>
    public required int Year { get; init; }

    /// <summary>The indicator's catalogue id.</summary>
    public required string IndicatorId { get; init; }

    /// <summary>The area's catalogue id.</summary>
    public required string AreaId { get; init; }

    /// <summary>Analysis or action.</summary>
    public CommentKind Kind { get; init; }

    /// <summary>The text as written (plain text; every output escapes it); empty withdraws the earlier comment.</summary>
    public required string Text { get; init; }

    /// <summary>Who wrote it.</summary>
    public required string Author { get; init; }

    /// <summary>When it was written.</summary>
    public required DateTimeOffset CreatedAt { get; init; }
}
