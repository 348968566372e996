using System.Runtime.CompilerServices;

namespace Samverkan.Analytics.Core.Statistics;

/// <summary>
/// Argument guards for the public statistics entry points. <see cref="ArgumentOutOfRangeException"/>'s own
/// helpers let NaN through (every comparison with NaN is false), which would silently poison a result.
/// </summary>
internal static class Require
{
    public static void Finite(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "Must be a finite number.");
        }
    }

    public static void NonNegative(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        Finite(value, name);
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "Must not be negative.");
        }
    }

    public static void Positive(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        Finite(value, name);
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "Must be greater than zero.");
        }
    }

    /// <summary>A proportion's numerator: 0 ≤ x ≤ n, n &gt; 0 (non-integers allowed for effective sizes).</summary>
    public static void Proportion(double x, double n, [CallerArgumentExpression(nameof(x))] string? xName = null, [CallerArgumentExpression(nameof(n))] string? nName = null)
    {
        NonNegative(x, xName);
        Positive(n, nName);
        if (x > n)
        {
            throw new ArgumentOutOfRangeException(xName, x, $"Must not exceed {nName} ({n}) for a proportion.");
        }
    }

    public static void WholeCount(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        NonNegative(value, name);
        if (Math.Floor(value) != value)
        {
            throw new ArgumentOutOfRangeException(name, value, "Must be a whole number of events.");
        }
    }

    public static void SameLength(int expected, int actual, [CallerArgumentExpression(nameof(actual))] string? name = null)
    {
        if (expected != actual)
        {
            throw new ArgumentException($"Has {actual} items but {expected} were expected (one per time).", name);
        }
    }
}
