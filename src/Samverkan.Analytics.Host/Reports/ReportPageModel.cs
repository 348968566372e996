using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Reports;

namespace Samverkan.Analytics.Host.Reports;

/// <summary>What the report page shows to one user.</summary>
internal sealed record ReportPageModel
{
    /// <summary>True for analysts and admins: the form, the generated files and draft editions.</summary>
    public required bool CanGenerate { get; init; }

    /// <summary>The editions the user may see (viewers: final ones of their areas), newest first.</summary>
    public required IReadOnlyList<ReportEdition> Editions { get; init; }

    /// <summary>The files in <c>reports/</c> (analysts only), newest first.</summary>
    public required IReadOnlyList<FileInfo> Files { get; init; }

    /// <summary>The areas the form offers (districts and local police areas).</summary>
    public required IReadOnlyList<Area> Areas { get; init; }

    /// <summary>An area's name by its id (the id itself when the catalogue lacks it).</summary>
    public required Func<string, string> AreaName { get; init; }

    /// <summary>The year the form suggests.</summary>
    public required int SuggestedYear { get; init; }

    /// <summary>The anti-forgery form field name.</summary>
    public required string TokenField { get; init; }

    /// <summary>The anti-forgery token.</summary>
    public required string Token { get; init; }

    /// <summary>A confirmation to show (escaped), or null.</summary>
    public string? Notice { get; init; }

    /// <summary>An error to show (escaped), or null.</summary>
    public string? Error { get; init; }

    /// <summary>The year the user typed (kept after an error).</summary>
    public string? TypedYear { get; init; }

    /// <summary>The area the user chose (kept after an error).</summary>
    public string? ChosenArea { get; init; }
}
