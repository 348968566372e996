namespace Samverkan.Analytics.Core.Reports;

/// <summary>The port to analysts' comments (implemented by Storage). Comments are only ever added.</summary>
public interface IReportCommentStore
{
    /// <summary>Stores a comment; returns it with its id.</summary>
    Task<ReportComment> AddAsync(ReportComment comment, CancellationToken cancellationToken);

    /// <summary>Every comment written for <paramref name="year"/>, oldest first (the history; see <see cref="ReportComments.Current"/>).</summary>
    Task<IReadOnlyList<ReportComment>> ListAsync(int year, CancellationToken cancellationToken);
}
