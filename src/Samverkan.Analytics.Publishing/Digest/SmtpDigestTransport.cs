using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Samverkan.Analytics.Publishing.Formatting;

namespace Samverkan.Analytics.Publishing.Digest;

/// <summary>
/// Sends through an SMTP relay with MailKit: one connection per message, transient failures
/// (cannot connect, connection lost, timeouts, 4xx replies) retried with exponential backoff,
/// permanent ones (5xx, failed login, TLS refused) reported at once. Error messages name the host
/// and port, never the user name or password. Once a message has been handed over (MAIL FROM, RCPT
/// TO, DATA, the content and its final dot, written by MailKit in one call) only a reply of the
/// server is a sure "not accepted": a connection lost or a timeout from then on may follow the
/// server's acceptance, so that attempt is not retried and is reported as maybe delivered.
/// </summary>
internal sealed class SmtpDigestTransport : IDigestTransport
{
    private readonly DigestSmtpOptions _options;
    private readonly SecureSocketOptions _security;
    private readonly TimeProvider _time;

    public SmtpDigestTransport(DigestSmtpOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _time = time;
        if (!TryParseSecurity(options.Security, out _security))
        {
            throw new ArgumentException(DigestOptions.SecurityProblem(options.Security), nameof(options));
        }
    }

    /// <summary>Parses the security setting (case-insensitive).</summary>
    public static bool TryParseSecurity(string? text, out SecureSocketOptions security)
    {
        SecureSocketOptions? parsed = (text ?? string.Empty).Trim().ToLowerInvariant() switch
        {
            "starttls" => SecureSocketOptions.StartTls,
            "sslonconnect" => SecureSocketOptions.SslOnConnect,
            "starttlswhenavailable" => SecureSocketOptions.StartTlsWhenAvailable,
            "auto" => SecureSocketOptions.Auto,
            "none" => SecureSocketOptions.None,
            _ => null,
        };
        security = parsed ?? SecureSocketOptions.None;
        return parsed is not null;
    }

    /// <summary>The wait before attempt <paramref name="attempt"/> (2, 3, …): the retry delay, doubled each time.</summary>
    public static TimeSpan Backoff(TimeSpan first, int attempt) => attempt <= 1 ? TimeSpan.Zero : first * Math.Pow(2, attempt - 2);

    /// <inheritdoc />
    public async Task<string?> SendAsync(MimeMessage message, Func<CancellationToken, Task<bool>> handing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handing);
        var where = _options.ToString();
        for (var attempt = 1; ; attempt++)
        {
            var handed = false;
            try
            {
                return await SendOnceAsync(message, async ct => handed = await handing(ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var (transient, reason) = Describe(e);
                var tries = SwedishFormat.Count(attempt, "försök", "försök");
                if (handed && e is not SmtpCommandException)
                {
                    throw new DigestDeliveryException($"SMTP {where}: {reason} efter att meddelandet lämnats över ({tries}; inte omförsökt: det kan ha kommit fram).", e)
                    {
                        MaybeDelivered = true,
                    };
                }

                if (!transient || attempt >= _options.Attempts)
                {
                    throw new DigestDeliveryException($"SMTP {where}: {reason} ({tries}{(transient ? string.Empty : "; inte omförsökt: felet är bestående")}).", e);
                }

                await Task.Delay(Backoff(_options.RetryDelay, attempt + 1), _time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<string?> SendOnceAsync(MimeMessage message, Func<CancellationToken, Task<bool>> handing, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = (int)Math.Min(int.MaxValue, _options.Timeout.TotalMilliseconds) };
        await client.ConnectAsync(_options.Host ?? throw new InvalidOperationException(DigestOptions.NoSmtpHost), _options.Port, _security, cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(_options.UserName))
        {
            await client.AuthenticateAsync(_options.UserName, _options.Password ?? string.Empty, cancellationToken).ConfigureAwait(false);
        }

        // The last moment at which nothing can have arrived: from here the server may accept it.
        if (!await handing(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var answer = await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        try
        {
            await client.DisconnectAsync(true, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or SmtpProtocolException or ServiceNotConnectedException or TimeoutException or SocketException)
        {
            // Accepted already: a failed QUIT must not make the message look unsent (and be sent twice).
        }

        return answer;
    }

    /// <summary>Whether a failure may pass if tried again, and what it was in one clause without secrets.</summary>
    private static (bool Transient, string Reason) Describe(Exception e) => e switch
    {
        SmtpCommandException c when (int)c.StatusCode is >= 400 and < 500 => (true, $"servern svarade {(int)c.StatusCode} (försök senare): {Trim(c.Message)}"),
        SmtpCommandException c => (false, $"servern vägrade ta emot meddelandet med {(int)c.StatusCode}: {Trim(c.Message)}"),
        AuthenticationException => (false, "inloggningen nekades; kontrollera Samverkan__Digest__Smtp__UserName och lösenordet i miljön"),
        SslHandshakeException => (false, "TLS-handskakningen misslyckades; kontrollera Samverkan:Digest:Smtp:Security och porten"),
        SocketException s => (true, $"kan inte ansluta ({s.SocketErrorCode}); är SMTP-servern igång och nåbar härifrån?"),
        SmtpProtocolException or ServiceNotConnectedException or IOException => (true, $"anslutningen bröts: {Trim(e.Message)}"),
        TimeoutException or OperationCanceledException => (true, "servern svarade inte i tid"),
        NotSupportedException => (false, $"servern stöder inte det som behövs: {Trim(e.Message)}"),
        _ => (false, $"{e.GetType().Name}: {Trim(e.Message)}"),
    };

    private static string Trim(string text) => DigestTexts.OneLine(text).Trim();
}
