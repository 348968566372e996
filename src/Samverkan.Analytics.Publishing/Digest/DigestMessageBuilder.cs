using System.Security.Cryptography;
using System.Text;
using MimeKit;

namespace Samverkan.Analytics.Publishing.Digest;

/// <summary>
/// Builds the MIME message of a digest: multipart/alternative with a plain-text part and an HTML
/// part whose charts are inline PNG parts (multipart/related, <c>cid:</c>), a Message-ID derived from
/// the delivery key (the same on a retry, so clients that see it twice show it once) and the
/// List-Unsubscribe header (RFC 2369) pointing to the unsubscribe page. No RFC 8058 one-click
/// (<c>List-Unsubscribe-Post</c>): that needs an endpoint that changes state on an anonymous POST, and
/// only <c>/health</c> may be anonymous; the page is behind the login and confirms with a form.
/// </summary>
internal static class DigestMessageBuilder
{
    /// <summary>The sender used in previews when none is configured.</summary>
    public const string PreviewSender = "digest@example.invalid";

    /// <summary>The Message-ID of the digest for a key (without angle brackets).</summary>
    public static string MessageId(string subscriptionId, string recipient, long runId, string? fromAddress)
    {
        var domain = fromAddress is { } f && f.Contains('@', StringComparison.Ordinal) ? f[(f.LastIndexOf('@') + 1)..] : "example.invalid";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(subscriptionId + "\n" + recipient + "\n" + runId.ToString(System.Globalization.CultureInfo.InvariantCulture))))[..24];
        return $"digest.{runId.ToString(System.Globalization.CultureInfo.InvariantCulture)}.{hash}@{domain}";
    }

    /// <summary>Builds the message.</summary>
    public static RenderedDigest Build(
        DigestContent content,
        IReadOnlyList<DigestChart> charts,
        DigestOptions options,
        string recipient,
        string messageId,
        string unsubscribeUrl,
        DateTimeOffset now)
    {
        var subject = content.IsMaterial ? DigestTexts.MessageSubject(content) : DigestTexts.NothingChangedSubject(content);
        var html = DigestHtml.Render(content, subject, charts, c => "cid:" + c.ContentId, unsubscribeUrl);
        var preview = DigestHtml.Render(content, subject, charts, c => c.FileName, unsubscribeUrl);
        var text = DigestPlainText.Render(content, unsubscribeUrl);

        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress ?? PreviewSender));
        message.To.Add(new MailboxAddress(string.Empty, recipient));
        message.Subject = subject;
        message.MessageId = messageId;
        message.Date = now;
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add("List-Unsubscribe", "<" + unsubscribeUrl + ">");

        var body = new BodyBuilder { TextBody = text, HtmlBody = html };
        foreach (var chart in charts)
        {
            var part = body.LinkedResources.Add(chart.FileName, chart.Png, new ContentType("image", "png"));
            part.ContentId = chart.ContentId;
            part.ContentDisposition = new ContentDisposition(ContentDisposition.Inline) { FileName = chart.FileName };
        }

        message.Body = body.ToMessageBody();
        message.Body.Headers.Replace(HeaderId.ContentLanguage, "sv");
        return new RenderedDigest(message, subject, preview, charts, content.ChangeCount);
    }
}
