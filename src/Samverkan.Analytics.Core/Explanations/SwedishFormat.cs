using System.Globalization;
using Samverkan.Analytics.Core.Indicators;

namespace Samverkan.Analytics.Core.Explanations;

/// <summary>Numbers as Swedish readers expect them: decimal comma, space between thousands, a real minus sign.</summary>
public static class SwedishFormat
{
    /// <summary>The culture of everything people read.</summary>
    public static CultureInfo Culture { get; } = CreateCulture();

    /// <summary>A value in the indicator's unit: one decimal for shares and values, none for rates and counts.</summary>
    public static string Value(IndicatorDefinition indicator, double value)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var digits = indicator.Measure is Measure.Rate or Measure.Count ? 0 : 1;
        return Number(value, digits);
    }

    /// <summary>A value with its unit ("25,3 %", "3 388 per 100 000 inv.").</summary>
    public static string ValueWithUnit(IndicatorDefinition indicator, double value)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var unit = indicator.Unit ?? DefaultUnit(indicator.Measure);
        return string.IsNullOrEmpty(unit) ? Value(indicator, value) : $"{Value(indicator, value)} {unit}";
    }

    /// <summary>A number with <paramref name="digits"/> decimals.</summary>
    public static string Number(double value, int digits) => value.ToString("N" + digits.ToString(CultureInfo.InvariantCulture), Culture);

    /// <summary>A ratio as a signed percent change (0,76 → "−24 %").</summary>
    public static string PercentChange(double ratio)
    {
        var pct = (ratio - 1) * 100;
        return (pct > 0 ? "+" : "") + Number(pct, 0) + " %";
    }

    private static string DefaultUnit(Measure measure) => measure switch
    {
        Measure.Proportion => "%",
        Measure.Rate => "per 100 000 inv.",
        _ => "",
    };

    private static CultureInfo CreateCulture()
    {
        var c = (CultureInfo)CultureInfo.GetCultureInfo("sv-SE").Clone();
        c.NumberFormat.NegativeSign = "\u2212";
        c.NumberFormat.NumberGroupSeparator = "\u00A0";
        return CultureInfo.ReadOnly(c);
    }
}
