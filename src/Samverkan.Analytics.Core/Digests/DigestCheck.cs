namespace Samverkan.Analytics.Core.Digests;

/// <summary>
/// A schedule slot of a subscription that has been dealt with for one recipient (a digest sent, the
/// baseline taken, or nothing to tell), so the slot is not looked at again.
/// </summary>
/// <param name="SubscriptionId">The subscription.</param>
/// <param name="Recipient">The recipient, lower-case.</param>
/// <param name="Occurrence">The cron occurrence (UTC) that made it due.</param>
/// <param name="RunId">The latest compute run when it was checked.</param>
/// <param name="Outcome">A kebab-case word: <c>sent</c>, <c>baseline</c>, <c>nothing-new</c>, <c>nothing-material</c>.</param>
/// <param name="CheckedAt">When.</param>
public sealed record DigestCheck(
    string SubscriptionId,
    string Recipient,
    DateTimeOffset Occurrence,
    long? RunId,
    string Outcome,
    DateTimeOffset CheckedAt);
