namespace Samverkan.Analytics.Core.Digests;

/// <summary>
/// The idempotency key of one digest message: subscription × recipient × the compute run it
/// reports. At most one message is ever marked sent per key.
/// </summary>
/// <param name="SubscriptionId">The subscription's id.</param>
/// <param name="Recipient">The recipient's address, lower-case.</param>
/// <param name="RunId">The compute run the message is based on.</param>
public sealed record DigestDeliveryKey(string SubscriptionId, string Recipient, long RunId);
