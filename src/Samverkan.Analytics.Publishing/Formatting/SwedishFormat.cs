using System.Globalization;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Results;
using CoreFormat = Samverkan.Analytics.Core.Explanations.SwedishFormat;

namespace Samverkan.Analytics.Publishing.Formatting;

/// <summary>
/// Numbers and words as Swedish readers see them: the values, units and levels are Core's
/// <see cref="CoreFormat"/> (one formatter for pages, reports, PDFs, emails and the explanations:
/// decimal comma, no-break spaces, the minus sign U+2212); this adds the changes, intervals and
/// verdict words of the publications. Machine files never use this: they are invariant.
/// </summary>
internal static class SwedishFormat
{
    /// <summary>The culture of everything people read.</summary>
    public static CultureInfo Culture => CoreFormat.Culture;

    /// <summary>Decimals shown for an indicator's values: one for shares and values, none for rates and counts.</summary>
    public static int Decimals(IndicatorDefinition indicator) => CoreFormat.Decimals(indicator);

    /// <summary>A number with <paramref name="decimals"/> decimals: <c>10,2</c>, <c>1 234</c>, <c>−0,5</c>.</summary>
    public static string Number(double value, int decimals) => CoreFormat.Number(value, decimals);

    /// <summary>An indicator's value in its decimals.</summary>
    public static string Value(double value, IndicatorDefinition indicator) => CoreFormat.Value(indicator, value);

    /// <summary>A value with its unit: <c>5,0 %</c>, <c>431 per 100 000 inv.</c>, a bare count (<see cref="CoreFormat.ValueWithUnit"/>).</summary>
    public static string WithUnit(double value, IndicatorDefinition indicator) => CoreFormat.ValueWithUnit(indicator, value);

    /// <summary>The value and its interval: <c>10,2 (9,1–11,4)</c>; just the value when the interval is absent.</summary>
    public static string ValueWithInterval(double value, double? low, double? high, IndicatorDefinition indicator)
    {
        var text = Value(value, indicator);
        return low is { } l && high is { } h ? $"{text} ({Range(l, h, Decimals(indicator), signed: false)})" : text;
    }

    /// <summary>The unit shown to readers: the catalogue's, else one implied by the measure.</summary>
    public static string Unit(IndicatorDefinition indicator) => CoreFormat.Unit(indicator);

    /// <summary>A count with its word in the singular or the plural: <c>1 värde</c>, <c>1 234 värden</c> (<see cref="CoreFormat.Count"/>).</summary>
    public static string Count(long count, string one, string many) => CoreFormat.Count(count, one, many);

    /// <summary>The confidence level as people write it: <c>95 %</c>, <c>99,8 %</c>.</summary>
    public static string Confidence(double level) => CoreFormat.Confidence(level);

    /// <summary>
    /// The change since the baseline as readers understand it: percentage points for proportions
    /// (<c>+2,1 procentenheter (−0,5 till +4,7)</c>), per cent for the ratio of rates and counts
    /// (<c>−12 % (−20 till −3 %)</c>), a difference in the unit for values.
    /// </summary>
    public static string Change(double change, double? low, double? high, IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        switch (indicator.Measure)
        {
            case Measure.Proportion:
                return Signed(change, 1) + " procentenheter" + Interval(low, high, 1, suffix: string.Empty);
            case Measure.Rate or Measure.Count:
                static double Percent(double ratio) => (ratio - 1) * 100;
                return Signed(Percent(change), 0) + "\u00A0%" +
                    Interval(low is { } l ? Percent(l) : null, high is { } h ? Percent(h) : null, 0, suffix: "\u00A0%");
            default:
                var unit = Unit(indicator);
                var decimals = Decimals(indicator);
                return Signed(change, decimals) + (unit.Length == 0 ? string.Empty : "\u00A0" + unit) +
                    Interval(low, high, decimals, suffix: string.Empty);
        }
    }

    /// <summary>The change for a table whose header names the unit: as <see cref="Change"/> without the word <c>procentenheter</c>.</summary>
    public static string ChangeInColumn(double change, double? low, double? high, IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Measure == Measure.Proportion
            ? Signed(change, 1) + Interval(low, high, 1, suffix: string.Empty)
            : Change(change, low, high, indicator);
    }

    /// <summary>The unit of <see cref="ChangeInColumn"/> for a column header: <c>procentenheter</c>, <c>procent</c> or the indicator's unit.</summary>
    public static string ChangeUnit(IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Measure switch
        {
            Measure.Proportion => "procentenheter",
            Measure.Rate or Measure.Count => "procent",
            _ => Unit(indicator),
        };
    }

    /// <summary>A number with an explicit sign: <c>+2,1</c>, <c>−0,5</c>, <c>0,0</c>.</summary>
    public static string Signed(double value, int decimals)
    {
        var text = Number(Math.Abs(value), decimals);
        if (text.Trim('0', ',', '\u00A0').Length == 0)
        {
            return text;
        }

        return (value < 0 ? "\u2212" : "+") + text;
    }

    /// <summary>The Swedish words for a verdict (DESIGN §4.4).</summary>
    public static string VerdictWords(Verdict verdict) => verdict switch
    {
        Verdict.Better => "bättre",
        Verdict.Similar => "ingen säker förändring",
        Verdict.Worse => "sämre",
        Verdict.Higher => "högre",
        Verdict.Lower => "lägre",
        _ => "ej bedömd",
    };

    private static string Interval(double? low, double? high, int decimals, string suffix) =>
        low is { } l && high is { } h ? " (" + Range(l, h, decimals, signed: true) + suffix + ")" : string.Empty;

    private static string Range(double low, double high, int decimals, bool signed)
    {
        string F(double v) => signed ? Signed(v, decimals) : Number(v, decimals);
        return low < 0 || high < 0 || signed ? $"{F(low)} till {F(high)}" : $"{F(low)}–{F(high)}";
    }
}
