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

    /// <summary>
    /// Other areas of the subscription whose figures and changes for this indicator are exactly the
    /// same (Järva the district and Järva the local police area cover the same ground): the section
    /// is told once for all of them, naming each; with their pages. Empty for most sections.
    /// </summary>
    public IReadOnlyList<(Area Area, string PageUrl)> SameFiguresAs { get; init; } = [];

    /// <summary>Every area the section speaks for: <see cref="Area"/>, then <see cref="SameFiguresAs"/>.</summary>
    public IEnumerable<(Area Area, string PageUrl)> Pages => SameFiguresAs.Prepend((Area, PageUrl));

    /// <summary>
    /// The area as headings and captions name it: <see cref="Area"/>, or with <see cref="SameFiguresAs"/>
    /// every area the section speaks for (<c>Järva (stadsdelsområde) och Järva (lokalpolisområde)</c>).
    /// </summary>
    public Area Shown => SameFiguresAs.Count == 0
        ? Area
        : Area with { Name = DigestTexts.EveryArea([.. Pages.Select(p => p.Area.Name)]) };

    /// <summary>The sentence that says the figures are the same for several areas; null for one area.</summary>
    public string? SameFiguresNote => SameFiguresAs.Count == 0 ? null : DigestTexts.SameFigures([.. Pages.Select(p => p.Area.Name)]);

    /// <summary>The most important change.</summary>
    public DigestChangeKind Headline => Changes.Min(c => c.Kind);
}
