using Samverkan.Analytics.Publishing.Formatting;

namespace Samverkan.Analytics.Publishing.Digest;

/// <summary>What happened to one subscription × recipient.</summary>
public sealed record DigestOutcome
{
    /// <summary>The subscription.</summary>
    public required string SubscriptionId { get; init; }

    /// <summary>The recipient.</summary>
    public required string Recipient { get; init; }

    /// <summary>What happened.</summary>
    public required DigestOutcomeKind Kind { get; init; }

    /// <summary>The run reported (or recorded).</summary>
    public long? RunId { get; init; }

    /// <summary>The run it was compared with.</summary>
    public long? BaseRunId { get; init; }

    /// <summary>The subject of a sent or previewed message.</summary>
    public string? Subject { get; init; }

    /// <summary>The number of changes told.</summary>
    public int ChangeCount { get; init; }

    /// <summary>Files written by a preview (<c>.eml</c>, <c>.html</c>, charts).</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>Why it failed, was refused or is uncertain; a warning for a sent message (e.g. a lost claim).</summary>
    public string? Message { get; init; }

    /// <summary>One line for people, in Swedish: <c>jarva → a@b.se: skickat "…" (3 ändringar, körning 7 mot 5)</c>.</summary>
    public override string ToString()
    {
        var runs = RunId is { } r ? BaseRunId is { } b ? $", körning {r} mot {b}" : $", körning {r}" : string.Empty;
        var changes = SwedishFormat.Count(ChangeCount, "ändring", "ändringar");
        var what = Kind switch
        {
            DigestOutcomeKind.Sent => $"skickat \"{Subject}\" ({changes}{runs})",
            DigestOutcomeKind.Previewed => $"förhandsgranskat \"{Subject}\" ({changes}{runs}) → {Files.FirstOrDefault()}",
            DigestOutcomeKind.Started => $"påbörjad: ändringar räknas från körning {RunId}; inget meddelande",
            DigestOutcomeKind.NotDue => "inte dags (schemat)",
            DigestOutcomeKind.NothingNew => $"inget nytt sedan förra sammanfattningen{runs}",
            DigestOutcomeKind.NothingMaterial => $"ingen väsentlig förändring{runs}; inget meddelande",
            DigestOutcomeKind.AlreadyHandled => $"redan skickat, eller skickas av en annan server{runs}",
            DigestOutcomeKind.Unsubscribed => "avregistrerad",
            DigestOutcomeKind.Refused => $"vägrat: {Message}",
            DigestOutcomeKind.Uncertain => $"OSÄKERT \"{Subject}\"{runs}: {Message}",
            _ => $"MISSLYCKADES: {Message}",
        };
        return $"{SubscriptionId} → {Recipient}: {what}{(Kind == DigestOutcomeKind.Sent && Message is not null ? $" (varning: {Message})" : string.Empty)}";
    }
}
