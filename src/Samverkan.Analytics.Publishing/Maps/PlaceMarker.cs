using NetTopologySuite.Geometries;

namespace Samverkan.Analytics.Publishing.Maps;

/// <summary>
/// Where a place of the catalogue (one of the police's vulnerable areas, <c>plats-…</c>) is marked:
/// at the stadsdelar that hold it. The police's own boundaries are not in the geodata, so the marker
/// stands for the place and the stadsdelar only approximate its extent.
/// </summary>
public sealed record PlaceMarker
{
    /// <summary>The catalogue id (<c>plats-husby</c>).</summary>
    public required string AreaId { get; init; }

    /// <summary>The stadsdelar that hold the place (GeoJSON names).</summary>
    public required IReadOnlyList<string> Stadsdelar { get; init; }

    /// <summary>The union of those stadsdelar, SWEREF 99 18 00 metres.</summary>
    public required Geometry Geometry { get; init; }

    /// <summary>Where the marker is drawn (inside <see cref="Geometry"/>).</summary>
    public required Coordinate Location { get; init; }
}
