namespace Samverkan.Analytics.Core.Digests;

/// <summary>The answer to a claim: its status, and the claim when it was taken.</summary>
/// <param name="Status">Claimed, already sent, or held by another server.</param>
/// <param name="Claim">The claim when <paramref name="Status"/> is <see cref="DigestClaimStatus.Claimed"/>.</param>
public sealed record DigestClaimResult(DigestClaimStatus Status, DigestClaim? Claim);
