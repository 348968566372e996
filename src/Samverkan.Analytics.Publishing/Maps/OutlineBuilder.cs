using NetTopologySuite.Algorithm.Construct;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;
using Samverkan.Analytics.Core.Areas;

namespace Samverkan.Analytics.Publishing.Maps;

/// <summary>Unions groups of stadsdelar into outlines and finds where a name fits.</summary>
internal static class OutlineBuilder
{
    /// <summary>Label points are found to this precision, in metres.</summary>
    private const double LabelTolerance = 10;

    /// <summary>
    /// The outline of <paramref name="members"/>. The source polygons were simplified one by one, so
    /// neighbours leave thin slivers between them; a hole in the union is kept only when another
    /// stadsdel fills most of it (an enclave), otherwise it is a sliver and is filled.
    /// </summary>
    public static AreaOutline Build(string areaId, AreaKind kind, IReadOnlyList<Stadsdel> members, IReadOnlyList<Stadsdel> all)
    {
        if (members.Count == 0)
        {
            throw new InvalidOperationException($"The area '{areaId}' has no stadsdelar in the geodata.");
        }

        var factory = members[0].Geometry.Factory;
        var union = CascadedPolygonUnion.Union(members.Select(m => (Geometry)m.Geometry).ToList());
        var names = members.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var others = all.Where(s => !names.Contains(s.Name)).ToList();
        var polygons = new List<Polygon>();
        for (var i = 0; i < union.NumGeometries; i++)
        {
            var polygon = (Polygon)union.GetGeometryN(i);
            var holes = polygon.InteriorRings
                .Where(ring => IsEnclave(factory.CreatePolygon((LinearRing)ring), others))
                .Select(ring => (LinearRing)ring)
                .ToArray();
            polygons.Add(factory.CreatePolygon((LinearRing)polygon.ExteriorRing, holes));
        }

        Geometry geometry = polygons.Count == 1 ? polygons[0] : factory.CreateMultiPolygon(polygons.ToArray());
        var (label, radius) = LabelPoint(geometry);
        return new AreaOutline
        {
            AreaId = areaId,
            Kind = kind,
            Stadsdelar = members.Select(m => m.Name).ToList(),
            Geometry = geometry,
            LabelPoint = label,
            LabelRadius = radius,
        };
    }

    /// <summary>The centre and radius of the largest circle inside the largest part of a polygonal geometry.</summary>
    public static (Coordinate Centre, double Radius) LabelPoint(Geometry geometry)
    {
        var largest = Enumerable.Range(0, geometry.NumGeometries).Select(geometry.GetGeometryN).MaxBy(g => g.Area)!;
        var circle = new MaximumInscribedCircle(largest, LabelTolerance);
        var centre = circle.GetCenter().Coordinate;
        return (centre.Copy(), circle.GetRadiusLine().Length);
    }

    private static bool IsEnclave(Polygon hole, List<Stadsdel> others)
    {
        var area = hole.Area;
        var filled = others
            .Where(o => o.Geometry.EnvelopeInternal.Intersects(hole.EnvelopeInternal))
            .Sum(o => o.Geometry.Intersection(hole).Area);
        return filled > area / 2;
    }
}
