using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Publishing.Maps;

/// <summary>What to draw on a map of the city.</summary>
public sealed record MapRequest
{
    /// <summary>The indicator whose results are drawn; may be null only for <see cref="MapColouring.Highlight"/>.</summary>
    public IndicatorDefinition? Indicator { get; init; }

    /// <summary>
    /// Result rows (a compute run's rows may be passed whole: rows of other indicators, periods and
    /// area kinds are ignored).
    /// </summary>
    public IReadOnlyList<IndicatorResult> Rows { get; init; } = [];

    /// <summary>The period shown; null = the latest period with rows for the areas drawn.</summary>
    public Period? Period { get; init; }

    /// <summary>What the colours show.</summary>
    public MapColouring Colouring { get; init; } = MapColouring.ChangeVerdict;

    /// <summary><see cref="AreaKind.District"/> (default) or <see cref="AreaKind.LocalPoliceArea"/>.</summary>
    public AreaKind AreaKind { get; init; } = AreaKind.District;

    /// <summary>
    /// The districts drawn. Null (default): the division the rows are for (the one holding most of
    /// their area ids), so 2019 values land on 2019's 14 districts and values harmonised to today's
    /// districts on today's 11; with no rows, the division in force at the period's start.
    /// </summary>
    public GeographyVersion? Geography { get; init; }

    /// <summary>Area ids that stand out (<see cref="MapColouring.Highlight"/>: a profile's area, a digest recipient's areas).</summary>
    public IReadOnlyList<string> Highlight { get; init; } = [];

    /// <summary>
    /// Null (default): every area of the division is coloured, named and listed. Otherwise only these
    /// area ids are; the other areas are drawn as an anonymous grey background, without name, value or
    /// verdict, and are left out of the table, legend counts and summary (an area-limited viewer's map).
    /// </summary>
    public IReadOnlyList<string>? Only { get; init; }

    /// <summary>Mark the places (the police's vulnerable areas) on the map.</summary>
    public bool ShowPlaces { get; init; }

    /// <summary>A title instead of the generated one.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// How large text, line widths and margins are, as a multiple of their size on a 900-pixel map.
    /// Null (default): from the image size (between 0.75 and 2), for maps shown at about their pixel
    /// size. A map printed smaller than its pixels (the yearly report's) sets it from the print size
    /// so that its smallest text stays at least 8 pt on paper.
    /// </summary>
    public float? TextScale { get; init; }

    /// <summary>
    /// Only the areas and their names: no title, legend or caption in the image, for a map whose page
    /// says them in text beside it (the yearly report's locator maps).
    /// </summary>
    public bool Bare { get; init; }

    /// <summary>Image width in pixels (the SVG uses the same size).</summary>
    public int Width { get; init; } = 900;

    /// <summary>Image height in pixels.</summary>
    public int Height { get; init; } = 900;
}
