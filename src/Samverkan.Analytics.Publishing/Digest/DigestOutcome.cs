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

    /// <summary>One line for people: <c>jarva → a@b.se: sent (3 changes, run 7 vs 5)</c>.</summary>
    public override string ToString()
    {
        var runs = RunId is { } r ? BaseRunId is { } b ? $", run {r} vs {b}" : $", run {r}" : string.Empty;
        var what = Kind switch
        {
            DigestOutcomeKind.Sent => $"sent \"{Subject}\" ({ChangeCount} changes{runs})",
            DigestOutcomeKind.Previewed => $"previewed \"{Subject}\" ({ChangeCount} changes{runs}) → {Files.FirstOrDefault()}",
            DigestOutcomeKind.Started => $"started: changes are counted from run {RunId}; no message",
            DigestOutcomeKind.NotDue => "not due (schedule)",
            DigestOutcomeKind.NothingNew => $"nothing new since the last digest{runs}",
            DigestOutcomeKind.NothingMaterial => $"no material change{runs}; no message",
            DigestOutcomeKind.AlreadyHandled => $"already sent or being sent by another server{runs}",
            DigestOutcomeKind.Unsubscribed => "unsubscribed",
            DigestOutcomeKind.Refused => $"refused: {Message}",
            DigestOutcomeKind.Uncertain => $"UNCERTAIN \"{Subject}\"{runs}: {Message}",
            _ => $"FAILED: {Message}",
        };
        return $"{SubscriptionId} → {Recipient}: {what}{(Kind == DigestOutcomeKind.Sent && Message is not null ? $" (warning: {Message})" : string.Empty)}";
    }
}
