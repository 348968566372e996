namespace Samverkan.Analytics.Core.Reports;

/// <summary>The two parties to the agreement, each of which approves a report edition.</summary>
public enum ApprovalParty
{
    /// <summary><c>city</c>: Stockholms stad.</summary>
    City,

    /// <summary><c>police</c>: Polisregion Stockholm.</summary>
    Police,
}
