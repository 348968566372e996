using Samverkan.Analytics.Core.Areas;

namespace Samverkan.Analytics.Publishing.Dashboards;

/// <summary>One page definition of <c>dashboards/site.yaml</c>; the template kinds give one page per catalogue entry.</summary>
internal sealed record DashboardPage
{
    /// <summary>The file name (overview: <c>{id}.html</c>) or folder (templates: <c>{id}/{entry}.html</c>).</summary>
    public required string Id { get; init; }

    /// <summary>What the page shows.</summary>
    public required PageKind Kind { get; init; }

    /// <summary>The Swedish title (of the page, or of the template's index page).</summary>
    public required string Title { get; init; }

    /// <summary>Who the page is for, in Swedish words shown on the page.</summary>
    public IReadOnlyList<string> Audience { get; init; } = [];

    /// <summary>An optional introduction shown under the heading.</summary>
    public string? Intro { get; init; }

    /// <summary>Overview pages: <c>current</c> (the latest rows) or an agreement id whose rows are shown.</summary>
    public string Agreement { get; init; } = DashboardLoader.CurrentAgreement;

    /// <summary>Area profiles: which kinds of area get a profile.</summary>
    public IReadOnlyList<AreaKind> AreaKinds { get; init; } = [];

    /// <summary>The panels, in order.</summary>
    public IReadOnlyList<DashboardPanel> Panels { get; init; } = [];

    /// <summary>True for the start page (<c>index.html</c>).</summary>
    public bool IsStart => Id == "index";
}
