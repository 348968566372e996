namespace Samverkan.Analytics.Core.Reports;

/// <summary>One party's approval of a report edition.</summary>
/// <param name="Party">The party.</param>
/// <param name="Approver">Who approved, as they are to be named in the report.</param>
/// <param name="ApprovedAt">When.</param>
public sealed record ReportApproval(ApprovalParty Party, string Approver, DateTimeOffset ApprovedAt);
