using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Samverkan.Analytics.Publishing.Digest;

/// <summary>
/// The token of an unsubscribe link: the subscription and the recipient, signed with HMAC-SHA256
/// under <see cref="DigestOptions.UnsubscribeSecret"/>, base64url:
/// <c>{payload}.{signature}</c>. It names one recipient of one subscription and cannot be forged
/// for another without the secret. It does not expire (an old email's link keeps working).
/// </summary>
public static class UnsubscribeToken
{
    private const char Separator = '\n';

    /// <summary>The token for <paramref name="recipient"/> of <paramref name="subscriptionId"/>.</summary>
    public static string Create(string subscriptionId, string recipient, string secret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subscriptionId);
        ArgumentException.ThrowIfNullOrWhiteSpace(recipient);
        ArgumentException.ThrowIfNullOrEmpty(secret);
        var payload = Encoding.UTF8.GetBytes(subscriptionId + Separator + recipient.ToLowerInvariant());
        return Base64Url(payload) + "." + Base64Url(Sign(payload, secret));
    }

    /// <summary>Reads a token; false when it is malformed or its signature does not match.</summary>
    public static bool TryRead(
        string? token,
        string secret,
        [NotNullWhen(true)] out string? subscriptionId,
        [NotNullWhen(true)] out string? recipient)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        subscriptionId = null;
        recipient = null;
        var dot = token?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (token is null || dot <= 0 || token.Length > 2048
            || !TryBase64Url(token[..dot], out var payload)
            || !TryBase64Url(token[(dot + 1)..], out var signature)
            || !CryptographicOperations.FixedTimeEquals(signature, Sign(payload, secret)))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(payload);
        var split = text.IndexOf(Separator, StringComparison.Ordinal);
        if (split <= 0 || split == text.Length - 1)
        {
            return false;
        }

        subscriptionId = text[..split];
        recipient = text[(split + 1)..];
        return true;
    }

    private static byte[] Sign(byte[] payload, string secret) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), payload);

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryBase64Url(string text, out byte[] bytes)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        s = s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '=');
        bytes = new byte[s.Length];
        if (Convert.TryFromBase64String(s, bytes, out var written))
        {
            bytes = bytes[..written];
            return true;
        }

        bytes = [];
        return false;
    }
}
