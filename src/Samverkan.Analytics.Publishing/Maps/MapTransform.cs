using NetTopologySuite.Geometries;

namespace Samverkan.Analytics.Publishing.Maps;

/// <summary>
/// Pixel ↔ map coordinates of one rendered map: the plot's data area is the whole image and one
/// pixel is <see cref="MetresPerPixel"/> metres both ways, so the map keeps its true shape.
/// </summary>
/// <param name="Left">The easting at pixel x = 0.</param>
/// <param name="Top">The northing at pixel y = 0.</param>
/// <param name="MetresPerPixel">The scale.</param>
internal sealed record MapTransform(double Left, double Top, double MetresPerPixel)
{
    /// <summary>The transform that fits <paramref name="envelope"/> into <paramref name="frame"/>, centred.</summary>
    public static MapTransform Fit(Envelope envelope, PixelBox frame)
    {
        var scale = Math.Max(envelope.Width / frame.Width, envelope.Height / frame.Height);
        var left = frame.Left + ((frame.Width - (envelope.Width / scale)) / 2);
        var top = frame.Top + ((frame.Height - (envelope.Height / scale)) / 2);
        return new MapTransform(envelope.MinX - (left * scale), envelope.MaxY + (top * scale), scale);
    }

    public double X(double px) => Left + (px * MetresPerPixel);

    public double Y(double py) => Top - (py * MetresPerPixel);

    public (float X, float Y) Pixel(Coordinate c) => ((float)((c.X - Left) / MetresPerPixel), (float)((Top - c.Y) / MetresPerPixel));

    /// <summary>A pixel box as a polygon in map coordinates.</summary>
    public Polygon ToPolygon(PixelBox box, GeometryFactory factory) => factory.CreatePolygon(
    [
        new Coordinate(X(box.Left), Y(box.Top)),
        new Coordinate(X(box.Right), Y(box.Top)),
        new Coordinate(X(box.Right), Y(box.Bottom)),
        new Coordinate(X(box.Left), Y(box.Bottom)),
        new Coordinate(X(box.Left), Y(box.Top)),
    ]);
}
