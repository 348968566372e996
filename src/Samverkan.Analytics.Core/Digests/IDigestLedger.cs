namespace Samverkan.Analytics.Core.Digests;

/// <summary>
/// The port to the sent-digest ledger (implemented by Storage). It makes a digest message go out
/// once per subscription × recipient × run, even with several servers: a server first claims the
/// key, sends, then marks it sent in one transaction with the schedule check.
/// </summary>
public interface IDigestLedger
{
    /// <summary>The newest row that is sent or a baseline for this subscription and recipient, or null when there is none.</summary>
    Task<DigestDelivery?> GetLatestAsync(string subscriptionId, string recipient, CancellationToken cancellationToken);

    /// <summary>
    /// Claims <paramref name="key"/>: a new key is claimed at once; a failed one, or one whose claim
    /// is older than <paramref name="lease"/> (its server died) and was not yet handed to SMTP, is
    /// claimed again (same Message-ID); a sent one or one with a live claim is not. An expired claim
    /// that had been handed to SMTP (<see cref="MarkHandedAsync"/>) is marked
    /// <see cref="DigestDeliveryStatus.Uncertain"/> instead (<see cref="DigestClaimStatus.Uncertain"/>),
    /// as is answered for a row already uncertain.
    /// </summary>
    Task<DigestClaimResult> TryClaimAsync(
        DigestDeliveryKey key,
        long? baseRunId,
        string messageId,
        DateTimeOffset now,
        TimeSpan lease,
        CancellationToken cancellationToken);

    /// <summary>
    /// Marks the claimed row sent (or baseline) and records <see cref="DigestCompletion.Check"/>, in
    /// one transaction. False when the claim was lost (another server took it over after the lease).
    /// </summary>
    Task<bool> CompleteAsync(DigestClaim claim, DigestCompletion completion, CancellationToken cancellationToken);

    /// <summary>Records a failed attempt; the row is then free for the next run to claim.</summary>
    Task FailAsync(DigestClaim claim, string error, CancellationToken cancellationToken);

    /// <summary>
    /// Records, durably, that the claimed message is about to be handed to the SMTP server (called just
    /// before the transport starts the mail transaction). False when the claim was lost: send nothing.
    /// </summary>
    Task<bool> MarkHandedAsync(DigestClaim claim, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the claimed row <see cref="DigestDeliveryStatus.Uncertain"/> with <paramref name="error"/>:
    /// sending broke off after the message was handed to SMTP, so it may have arrived.
    /// </summary>
    Task MarkUncertainAsync(DigestClaim claim, string error, CancellationToken cancellationToken);

    /// <summary>Every <see cref="DigestDeliveryStatus.Uncertain"/> row, oldest run first.</summary>
    Task<IReadOnlyList<DigestDelivery>> ListUncertainAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Claims an <see cref="DigestDeliveryStatus.Uncertain"/> row so that an operator's resend may send it
    /// (same Message-ID); null when the row is not uncertain (any more).
    /// </summary>
    Task<DigestClaim?> TryClaimUncertainAsync(DigestDeliveryKey key, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>True when the schedule slot has been dealt with for this recipient.</summary>
    Task<bool> HasCheckAsync(string subscriptionId, string recipient, DateTimeOffset occurrence, CancellationToken cancellationToken);

    /// <summary>Records a schedule slot as dealt with (a second record of the same slot is ignored).</summary>
    Task RecordCheckAsync(DigestCheck check, CancellationToken cancellationToken);

    /// <summary>True when the recipient has unsubscribed from the subscription.</summary>
    Task<bool> IsUnsubscribedAsync(string subscriptionId, string recipient, CancellationToken cancellationToken);

    /// <summary>Unsubscribes the recipient; false when they already were.</summary>
    Task<bool> UnsubscribeAsync(string subscriptionId, string recipient, DateTimeOffset at, CancellationToken cancellationToken);
}
