using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Periods;

namespace Samverkan.Analytics.Publishing.Maps;

/// <summary>
/// Everything one map shows, decided before drawing: the areas with their classes, the legend, and
/// the Swedish texts that go beside the map (the table's rows are <see cref="Areas"/>).
/// </summary>
public sealed record MapModel
{
    /// <summary>The title drawn on the map.</summary>
    public required string Title { get; init; }

    /// <summary>The legend's heading: <c>Förändring 2017–2023</c>.</summary>
    public required string LegendTitle { get; init; }

    /// <summary>The line under the map: the division drawn and the map data's source.</summary>
    public required string Caption { get; init; }

    /// <summary>What the colours show.</summary>
    public required MapColouring Colouring { get; init; }

    /// <summary>Districts or local police areas.</summary>
    public required AreaKind AreaKind { get; init; }

    /// <summary>The district division drawn (also set for police-area maps, where it does not matter).</summary>
    public required GeographyVersion Geography { get; init; }

    /// <summary>True when the values are for another division than the one in force in <see cref="Period"/> (harmonised to today's districts).</summary>
    public bool Harmonised { get; init; }

    /// <summary>The period shown, if the map shows values.</summary>
    public Period? Period { get; init; }

    /// <summary>The areas drawn, in catalogue order: also the rows of the table beside the map.</summary>
    public required IReadOnlyList<MapArea> Areas { get; init; }

    /// <summary>Outlines drawn grey without name or class (the areas a <see cref="MapRequest.Only"/> leaves out); empty otherwise.</summary>
    public IReadOnlyList<AreaOutline> Background { get; init; } = [];

    /// <summary>The legend, in drawing order.</summary>
    public required IReadOnlyList<MapLegendEntry> Legend { get; init; }

    /// <summary>The places marked (empty unless asked for).</summary>
    public IReadOnlyList<MapPlace> Places { get; init; } = [];

    /// <summary>Area ids of rows that have no outline in the division drawn (e.g. a 2019 district on today's map).</summary>
    public IReadOnlyList<string> Unplaced { get; init; } = [];

    /// <summary>The Swedish text summary beside the map: which areas are better or worse, the extremes, what is missing.</summary>
    public required string Summary { get; init; }

    /// <summary>A one-paragraph description for alt text.</summary>
    public required string Description { get; init; }
}
