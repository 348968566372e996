namespace Samverkan.Analytics.Core.Areas;

/// <summary>How a name in a file was matched against the catalogue's areas.</summary>
public enum AreaResolutionStatus
{
    /// <summary>Exactly one area, valid for the period under the spelling used.</summary>
    Resolved,

    /// <summary>No area has this id, name or alias.</summary>
    Unknown,

    /// <summary>The name matches areas of several kinds (Järva the district and Järva the police area).</summary>
    Ambiguous,

    /// <summary>The area exists, but not for this period under this spelling.</summary>
    NotValidForPeriod,
}

/// <summary>The outcome of <see cref="AreaRegistry.Resolve"/>.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Area">The area when resolved, or the matched area when it is not valid for the period.</param>
/// <param name="Candidates">The areas a name could mean when it is ambiguous.</param>
public sealed record AreaResolution(AreaResolutionStatus Status, Area? Area, IReadOnlyList<Area> Candidates)
{
    /// <summary>True when <see cref="Area"/> can be used.</summary>
    public bool IsResolved => Status == AreaResolutionStatus.Resolved;
}
