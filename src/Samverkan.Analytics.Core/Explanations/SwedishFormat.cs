using System.Globalization;
using Samverkan.Analytics.Core.Indicators;

namespace Samverkan.Analytics.Core.Explanations;

/// <summary>
/// Numbers as Swedish readers expect them (sv-SE: decimal comma, a no-break space between thousands
/// and between a number and its unit, the minus sign U+2212). The one formatter of what people read:
/// pages, reports, PDFs, emails and the explanations. Machine files never use it: they are invariant.
/// </summary>
public static class SwedishFormat
{
    /// <summary>The no-break space that keeps a number with its thousands and its unit when a line wraps.</summary>
    public const string NoBreakSpace = "\u00A0";

    /// <summary>The culture of everything people read.</summary>
    public static CultureInfo Culture { get; } = CreateCulture();

    /// <summary>Decimals shown for an indicator's values: one for shares and values, none for rates and counts.</summary>
    public static int Decimals(IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Measure is Measure.Rate or Measure.Count ? 0 : 1;
    }

    /// <summary>A value in the indicator's decimals (<see cref="Decimals"/>).</summary>
    public static string Value(IndicatorDefinition indicator, double value) => Number(value, Decimals(indicator));

    /// <summary>
    /// A value with its unit: <c>25,3 %</c>, <c>3 388 per 100 000 inv.</c>, <c>12 personer</c>; a
    /// count whose unit only says it is a count (<c>antal</c>) is the bare number (<c>12</c>, never
    /// "12 antal"): the unit is then a word for a column header, not for after a number.
    /// </summary>
    public static string ValueWithUnit(IndicatorDefinition indicator, double value)
    {
        var unit = Unit(indicator);
        return unit.Length == 0 || IsCountWord(indicator, unit) ? Value(indicator, value) : Value(indicator, value) + NoBreakSpace + unit;
    }

    /// <summary>The unit shown to readers: the catalogue's, else one implied by the measure (<c>%</c>, <c>per 100 000 inv.</c>, <c>antal</c>).</summary>
    public static string Unit(IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (!string.IsNullOrWhiteSpace(indicator.Unit))
        {
            return indicator.Unit.Trim();
        }

        return indicator.Measure switch
        {
            Measure.Proportion when indicator.Multiplier == 100 => "%",
            Measure.Rate => "per " + Number(indicator.Multiplier, 0) + " inv.",
            Measure.Count => CountWord,
            _ => string.Empty,
        };
    }

    /// <summary>
    /// A number with <paramref name="digits"/> decimals: <c>10,2</c>, <c>1 234</c>, <c>−0,5</c>. Rounded
    /// as official statistics round (SCB): half away from zero on the number as written (its shortest
    /// round-trip decimal, the one the results export holds), so 18,25 → 18,3, 0,125 → 0,13, 2,5 → 3
    /// and −18,25 → −18,3 (.NET's own formatting gives 18,2 and 2); a value that rounds to zero has no minus sign.
    /// </summary>
    public static string Number(double value, int digits)
    {
        var format = "N" + digits.ToString(CultureInfo.InvariantCulture);
        return decimal.TryParse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var exact)
            ? Math.Round(exact, Math.Min(digits, 28), MidpointRounding.AwayFromZero).ToString(format, Culture)
            : value.ToString(format, Culture);   // NaN, infinities, beyond decimal's range
    }

    /// <summary>
    /// A count with its word in the singular or the plural: <c>1 fil</c>, <c>2 filer</c>,
    /// <c>1 234 rader</c> (thousands separated by a no-break space). Swedish uses the singular for
    /// exactly one only (<c>0 filer</c>, <c>1 fil</c>, <c>21 filer</c>).
    /// </summary>
    /// <param name="count">The number.</param>
    /// <param name="one">The word after 1 (<c>fil</c>).</param>
    /// <param name="many">The word after any other number (<c>filer</c>; may equal <paramref name="one"/>: <c>problem</c>).</param>
    public static string Count(long count, string one, string many) =>
        count.ToString("N0", Culture) + " " + (count == 1 ? one : many);

    /// <summary>The confidence level as people write it: <c>95 %</c>, <c>99,8 %</c>.</summary>
    public static string Confidence(double level) => (level * 100).ToString("0.#", Culture) + NoBreakSpace + "%";

    /// <summary>A ratio as a signed percent change (0,76 → "−24 %").</summary>
    public static string PercentChange(double ratio)
    {
        var pct = (ratio - 1) * 100;
        return (pct > 0 ? "+" : "") + Number(pct, 0) + NoBreakSpace + "%";
    }

    private const string CountWord = "antal";

    private static bool IsCountWord(IndicatorDefinition indicator, string unit) =>
        indicator.Measure == Measure.Count && string.Equals(unit, CountWord, StringComparison.OrdinalIgnoreCase);

    private static CultureInfo CreateCulture()
    {
        var c = (CultureInfo)CultureInfo.GetCultureInfo("sv-SE").Clone();
        c.NumberFormat.NegativeSign = "\u2212";
        c.NumberFormat.NumberGroupSeparator = NoBreakSpace;
        return CultureInfo.ReadOnly(c);
    }
}
