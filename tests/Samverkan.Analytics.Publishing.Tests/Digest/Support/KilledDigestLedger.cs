using Samverkan.Analytics.Core.Digests;

namespace Samverkan.Analytics.Publishing.Tests.Digest.Support;

/// <summary>
/// A ledger whose server "dies" at a chosen point of a delivery: from there on it writes nothing
/// more (the call throws <see cref="KilledException"/> and the rest of the run never happens), just
/// as a SIGKILL leaves the database.
/// </summary>
internal sealed class KilledDigestLedger(IDigestLedger inner, KilledDigestLedger.Point point) : IDigestLedger
{
    /// <summary>Where the server dies.</summary>
    public enum Point
    {
        /// <summary>Right after claiming the message, before handing it to SMTP.</summary>
        AfterClaim,

        /// <summary>After the SMTP server accepted the message, before the ledger marks it sent.</summary>
        BeforeComplete,
    }

    public Task<DigestDelivery?> GetLatestAsync(string subscriptionId, string recipient, CancellationToken cancellationToken) =>
        inner.GetLatestAsync(subscriptionId, recipient, cancellationToken);

    public async Task<DigestClaimResult> TryClaimAsync(DigestDeliveryKey key, long? baseRunId, string messageId, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        var claim = await inner.TryClaimAsync(key, baseRunId, messageId, now, lease, cancellationToken);
        return point == Point.AfterClaim && claim.Claim is not null ? throw new KilledException() : claim;
    }

    public Task<bool> CompleteAsync(DigestClaim claim, DigestCompletion completion, CancellationToken cancellationToken) =>
        point == Point.BeforeComplete && completion.Status == DigestDeliveryStatus.Sent
            ? throw new KilledException()
            : inner.CompleteAsync(claim, completion, cancellationToken);

    public Task FailAsync(DigestClaim claim, string error, CancellationToken cancellationToken) => inner.FailAsync(claim, error, cancellationToken);

    public Task<bool> MarkHandedAsync(DigestClaim claim, DateTimeOffset at, CancellationToken cancellationToken) => inner.MarkHandedAsync(claim, at, cancellationToken);

    public Task MarkUncertainAsync(DigestClaim claim, string error, CancellationToken cancellationToken) => inner.MarkUncertainAsync(claim, error, cancellationToken);

    public Task<IReadOnlyList<DigestDelivery>> ListUncertainAsync(CancellationToken cancellationToken) => inner.ListUncertainAsync(cancellationToken);

    public Task<DigestClaim?> TryClaimUncertainAsync(DigestDeliveryKey key, DateTimeOffset now, CancellationToken cancellationToken) =>
        inner.TryClaimUncertainAsync(key, now, cancellationToken);

    public Task<bool> HasCheckAsync(string subscriptionId, string recipient, DateTimeOffset occurrence, CancellationToken cancellationToken) =>
        inner.HasCheckAsync(subscriptionId, recipient, occurrence, cancellationToken);

    public Task RecordCheckAsync(DigestCheck check, CancellationToken cancellationToken) => inner.RecordCheckAsync(check, cancellationToken);

    public Task<bool> IsUnsubscribedAsync(string subscriptionId, string recipient, CancellationToken cancellationToken) =>
        inner.IsUnsubscribedAsync(subscriptionId, recipient, cancellationToken);

    public Task<bool> UnsubscribeAsync(string subscriptionId, string recipient, DateTimeOffset at, CancellationToken cancellationToken) =>
        inner.UnsubscribeAsync(subscriptionId, recipient, at, cancellationToken);

    /// <summary>The simulated SIGKILL.</summary>
    internal sealed class KilledException : Exception
    {
        public KilledException()
            : base("killed")
        {
        }
    }
}
