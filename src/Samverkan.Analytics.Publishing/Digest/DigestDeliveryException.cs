namespace Samverkan.Analytics.Publishing.Digest;

/// <summary>
/// A digest could not be handed to the SMTP server (after its retries), or a run ended with such
/// failures. The message says what, where (host and port, never credentials) and that nothing was
/// marked sent, so the next run tries again.
/// </summary>
public sealed class DigestDeliveryException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DigestDeliveryException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public DigestDeliveryException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public DigestDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>
    /// True when sending broke off after the message was handed to the SMTP server without the server
    /// refusing it (connection lost, timeout): it may have arrived, so it must not be sent again on its own.
    /// </summary>
    public bool MaybeDelivered { get; init; }

    /// <summary>The outcome of the run that failed, when thrown at the end of a run.</summary>
    public DigestRunResult? Result { get; init; }
}
