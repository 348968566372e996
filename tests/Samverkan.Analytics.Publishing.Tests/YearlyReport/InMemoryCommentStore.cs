using Samverkan.Analytics.Core.Reports;

namespace Samverkan.Analytics.Publishing.Tests.YearlyReport;

/// <summary>Comments in memory, append-only.</summary>
internal sealed class InMemoryCommentStore : IReportCommentStore
{
    private readonly List<ReportComment> _comments = [];

    public Task<ReportComment> AddAsync(ReportComment comment, CancellationToken cancellationToken)
    {
        var stored = comment with { Id = _comments.Count + 1 };
        _comments.Add(stored);
        return Task.FromResult(stored);
    }

    public Task<IReadOnlyList<ReportComment>> ListAsync(int year, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ReportComment>>(_comments.Where(c => c.Year == year).ToList());
}
