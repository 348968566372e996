using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Publishing.Digest;

/// <summary>One indicator × area of a digest: its changes, the explanation and the rows to show.</summary>
internal sealed record DigestSection
{
    /// <summary>The indicator.</summary>
    public required IndicatorDefinition Indicator { get; init; }

    /// <summary>The area (always one of the subscription's).</summary>
    public required Area Area { get; init; }

    /// <summary>The changes, most important first; never empty.</summary>
    public required IReadOnlyList<DigestChange> Changes { get; init; }

    /// <summary>The explanation sentence of the latest value (change since the baseline and whether it is sure).</summary>
    public required string Explanation { get; init; }

    /// <summary>This indicator × area's rows of the latest run, in period order.</summary>
    public required IReadOnlyList<IndicatorResult> Rows { get; init; }

    /// <summary>The dashboard page of the indicator.</summary>
    public required string PageUrl { get; init; }

    /// <summary>The most important change.</summary>
    public DigestChangeKind Headline => Changes.Min(c => c.Kind);
}
