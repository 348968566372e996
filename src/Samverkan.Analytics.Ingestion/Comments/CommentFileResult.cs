using Samverkan.Analytics.Core.Reports;
using Samverkan.Analytics.Ingestion.Catalog;

namespace Samverkan.Analytics.Ingestion.Comments;

/// <summary>What a comments file holds: every comment, or (when anything is wrong) none and the problems.</summary>
/// <param name="Comments">The comments, in file order; empty when there are problems.</param>
/// <param name="Problems">Each problem with file, line, column and field, in file order.</param>
public sealed record CommentFileResult(IReadOnlyList<ReportComment> Comments, IReadOnlyList<CatalogProblem> Problems)
{
    /// <summary>True when the file can be stored.</summary>
    public bool IsValid => Problems.Count == 0;
}
