namespace Samverkan.Analytics.Publishing.Digest;

/// <summary>The outcome of one digest run.</summary>
/// <param name="Sent">True for a sending run, false for a preview.</param>
/// <param name="LatestRunId">The latest compute run, or null when there is none yet.</param>
/// <param name="Outcomes">One per subscription × recipient.</param>
public sealed record DigestRunResult(bool Sent, long? LatestRunId, IReadOnlyList<DigestOutcome> Outcomes)
{
    /// <summary>The outcomes of a kind.</summary>
    public IReadOnlyList<DigestOutcome> Of(DigestOutcomeKind kind) => Outcomes.Where(o => o.Kind == kind).ToList();

    /// <summary>True when something failed or was refused.</summary>
    public bool HasProblems => Outcomes.Any(o => o.Kind is DigestOutcomeKind.Failed or DigestOutcomeKind.Refused);

    /// <summary>A one-line summary: <c>2 sent, 1 not due, 1 failed</c>.</summary>
    public override string ToString() =>
        Outcomes.Count == 0
            ? LatestRunId is null ? "No compute run yet; nothing to tell." : "No subscriptions."
            : string.Join(", ", Outcomes.GroupBy(o => o.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {Word(g.Key)}"));

    private static string Word(DigestOutcomeKind kind) => kind switch
    {
        DigestOutcomeKind.Sent => "sent",
        DigestOutcomeKind.Previewed => "previewed",
        DigestOutcomeKind.Started => "started",
        DigestOutcomeKind.NotDue => "not due",
        DigestOutcomeKind.NothingNew => "nothing new",
        DigestOutcomeKind.NothingMaterial => "no material change",
        DigestOutcomeKind.AlreadyHandled => "already handled",
        DigestOutcomeKind.Unsubscribed => "unsubscribed",
        DigestOutcomeKind.Refused => "refused",
        DigestOutcomeKind.Uncertain => "uncertain (not resent: see 'samverkan digest --log')",
        _ => "failed",
    };
}
