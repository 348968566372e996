namespace Samverkan.Analytics.Publishing.Maps;

/// <summary>A rectangle in image pixels (y grows downwards).</summary>
internal readonly record struct PixelBox(float Left, float Top, float Right, float Bottom)
{
    public float Width => Right - Left;

    public float Height => Bottom - Top;

    public float CentreX => (Left + Right) / 2;

    public float CentreY => (Top + Bottom) / 2;

    public static PixelBox Around(float centreX, float centreY, float width, float height) =>
        new(centreX - (width / 2), centreY - (height / 2), centreX + (width / 2), centreY + (height / 2));

    public float OverlapArea(PixelBox other)
    {
        var w = Math.Min(Right, other.Right) - Math.Max(Left, other.Left);
        var h = Math.Min(Bottom, other.Bottom) - Math.Max(Top, other.Top);
        return w > 0 && h > 0 ? w * h : 0;
    }

    public bool Inside(PixelBox outer) => Left >= outer.Left && Right <= outer.Right && Top >= outer.Top && Bottom <= outer.Bottom;

    public PixelBox Offset(float dx, float dy) => new(Left + dx, Top + dy, Right + dx, Bottom + dy);
}
