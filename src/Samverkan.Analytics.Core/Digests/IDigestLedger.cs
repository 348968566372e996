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
    /// is older than <paramref name="lease"/> (its server died), is claimed again (same Message-ID);
    /// a sent one or one with a live claim is not.
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

    /// <summary>True when the schedule slot has been dealt with for this recipient.</summary>
    Task<bool> HasCheckAsync(string subscriptionId, string recipient, DateTimeOffset occurrence, CancellationToken cancellationToken);

    /// <summary>Records a schedule slot as dealt with (a second record of the same slot is ignored).</summary>
    Task RecordCheckAsync(DigestCheck check, CancellationToken cancellationToken);

    /// <summary>True when the recipient has unsubscribed from the subscription.</summary>
    Task<bool> IsUnsubscribedAsync(string subscriptionId, string recipient, CancellationToken cancellationToken);

    /// <summary>Unsubscribes the recipient; false when they already were.</summary>
    Task<bool> UnsubscribeAsync(string subscriptionId, string recipient, DateTimeOffset at, CancellationToken cancellationToken);
}
