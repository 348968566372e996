using MimeKit;

namespace Samverkan.Analytics.Publishing.Digest;

/// <summary>Hands a message to the mail system.</summary>
internal interface IDigestTransport
{
    /// <summary>
    /// Sends the message; returns the server's answer, or null when <paramref name="handing"/> said no
    /// (nothing was sent). <paramref name="handing"/> is awaited just before each mail transaction
    /// starts (after connecting and logging in), to record durably that the message may now arrive.
    /// Throws <see cref="DigestDeliveryException"/> when it could not be sent; its
    /// <see cref="DigestDeliveryException.MaybeDelivered"/> is true when the connection broke off after
    /// handing, without the server's refusal (the message may have arrived, so it is not retried).
    /// </summary>
    Task<string?> SendAsync(MimeMessage message, Func<CancellationToken, Task<bool>> handing, CancellationToken cancellationToken);
}
