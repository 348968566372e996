using NetTopologySuite.Geometries;

namespace Samverkan.Analytics.Publishing.Maps;

/// <summary>
/// One of the city's 117 stadsdelar: the atom every outline is built from. Coordinates are metres in
/// SWEREF 99 18 00 (X = easting, Y = northing).
/// </summary>
public sealed record Stadsdel
{
    /// <summary>The name as in the GeoJSON, upper case: <c>HÄSSELBY GÅRD</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The polygon, in SWEREF 99 18 00 metres.</summary>
    public required Polygon Geometry { get; init; }

    /// <summary>Catalogue id of its district before 2020-07-01 (<c>sdo-alvsjo</c>).</summary>
    public required string District2019 { get; init; }

    /// <summary>Catalogue id of its district 2020-07-01 – 2023-06-30 (<c>sdo-hagersten-alvsjo</c>).</summary>
    public required string District2020 { get; init; }

    /// <summary>Catalogue id of its district from 2023-07-01 (<c>sdo-jarva</c>).</summary>
    public required string District2023 { get; init; }

    /// <summary>
    /// Its part of a split district: <c>Enskede</c>, <c>Årsta</c>, <c>Vantör</c>,
    /// <c>Hägersten-Liljeholmen</c> or <c>Älvsjö</c>; null otherwise.
    /// </summary>
    public string? Part { get; init; }

    /// <summary>Its district's catalogue id in <paramref name="version"/>.</summary>
    public string DistrictIn(GeographyVersion version) => version switch
    {
        GeographyVersion.Districts2019 => District2019,
        GeographyVersion.Districts2020 => District2020,
        _ => District2023,
    };
}
