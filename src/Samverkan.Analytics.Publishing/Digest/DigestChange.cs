namespace Samverkan.Analytics.Publishing.Digest;

/// <summary>One change, as one Swedish sentence.</summary>
/// <param name="Kind">What kind of change.</param>
/// <param name="Text">The sentence (plain text; HTML-encoded when rendered).</param>
internal sealed record DigestChange(DigestChangeKind Kind, string Text);
