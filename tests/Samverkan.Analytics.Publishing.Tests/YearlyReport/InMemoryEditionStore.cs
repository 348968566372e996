using Samverkan.Analytics.Core.Reports;

namespace Samverkan.Analytics.Publishing.Tests.YearlyReport;

/// <summary>Report editions in memory (the rules are tested on the SQL store in Storage.Tests).</summary>
internal sealed class InMemoryEditionStore : IReportEditionStore
{
    private readonly List<ReportEdition> _editions = [];

    public Task<ReportEdition> CreateAsync(ReportScope scope, long runId, string createdBy, DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        var edition = new ReportEdition { Id = _editions.Count + 1, Scope = scope, RunId = runId, CreatedAt = createdAt, CreatedBy = createdBy };
        _editions.Add(edition);
        return Task.FromResult(edition);
    }

    public Task<ReportEdition?> GetAsync(long editionId, CancellationToken cancellationToken) =>
        Task.FromResult(_editions.FirstOrDefault(e => e.Id == editionId));

    public Task<ReportEdition?> LatestAsync(ReportScope scope, CancellationToken cancellationToken)
    {
        var mine = _editions.Where(e => e.Scope.Key == scope.Key).ToList();
        return Task.FromResult(mine.LastOrDefault(e => e.IsFinal) ?? mine.LastOrDefault());
    }

    public Task<ReportEdition> ApproveAsync(long editionId, ApprovalParty party, string approver, DateTimeOffset approvedAt, CancellationToken cancellationToken)
    {
        var index = _editions.FindIndex(e => e.Id == editionId);
        _editions[index] = _editions[index] with { Approvals = [.. _editions[index].Approvals, new ReportApproval(party, approver, approvedAt)] };
        return Task.FromResult(_editions[index]);
    }
}
