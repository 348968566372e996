namespace Samverkan.Analytics.Core.Digests;

/// <summary>The state of a row in the sent-digest ledger.</summary>
public enum DigestDeliveryStatus
{
    /// <summary><c>sending</c>: claimed by a server that is sending it now (or crashed while doing so).</summary>
    Sending,

    /// <summary><c>sent</c>: the SMTP server accepted the message.</summary>
    Sent,

    /// <summary><c>failed</c>: the last attempt failed; the next run may claim it again.</summary>
    Failed,

    /// <summary><c>baseline</c>: no message; the run from which the subscription's first digest counts changes.</summary>
    Baseline,

    /// <summary>
    /// <c>uncertain</c>: the server sending it stopped after handing it to the SMTP server and before
    /// marking it sent, so whether it arrived is unknown. It is not sent again on its own (that could
    /// be a duplicate); an operator resends it on purpose (<c>samverkan digest --resend-uncertain</c>).
    /// </summary>
    Uncertain,
}
