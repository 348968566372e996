using Samverkan.Analytics.Core.Digests;
using Samverkan.Analytics.Core.Explanations;
using Samverkan.Analytics.Ingestion.Catalog;

namespace Samverkan.Analytics.Ingestion.Subscriptions;

/// <summary>
/// The outcome of <see cref="SubscriptionLoader.Load"/>: every subscription, or none and every
/// problem (a file with one bad entry sends nothing, so a typo never mails the wrong people).
/// </summary>
public sealed class SubscriptionLoadResult
{
    internal SubscriptionLoadResult(string path, bool fileExists, IReadOnlyList<DigestSubscription> subscriptions, IReadOnlyList<CatalogProblem> problems)
    {
        Path = path;
        FileExists = fileExists;
        Problems = problems;
        Subscriptions = problems.Count == 0 ? subscriptions : [];
    }

    /// <summary>The file that was read (or looked for).</summary>
    public string Path { get; }

    /// <summary>False when the catalogue directory has no <c>subscriptions.yaml</c> (then there are no subscriptions and no problems).</summary>
    public bool FileExists { get; }

    /// <summary>The subscriptions; empty when there are problems.</summary>
    public IReadOnlyList<DigestSubscription> Subscriptions { get; }

    /// <summary>Every problem, with file, line, column and field; empty on success.</summary>
    public IReadOnlyList<CatalogProblem> Problems { get; }

    /// <summary>True when there are no problems.</summary>
    public bool Succeeded => Problems.Count == 0;

    /// <summary>The subscriptions, or an <see cref="InvalidOperationException"/> listing every problem.</summary>
    public IReadOnlyList<DigestSubscription> GetSubscriptionsOrThrow() =>
        Succeeded
            ? Subscriptions
            : throw new InvalidOperationException(
                CatalogMessages.Format(CatalogMessages.SubscriptionsInvalid, Path, SwedishFormat.Count(Problems.Count, "problem", "problem")) + Environment.NewLine + this);

    /// <summary>The problems, one per line.</summary>
    public override string ToString() => string.Join(Environment.NewLine, Problems);
}
