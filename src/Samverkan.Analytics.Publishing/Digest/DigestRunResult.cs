using Samverkan.Analytics.Publishing.Formatting;

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

    /// <summary>A one-line summary in Swedish, counted per recipient: <c>2 skickade, 1 inte dags, 1 misslyckat</c>.</summary>
    public override string ToString() =>
        Outcomes.Count == 0
            ? LatestRunId is null ? "Ingen beräkningskörning än; inget att berätta." : "Inga prenumerationer."
            : string.Join(", ", Outcomes.GroupBy(o => o.Kind).OrderBy(g => g.Key).Select(g => Words(g.Key, g.Count())));

    private static string Words(DigestOutcomeKind kind, int count) => kind switch
    {
        DigestOutcomeKind.Sent => SwedishFormat.Count(count, "skickat", "skickade"),
        DigestOutcomeKind.Previewed => SwedishFormat.Count(count, "förhandsgranskat", "förhandsgranskade"),
        DigestOutcomeKind.Started => SwedishFormat.Count(count, "påbörjad", "påbörjade"),
        DigestOutcomeKind.NotDue => SwedishFormat.Count(count, "inte dags", "inte dags"),
        DigestOutcomeKind.NothingNew => SwedishFormat.Count(count, "utan något nytt", "utan något nytt"),
        DigestOutcomeKind.NothingMaterial => SwedishFormat.Count(count, "utan väsentlig förändring", "utan väsentlig förändring"),
        DigestOutcomeKind.AlreadyHandled => SwedishFormat.Count(count, "redan hanterat", "redan hanterade"),
        DigestOutcomeKind.Unsubscribed => SwedishFormat.Count(count, "avregistrerad", "avregistrerade"),
        DigestOutcomeKind.Refused => SwedishFormat.Count(count, "vägrat", "vägrade"),
        DigestOutcomeKind.Uncertain => SwedishFormat.Count(count, "osäkert", "osäkra") + " (skickas inte igen: se 'samverkan digest --log')",
        _ => SwedishFormat.Count(count, "misslyckat", "misslyckade"),
    };
}
