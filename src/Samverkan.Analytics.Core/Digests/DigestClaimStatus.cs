namespace Samverkan.Analytics.Core.Digests;

/// <summary>The outcome of trying to claim a digest message.</summary>
public enum DigestClaimStatus
{
    /// <summary>This caller holds the claim and may send.</summary>
    Claimed,

    /// <summary>The message was sent (or the baseline recorded) before: send nothing.</summary>
    AlreadySent,

    /// <summary>Another server holds a live claim: send nothing now.</summary>
    InProgress,
}
