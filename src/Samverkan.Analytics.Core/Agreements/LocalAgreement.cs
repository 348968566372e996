using Samverkan.Analytics.Core.Indicators;

namespace Samverkan.Analytics.Core.Agreements;

/// <summary>
/// A local agreement between a district administration and its local police area(s), framed by the
/// overarching agreement.
/// </summary>
public sealed record LocalAgreement
{
    /// <summary>Id, e.g. <c>lok-farsta</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Swedish title.</summary>
    public required string Title { get; init; }

    /// <summary>The district(s) covered.</summary>
    public IReadOnlyList<string> DistrictIds { get; init; } = [];

    /// <summary>The local police area(s) covered.</summary>
    public IReadOnlyList<string> LocalPoliceAreaIds { get; init; } = [];

    /// <summary>First day in force.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day in force.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Overarching priority areas it takes up.</summary>
    public IReadOnlyList<string> PriorityAreaIds { get; init; } = [];

    /// <summary>Its own (local) priority areas.</summary>
    public IReadOnlyList<PriorityArea> LocalPriorityAreas { get; init; } = [];

    /// <summary>Its own indicators and targets.</summary>
    public IReadOnlyList<IndicatorDefinition> Indicators { get; init; } = [];
}
