using NetTopologySuite.Algorithm.Construct;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Buffer;
using Samverkan.Analytics.Core.Areas;

namespace Samverkan.Analytics.Publishing.Maps;

/// <summary>Unions groups of stadsdelar into outlines and finds where a name fits.</summary>
internal static class OutlineBuilder
{
    /// <summary>Mitred corners keep the outline's vertices (round joins would add many, and time).</summary>
    private static readonly BufferParameters Closing = new() { QuadrantSegments = 1, JoinStyle = JoinStyle.Mitre, MitreLimit = 2 };

    /// <summary>Label points are found to this precision, in metres.</summary>
    private const double LabelTolerance = 20;

    /// <summary>
    /// Gaps narrower than twice this (metres) are closed. The source polygons were simplified one by
    /// one with a 3 m tolerance, so neighbours leave slivers up to about 6 m wide.
    /// </summary>
    private const double SliverWidth = 5;

    /// <summary>
    /// The outline of <paramref name="members"/>. The source polygons were simplified one by one, so
    /// neighbours leave thin slivers between them: the union is closed morphologically (grown and shrunk
    /// by <see cref="SliverWidth"/>), which fills slivers and slits that reach in from the edge, and a
    /// remaining hole is kept only when another stadsdel fills most of it (an enclave).
    /// </summary>
    public static AreaOutline Build(string areaId, AreaKind kind, IReadOnlyList<Stadsdel> members, IReadOnlyList<Stadsdel> all)
    {
        if (members.Count == 0)
        {
            throw new InvalidOperationException($"Området '{areaId}' har inga stadsdelar i geodata.");
        }

        var factory = members[0].Geometry.Factory;
        // Buffering the collection unions it in the same pass (much faster than a union, then a buffer).
        var union = factory.BuildGeometry(members.Select(m => (Geometry)m.Geometry).ToList())
            .Buffer(SliverWidth, Closing).Buffer(-SliverWidth, Closing);
        var names = members.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var others = all.Where(s => !names.Contains(s.Name)).ToList();
        var polygons = new List<Polygon>();
        for (var i = 0; i < union.NumGeometries; i++)
        {
            if (union.GetGeometryN(i) is not Polygon polygon || polygon.Area < 1)
            {
                continue;
            }

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
