namespace Samverkan.Analytics.Core.Digests;

/// <summary>One row of the sent-digest ledger: what was sent (or is being sent) to whom for which run.</summary>
public sealed record DigestDelivery
{
    /// <summary>Subscription, recipient and run.</summary>
    public required DigestDeliveryKey Key { get; init; }

    /// <summary>The run the previous digest was based on (what this one was compared with), or null.</summary>
    public long? BaseRunId { get; init; }

    /// <summary>The row's state.</summary>
    public required DigestDeliveryStatus Status { get; init; }

    /// <summary>When the current claim was taken.</summary>
    public required DateTimeOffset ClaimedAt { get; init; }

    /// <summary>When the current claim handed the message to the SMTP server (null before, and after a failure that is sure it did not arrive).</summary>
    public DateTimeOffset? HandedAt { get; init; }

    /// <summary>When the message was accepted by the SMTP server (or the baseline recorded).</summary>
    public DateTimeOffset? SentAt { get; init; }

    /// <summary>How many times it was claimed.</summary>
    public int Attempts { get; init; }

    /// <summary>The message's Message-ID (the same on every attempt).</summary>
    public required string MessageId { get; init; }

    /// <summary>The subject, once sent.</summary>
    public string? Subject { get; init; }

    /// <summary>The number of changes the message reported.</summary>
    public int ChangeCount { get; init; }

    /// <summary>The last failure, for operators (never holds credentials).</summary>
    public string? LastError { get; init; }
}
