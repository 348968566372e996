using Samverkan.Analytics.Core.Periods;

namespace Samverkan.Analytics.Core.Agreements;

/// <summary>
/// One version of the overarching agreement (signed 2019-10, revised 2024-01-11). Its signing date
/// fixes the baseline: the latest period whose end is on or before <see cref="Signed"/>.
/// </summary>
public sealed record AgreementVersion
{
    /// <summary>Id, e.g. <c>sak-2019</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Swedish title.</summary>
    public required string Title { get; init; }

    /// <summary>Signing date.</summary>
    public required DateOnly Signed { get; init; }

    /// <summary>Last day in force, if known.</summary>
    public DateOnly? Ends { get; init; }

    /// <summary>Its priority areas, including the overarching goal.</summary>
    public IReadOnlyList<PriorityArea> PriorityAreas { get; init; } = [];

    /// <summary>
    /// True when a period of this length qualifies as the baseline: it ended on or before signing.
    /// </summary>
    public bool CanBeBaseline(Period period) => period.End <= Signed;
}
