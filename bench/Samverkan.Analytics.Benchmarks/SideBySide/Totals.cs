using System.Globalization;

namespace Samverkan.Analytics.Benchmarks.SideBySide;

/// <summary>
/// What both sides must agree on: the number of non-empty groups (area × month × category, or area ×
/// year × question), the number of incidents or answering respondents, and for surveys the weighted
/// sums (rounded to the weights' three decimals, so the order of summation does not matter).
/// </summary>
internal sealed record Totals(long Groups, long Count, double Weight, double Positive)
{
    /// <summary>One line both processes print and the comparison parses.</summary>
    public string Format() => string.Create(CultureInfo.InvariantCulture, $"TOTALS {Groups} {Count} {Math.Round(Weight, 3):F3} {Math.Round(Positive, 3):F3}");

    /// <summary>Parses <see cref="Format"/>'s line out of a process's output.</summary>
    public static Totals? Parse(string output)
    {
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("TOTALS ", StringComparison.Ordinal));
        if (line is null)
        {
            return null;
        }

        var p = line.Split(' ');
        return new Totals(
            long.Parse(p[1], CultureInfo.InvariantCulture),
            long.Parse(p[2], CultureInfo.InvariantCulture),
            double.Parse(p[3], CultureInfo.InvariantCulture),
            double.Parse(p[4], CultureInfo.InvariantCulture));
    }

    /// <summary>True when both say the same, to the weights' precision.</summary>
    public bool SameAs(Totals other) =>
        Groups == other.Groups && Count == other.Count
        && Math.Abs(Weight - other.Weight) < 0.0015 && Math.Abs(Positive - other.Positive) < 0.0015;

    /// <summary>For the report: "2 000 000 incidents in 10 368 groups".</summary>
    public string Describe(string kind) => kind == "crime-incidents"
        ? string.Create(CultureInfo.InvariantCulture, $"{Count:N0} incidents, {Groups:N0} non-empty area×month×category counts")
        : string.Create(CultureInfo.InvariantCulture, $"{Count:N0} answers, {Groups:N0} area×year×question shares, Σw {Weight:F3}, Σw(positive) {Positive:F3}");
}
