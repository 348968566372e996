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

    /// <summary>
    /// The message was handed to the SMTP server by a claim that then lapsed (its server stopped), so
    /// it may have arrived: it is marked <see cref="DigestDeliveryStatus.Uncertain"/> and not sent again.
    /// </summary>
    Uncertain,
}
