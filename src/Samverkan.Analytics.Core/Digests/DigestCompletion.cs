namespace Samverkan.Analytics.Core.Digests;

/// <summary>What is written when a claimed digest is done: the ledger row's final state and the schedule check.</summary>
/// <param name="Status"><see cref="DigestDeliveryStatus.Sent"/> or <see cref="DigestDeliveryStatus.Baseline"/>.</param>
/// <param name="At">When the SMTP server accepted it (or the baseline was taken).</param>
/// <param name="Subject">The subject, for a sent message.</param>
/// <param name="ChangeCount">The number of changes reported.</param>
/// <param name="Check">The schedule slot this completes, recorded in the same transaction; null for none.</param>
public sealed record DigestCompletion(
    DigestDeliveryStatus Status,
    DateTimeOffset At,
    string? Subject,
    int ChangeCount,
    DigestCheck? Check);
