using MimeKit;

namespace Samverkan.Analytics.Publishing.Digest;

/// <summary>A digest ready to send or preview.</summary>
/// <param name="Message">The MIME message (text and HTML alternatives, inline PNG charts).</param>
/// <param name="Subject">Its subject.</param>
/// <param name="PreviewHtml">The HTML with charts referred to as files (<see cref="DigestChart.FileName"/>), for the outbox.</param>
/// <param name="Charts">The charts.</param>
/// <param name="ChangeCount">The number of changes it tells.</param>
internal sealed record RenderedDigest(MimeMessage Message, string Subject, string PreviewHtml, IReadOnlyList<DigestChart> Charts, int ChangeCount);
