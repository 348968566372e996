namespace Samverkan.Analytics.Core.Reports;

/// <summary>
/// An edition of a report: the report for a <see cref="Scope"/> tied to one compute run, so that
/// regenerating it gives the same numbers whatever data arrive later. Once one party has approved it,
/// its comments are frozen at that moment (<see cref="FrozenAt"/>); when both the city and the police
/// have approved it, it is final and immutable.
/// </summary>
public sealed record ReportEdition
{
    /// <summary>Database id: the edition number.</summary>
    public long Id { get; init; }

    /// <summary>What the report covers.</summary>
    public required ReportScope Scope { get; init; }

    /// <summary>The compute run whose results the edition shows.</summary>
    public required long RunId { get; init; }

    /// <summary>When the edition was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Who created it.</summary>
    public required string CreatedBy { get; init; }

    /// <summary>The approvals so far, oldest first.</summary>
    public IReadOnlyList<ReportApproval> Approvals { get; init; } = [];

    /// <summary>True when both the city and the police have approved it.</summary>
    public bool IsFinal => Approval(ApprovalParty.City) is not null && Approval(ApprovalParty.Police) is not null;

    /// <summary>When it became final, or null.</summary>
    public DateTimeOffset? FinalisedAt => IsFinal ? Approvals.Max(a => a.ApprovedAt) : null;

    /// <summary>The moment its content was frozen: the first approval; null while nobody has approved it.</summary>
    public DateTimeOffset? FrozenAt => Approvals.Count == 0 ? null : Approvals.Min(a => a.ApprovedAt);

    /// <summary>A party's approval, or null.</summary>
    public ReportApproval? Approval(ApprovalParty party) => Approvals.FirstOrDefault(a => a.Party == party);
}
