using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Digests;
using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Publishing.Digest;

/// <summary>What one digest tells one recipient: the changes between two runs within the subscription's scope.</summary>
/// <param name="Subscription">The subscription.</param>
/// <param name="Areas">Its areas, in catalogue order (names told apart by kind where they collide).</param>
/// <param name="AreaNames">The areas' plain names, each once.</param>
/// <param name="Latest">The run the digest reports.</param>
/// <param name="Base">The run the previous digest was based on (null when previewing against nothing).</param>
/// <param name="Sections">One per indicator × area with a material change, most important first.</param>
internal sealed record DigestContent(
    DigestSubscription Subscription,
    IReadOnlyList<Area> Areas,
    IReadOnlyList<string> AreaNames,
    ComputeRun Latest,
    ComputeRun? Base,
    IReadOnlyList<DigestSection> Sections)
{
    /// <summary>The revision reminder when it is due or overdue and the digest goes to the steering group (its areas include the city); else null.</summary>
    public Core.Agreements.RevisionReminder? Revision { get; init; }

    /// <summary>True when something material changed.</summary>
    public bool IsMaterial => Sections.Count > 0;

    /// <summary>The number of changes over all sections.</summary>
    public int ChangeCount => Sections.Sum(s => s.Changes.Count);

    /// <summary>Sections whose headline is a worsening.</summary>
    public int Worse => Sections.Count(s => s.Headline == DigestChangeKind.BecameWorse);

    /// <summary>Sections whose headline is an improvement.</summary>
    public int Better => Sections.Count(s => s.Headline == DigestChangeKind.BecameBetter);
}
