namespace Samverkan.Analytics.Publishing.Maps;

/// <summary>
/// A Gauss–Krüger (transverse Mercator) grid on the GRS 80 ellipsoid, computed with Lantmäteriet's
/// formulas for the Gauss conformal projection ("Gauss Konforma projektion", Krüger's series to the
/// fourth order, good to a millimetre in Sweden). WGS 84 and SWEREF 99 coordinates are taken as equal,
/// as Lantmäteriet does for map work.
/// </summary>
/// <param name="CentralMeridian">λ0 in degrees.</param>
/// <param name="Scale">k0, the scale on the central meridian.</param>
/// <param name="FalseNorthing">Added to northings, metres.</param>
/// <param name="FalseEasting">Added to eastings, metres.</param>
internal sealed record GridProjection(double CentralMeridian, double Scale, double FalseNorthing, double FalseEasting)
{
    private const double SemiMajorAxis = 6378137.0;
    private const double Flattening = 1 / 298.257222101;

    /// <summary>SWEREF 99 TM (EPSG:3006), the national grid: λ0 15°, k0 0,9996, false easting 500 000 m.</summary>
    public static GridProjection Sweref99Tm { get; } = new(15, 0.9996, 0, 500_000);

    /// <summary>
    /// SWEREF 99 18 00 (EPSG:3011), the City of Stockholm's local grid: λ0 18°, k0 1, false easting
    /// 150 000 m. Stockholm lies on its central meridian, so north is up and scale is true: the maps use it.
    /// </summary>
    public static GridProjection Sweref991800 { get; } = new(18, 1, 0, 150_000);

    /// <summary>The grid coordinate (northing, easting) of a point given in degrees.</summary>
    public (double Northing, double Easting) Project(double latitude, double longitude)
    {
        const double f = Flattening;
        var e2 = f * (2 - f);
        var n = f / (2 - f);
        var aRoof = SemiMajorAxis / (1 + n) * (1 + (n * n / 4) + (Math.Pow(n, 4) / 64));
        var a = e2;
        var b = ((5 * e2 * e2) - Math.Pow(e2, 3)) / 6;
        var c = ((104 * Math.Pow(e2, 3)) - (45 * Math.Pow(e2, 4))) / 120;
        var d = 1237 * Math.Pow(e2, 4) / 1260;
        var beta1 = (n / 2) - (2 * n * n / 3) + (5 * Math.Pow(n, 3) / 16) + (41 * Math.Pow(n, 4) / 180);
        var beta2 = (13 * n * n / 48) - (3 * Math.Pow(n, 3) / 5) + (557 * Math.Pow(n, 4) / 1440);
        var beta3 = (61 * Math.Pow(n, 3) / 240) - (103 * Math.Pow(n, 4) / 140);
        var beta4 = 49561 * Math.Pow(n, 4) / 161280;

        var phi = latitude * Math.PI / 180;
        var deltaLambda = (longitude - CentralMeridian) * Math.PI / 180;
        var sin = Math.Sin(phi);
        var s2 = sin * sin;
        var phiStar = phi - (sin * Math.Cos(phi) * (a + (b * s2) + (c * s2 * s2) + (d * s2 * s2 * s2)));
        var xiPrim = Math.Atan2(Math.Tan(phiStar), Math.Cos(deltaLambda));
        var etaPrim = Math.Atanh(Math.Cos(phiStar) * Math.Sin(deltaLambda));

        var x = xiPrim
            + (beta1 * Math.Sin(2 * xiPrim) * Math.Cosh(2 * etaPrim))
            + (beta2 * Math.Sin(4 * xiPrim) * Math.Cosh(4 * etaPrim))
            + (beta3 * Math.Sin(6 * xiPrim) * Math.Cosh(6 * etaPrim))
            + (beta4 * Math.Sin(8 * xiPrim) * Math.Cosh(8 * etaPrim));
        var y = etaPrim
            + (beta1 * Math.Cos(2 * xiPrim) * Math.Sinh(2 * etaPrim))
            + (beta2 * Math.Cos(4 * xiPrim) * Math.Sinh(4 * etaPrim))
            + (beta3 * Math.Cos(6 * xiPrim) * Math.Sinh(6 * etaPrim))
            + (beta4 * Math.Cos(8 * xiPrim) * Math.Sinh(8 * etaPrim));
        return ((Scale * aRoof * x) + FalseNorthing, (Scale * aRoof * y) + FalseEasting);
    }
}
