using NetTopologySuite.Geometries;
using Samverkan.Analytics.Core.Areas;

namespace Samverkan.Analytics.Publishing.Maps;

/// <summary>
/// The outline of a district, local police area or the city: the union of its stadsdelar, in
/// SWEREF 99 18 00 metres, with the point where its name goes.
/// </summary>
public sealed record AreaOutline
{
    /// <summary>The catalogue id (<c>sdo-skarholmen</c>, <c>lpo-globen</c>, <c>kommun-0180</c>).</summary>
    public required string AreaId { get; init; }

    /// <summary>What kind of area it is.</summary>
    public required AreaKind Kind { get; init; }

    /// <summary>The stadsdelar it is made of (GeoJSON names), in file order.</summary>
    public required IReadOnlyList<string> Stadsdelar { get; init; }

    /// <summary>The union of its stadsdelar (a Polygon or MultiPolygon; slivers left by simplification are filled).</summary>
    public required Geometry Geometry { get; init; }

    /// <summary>The centre of the largest circle inside the outline: where its name is drawn.</summary>
    public required Coordinate LabelPoint { get; init; }

    /// <summary>The radius of that circle, in metres (how much room the name has).</summary>
    public required double LabelRadius { get; init; }
}
