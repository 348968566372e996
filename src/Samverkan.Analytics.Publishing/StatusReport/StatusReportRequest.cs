namespace Samverkan.Analytics.Publishing.StatusReport;

/// <summary>What status report to render.</summary>
/// <param name="Period">A quarter (the city-wide steering group) or a half-year (a local steering group).</param>
/// <param name="LocalAgreementId">A local agreement (<c>lok-enskede-arsta-vantor</c>), or null for the whole city.</param>
/// <param name="RunId">The compute run to report; null = the latest computed by the end of the period.</param>
public sealed record StatusReportRequest(StatusPeriod Period, string? LocalAgreementId = null, long? RunId = null);
