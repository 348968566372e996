namespace Samverkan.Analytics.Publishing.YearlyReport.Pdf;

/// <summary>A laid-out page: its drawing operations, in order.</summary>
/// <param name="IsCover">The cover has no running header or footer.</param>
internal sealed record PdfPageModel(bool IsCover)
{
    /// <summary>The operations.</summary>
    public List<PdfOp> Ops { get; } = [];
}
