namespace Samverkan.Analytics.Core.Digests;

/// <summary>The operator's note on a digest delivery that is <see cref="DigestDeliveryStatus.Uncertain"/>.</summary>
public static class DigestUncertainty
{
    /// <summary>What to do, in Swedish (the ledger's <c>last_error</c>, the log and the Cli).</summary>
    public const string Advice =
        "Osäkert om mejlet kom fram: det lämnades till SMTP-servern men markerades aldrig som skickat, och skickas inte om automatiskt. " +
        "Fråga mottagaren; skicka om med 'samverkan digest --resend-uncertain'.";

    /// <summary>The note for a claim that lapsed after it was handed to SMTP (its server stopped).</summary>
    public static string Abandoned => "servern som skickade det stannade efter att ha lämnat det till SMTP. " + Advice;

    /// <summary>The note for sending that broke off after the message was handed to SMTP.</summary>
    /// <param name="reason">What broke (no credentials).</param>
    public static string BrokenOff(string reason) => $"sändningen bröts efter att meddelandet lämnats till SMTP ({reason}). " + Advice;
}
