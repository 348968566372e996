namespace Samverkan.Analytics.Publishing.Digest;

/// <summary>What happened to one subscription × recipient in a digest run.</summary>
public enum DigestOutcomeKind
{
    /// <summary>The message was accepted by the SMTP server and marked sent.</summary>
    Sent,

    /// <summary>The message was written to the outbox (preview; nothing marked).</summary>
    Previewed,

    /// <summary>First look at the subscription: the latest run was recorded as where its changes start; no message.</summary>
    Started,

    /// <summary>Not due: the schedule's latest slot was dealt with already, or it has no slot yet.</summary>
    NotDue,

    /// <summary>No compute run since the previous digest.</summary>
    NothingNew,

    /// <summary>New results, but nothing material for the subscription's scope (no message).</summary>
    NothingMaterial,

    /// <summary>Another server is sending it, or it was sent already.</summary>
    AlreadyHandled,

    /// <summary>The recipient has unsubscribed.</summary>
    Unsubscribed,

    /// <summary>The address is outside the allowed domains; nothing was rendered.</summary>
    Refused,

    /// <summary>Sending failed after the retries; nothing was marked sent.</summary>
    Failed,

    /// <summary>
    /// Handed to the SMTP server, but not known to have been accepted (the sending server stopped, or
    /// the connection broke off): not sent again on its own; an operator resends it on purpose.
    /// </summary>
    Uncertain,
}
