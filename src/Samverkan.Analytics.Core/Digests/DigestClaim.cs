namespace Samverkan.Analytics.Core.Digests;

/// <summary>The right, held by one server, to send the message with <see cref="Key"/>.</summary>
/// <param name="Key">What is claimed.</param>
/// <param name="Token">A random token naming this claim; completing or failing needs it.</param>
/// <param name="Attempt">1 for the first claim of the key, 2 after one failed or abandoned attempt, …</param>
public sealed record DigestClaim(DigestDeliveryKey Key, string Token, int Attempt);
