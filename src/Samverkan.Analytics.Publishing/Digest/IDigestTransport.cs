using MimeKit;

namespace Samverkan.Analytics.Publishing.Digest;

/// <summary>Hands a message to the mail system.</summary>
internal interface IDigestTransport
{
    /// <summary>Sends the message; returns the server's answer. Throws <see cref="DigestDeliveryException"/> when it could not be sent.</summary>
    Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
