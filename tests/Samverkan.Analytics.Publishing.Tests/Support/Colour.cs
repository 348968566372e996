using System.Globalization;

namespace Samverkan.Analytics.Publishing.Tests.Support;

/// <summary>
/// Colour arithmetic for the palette tests: WCAG 2.1 contrast, CIELAB distance and the colour-vision
/// deficiency simulation of Machado, Oliveira &amp; Fernandes (2009), "A Physiologically-based Model for
/// Simulation of Color Vision Deficiency", IEEE TVCG 15(6):1291–1298, severity 1.0 matrices (their
/// Table 1), applied to linear RGB.
/// </summary>
internal static class Colour
{
    /// <summary>The deficiencies simulated, with their matrices; "normal" is the identity.</summary>
    public static IReadOnlyDictionary<string, double[,]> Visions { get; } = new Dictionary<string, double[,]>
    {
        ["normal"] = new double[,] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } },
        ["protanopia"] = new[,] { { 0.152286, 1.052583, -0.204868 }, { 0.114503, 0.786281, 0.099216 }, { -0.003882, -0.048116, 1.051998 } },
        ["deuteranopia"] = new[,] { { 0.367322, 0.860646, -0.227968 }, { 0.280085, 0.672501, 0.047413 }, { -0.011820, 0.042940, 0.968881 } },
        ["tritanopia"] = new[,] { { 1.255528, -0.076749, -0.178779 }, { -0.078411, 0.930809, 0.147602 }, { 0.004733, 0.691367, 0.303900 } },
    };

    public static (int R, int G, int B) Rgb(string hex) => (
        int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));

    /// <summary>WCAG 2.1 contrast ratio.</summary>
    public static double Contrast(string a, string b)
    {
        var (x, y) = (Luminance(Linear(a)), Luminance(Linear(b)));
        return (Math.Max(x, y) + 0.05) / (Math.Min(x, y) + 0.05);
    }

    /// <summary>CIE76 ΔE between two colours as seen with <paramref name="vision"/>.</summary>
    public static double DeltaE(string a, string b, string vision)
    {
        var (la, lb) = (Lab(Simulate(Linear(a), Visions[vision])), Lab(Simulate(Linear(b), Visions[vision])));
        return Math.Sqrt(Math.Pow(la.L - lb.L, 2) + Math.Pow(la.A - lb.A, 2) + Math.Pow(la.B - lb.B, 2));
    }

    private static double[] Linear(string hex)
    {
        var (r, g, b) = Rgb(hex);
        static double Channel(int c) => c / 255.0 <= 0.04045 ? c / 255.0 / 12.92 : Math.Pow(((c / 255.0) + 0.055) / 1.055, 2.4);
        return [Channel(r), Channel(g), Channel(b)];
    }

    private static double Luminance(double[] c) => (0.2126 * c[0]) + (0.7152 * c[1]) + (0.0722 * c[2]);

    private static double[] Simulate(double[] c, double[,] m) =>
        [.. Enumerable.Range(0, 3).Select(i => Math.Clamp((m[i, 0] * c[0]) + (m[i, 1] * c[1]) + (m[i, 2] * c[2]), 0, 1))];

    private static (double L, double A, double B) Lab(double[] c)
    {
        var x = ((0.4124 * c[0]) + (0.3576 * c[1]) + (0.1805 * c[2])) / 0.95047;
        var y = (0.2126 * c[0]) + (0.7152 * c[1]) + (0.0722 * c[2]);
        var z = ((0.0193 * c[0]) + (0.1192 * c[1]) + (0.9505 * c[2])) / 1.08883;
        static double F(double t) => t > 0.008856 ? Math.Cbrt(t) : (7.787 * t) + (16.0 / 116);
        return ((116 * F(y)) - 16, 500 * (F(x) - F(y)), 200 * (F(y) - F(z)));
    }
}
