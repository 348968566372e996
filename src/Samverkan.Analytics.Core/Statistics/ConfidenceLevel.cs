using MathNet.Numerics.Distributions;

namespace Samverkan.Analytics.Core.Statistics;

/// <summary>
/// Confidence levels as fractions (0.95, 0.998). Percentages (95) are rejected rather than guessed:
/// PHEindicatormethods accepts both, but a silent ×100 is exactly the kind of slip that makes 95 %
/// intervals come out as 99.8 % ones (methods.md §9.1).
/// </summary>
public static class ConfidenceLevel
{
    /// <summary>The lowest accepted level (PHE rejects levels below 90 %).</summary>
    public const double Minimum = 0.9;

    /// <summary>The highest accepted level; 1 would give unbounded or trivial intervals.</summary>
    public const double Maximum = 0.9999;

    /// <summary>
    /// The two-sided standard normal quantile Φ⁻¹(c + (1 − c)/2), at full precision (not 1.96/3.0902):
    /// 0.95 → 1.959963984540054, 0.998 → 3.090232306167813.
    /// </summary>
    /// <param name="confidence">A fraction in [0.9, 0.9999].</param>
    /// <exception cref="ArgumentOutOfRangeException">The level is outside [0.9, 0.9999] or not a number.</exception>
    public static double Z(double confidence)
    {
        Validate(confidence);
        return Normal.InvCDF(0, 1, confidence + ((1 - confidence) / 2));
    }

    /// <summary>α = 1 − confidence, after validating the level.</summary>
    internal static double Alpha(double confidence)
    {
        Validate(confidence);
        return 1 - confidence;
    }

    private static void Validate(double confidence)
    {
        if (!(confidence >= Minimum && confidence <= Maximum))
        {
            throw new ArgumentOutOfRangeException(
                nameof(confidence),
                confidence,
                $"A confidence level is a fraction between {Minimum} and {Maximum} (0.95, not 95).");
        }
    }
}
