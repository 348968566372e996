namespace Samverkan.Analytics.Publishing.Digest;

/// <summary>
/// The SMTP relay digests are sent through (<c>Samverkan:Digest:Smtp</c>). The password comes from
/// the environment (<c>Samverkan__Digest__Smtp__Password</c>), never from a committed file, and is
/// never written to a log or an error message.
/// </summary>
public sealed class DigestSmtpOptions
{
    /// <summary>The relay's host name. The default value is null: sending is not configured.</summary>
    public string? Host { get; set; }

    /// <summary>The port. The default value is 587 (submission with STARTTLS).</summary>
    public int Port { get; set; } = 587;

    /// <summary>
    /// Transport security: <c>StartTls</c> (require STARTTLS), <c>SslOnConnect</c> (implicit TLS, port 465),
    /// <c>StartTlsWhenAvailable</c>, <c>Auto</c> or <c>None</c> (plain text: loopback test servers only).
    /// The default value is <c>StartTls</c>.
    /// </summary>
    public string Security { get; set; } = "StartTls";

    /// <summary>The user name to log in with; null sends without logging in. The default value is null.</summary>
    public string? UserName { get; set; }

    /// <summary>The password (from the environment only). The default value is null.</summary>
    public string? Password { get; set; }

    /// <summary>The timeout of each SMTP operation. The default value is 30 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts per message before it counts as failed (transient errors only). The default value is 3.</summary>
    public int Attempts { get; set; } = 3;

    /// <summary>The wait before the second attempt; it doubles before each further one. The default value is 2 seconds.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The host and port as shown in messages (never the credentials).</summary>
    public override string ToString() => $"{Host}:{Port.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
