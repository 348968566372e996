namespace Samverkan.Analytics.Core.Reports;

/// <summary>The port to report editions and their approvals (implemented by Storage).</summary>
public interface IReportEditionStore
{
    /// <summary>Creates an edition of <paramref name="scope"/> tied to compute run <paramref name="runId"/>.</summary>
    /// <exception cref="InvalidOperationException">The scope already has a final edition, or the run does not exist.</exception>
    Task<ReportEdition> CreateAsync(ReportScope scope, long runId, string createdBy, DateTimeOffset createdAt, CancellationToken cancellationToken);

    /// <summary>The edition with this id, or null.</summary>
    Task<ReportEdition?> GetAsync(long editionId, CancellationToken cancellationToken);

    /// <summary>The newest edition of <paramref name="scope"/> (a final one if there is one), or null.</summary>
    Task<ReportEdition?> LatestAsync(ReportScope scope, CancellationToken cancellationToken);

    /// <summary>Records a party's approval; returns the edition as it now stands.</summary>
    /// <exception cref="InvalidOperationException">No such edition, the party has already approved it, or the same person approved for the other party.</exception>
    Task<ReportEdition> ApproveAsync(long editionId, ApprovalParty party, string approver, DateTimeOffset approvedAt, CancellationToken cancellationToken);
}
