using System.Text;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Formatting;

namespace Samverkan.Analytics.Publishing.YearlyReport;

/// <summary>
/// The Swedish sentences that say what a result row means, built only from its verdicts (never
/// from p alone): <c>I Rinkeby-Kista har andelen minskat från 25,3 % (2017) till 14,0 % (2023);
/// minskningen är statistiskt säkerställd, en förbättring.</c>
/// </summary>
internal static class Explanations
{
    /// <summary>All sentences for the latest row of an indicator in an area (change, comparison, trend, target), in one paragraph.</summary>
    public static string Describe(IndicatorDefinition indicator, string areaInSentence, IndicatorResult row, bool isCity)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(row);
        var text = new StringBuilder(Change(indicator, areaInSentence, row));
        foreach (var sentence in new[] { isCity ? null : Comparison(indicator, row), Trend(row), Target(indicator, row) })
        {
            if (sentence is not null)
            {
                text.Append(' ').Append(sentence);
            }
        }

        return text.ToString();
    }

    /// <summary>The change since the baseline, or what stands in its way (suppression, estimate, no baseline).</summary>
    public static string Change(IndicatorDefinition indicator, string areaInSentence, IndicatorResult row)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(row);
        var subject = Subject(indicator);
        var where = "I " + areaInSentence;
        if (row.Status == ResultStatus.Suppressed || row.Value is not { } value)
        {
            var reason = indicator.Source.Dataset == Dataset.Survey
                ? "underlaget är för litet för att skydda de enskilda svarande"
                : "antalet är så litet att enskilda personer skulle kunna pekas ut";
            return $"Uppgiften för {areaInSentence} {row.Period} visas inte: {reason}.";
        }

        var latest = $"{InSentence(value, indicator)} ({row.Period}{Remark(row)})";
        if (row.BaselinePeriod is not { } baselinePeriod || row.BaselineValue is not { } baseline)
        {
            return $"{where} är {subject} {latest}; det finns inget utgångsläge att jämföra med.";
        }

        if (baselinePeriod == row.Period)
        {
            return $"{where} är {subject} {latest}. Det är utgångsläget, så ingen förändring kan bedömas ännu.";
        }

        var start = $"{InSentence(baseline, indicator)} ({baselinePeriod})";
        var rounded = SwedishFormat.Value(value, indicator) == SwedishFormat.Value(baseline, indicator);
        var increased = value > baseline;
        var sentence = rounded
            ? $"{where} är {subject} {Unchanged(indicator)}: {start} och {latest}"
            : $"{where} har {subject} {(increased ? "ökat" : "minskat")} från {start} till {latest}";
        var noun = rounded ? "förändringen" : increased ? "ökningen" : "minskningen";
        var clause = row.ChangeVerdict switch
        {
            Verdict.Better => $"{noun} är statistiskt säkerställd, en förbättring",
            Verdict.Worse => $"{noun} är statistiskt säkerställd, en försämring",
            Verdict.Higher or Verdict.Lower => $"{noun} är statistiskt säkerställd; indikatorn bedöms varken som bättre eller sämre",
            Verdict.Similar => $"{(rounded ? "det finns ingen" : noun + " är inte")} statistiskt säkerställd{(rounded ? " förändring" : string.Empty)}",
            _ when row.Status == ResultStatus.Estimate || row.Flags.Contains("estimate") =>
                "värdena är skattningar och förändringen prövas inte statistiskt",
            _ => "förändringen har inte kunnat prövas statistiskt",
        };
        return sentence + "; " + clause + ".";
    }

    /// <summary>The comparison with the rest of the city, or null when none was made.</summary>
    public static string? Comparison(IndicatorDefinition indicator, IndicatorResult row)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(row);
        var words = row.ComparatorVerdict switch
        {
            Verdict.Better => "bättre än i resten av staden",
            Verdict.Worse => "sämre än i resten av staden",
            Verdict.Similar => "ingen säker skillnad mot resten av staden",
            Verdict.Higher => "högre än i resten av staden",
            Verdict.Lower => "lägre än i resten av staden",
            _ => null,
        };
        if (words is null)
        {
            return null;
        }

        var city = row.ComparatorValue is { } c ? $" (hela staden: {InSentence(c, indicator)})" : string.Empty;
        return $"Jämfört med staden: {words}{city}.";
    }

    /// <summary>The trend sentence, or null when no trend was tested.</summary>
    public static string? Trend(IndicatorResult row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var span = row.TrendN is { } n ? $"de senaste {SwedishFormat.Number(n, 0)} mätningarna" : "de senaste mätningarna";
        return row.TrendVerdict switch
        {
            TrendVerdict.Improving => $"Trenden över {span} är en statistiskt säkerställd förbättring.",
            TrendVerdict.Worsening => $"Trenden över {span} är en statistiskt säkerställd försämring.",
            TrendVerdict.Increasing => $"Trenden över {span} är en statistiskt säkerställd ökning.",
            TrendVerdict.Decreasing => $"Trenden över {span} är en statistiskt säkerställd minskning.",
            TrendVerdict.NoTrend => $"Över {span} finns ingen statistiskt säkerställd trend.",
            _ => null,
        };
    }

    /// <summary>The target sentence, or null when the row has no target.</summary>
    public static string? Target(IndicatorDefinition indicator, IndicatorResult row)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(row);
        if (row.TargetValue is not { } target || row.TargetYear is not { } year)
        {
            return null;
        }

        var status = row.TargetStatus switch
        {
            TargetStatus.Met => "målet är uppnått",
            TargetStatus.Missed => "målet är inte uppnått",
            TargetStatus.OnTrack => "utvecklingen är på väg mot målet",
            TargetStatus.OffTrack => "utvecklingen är inte på väg mot målet",
            TargetStatus.Uncertain => "det är osäkert om målet nås",
            _ => "målet kan ännu inte bedömas",
        };
        return $"Målet är {InSentence(target, indicator)} till {year}; {status}.";
    }

    /// <summary>What the value measures, as the subject of a sentence.</summary>
    public static string Subject(IndicatorDefinition indicator) => indicator.Measure switch
    {
        Measure.Proportion => "andelen",
        Measure.Rate => "antalet per " + SwedishFormat.Number(indicator.Multiplier, 0) + " invånare",
        Measure.Count => "antalet",
        _ => "värdet",
    };

    /// <summary>A value as written inside a sentence: with its unit, except where the subject already says it.</summary>
    public static string InSentence(double value, IndicatorDefinition indicator)
    {
        var unit = SwedishFormat.Unit(indicator);
        var plain = indicator.Measure == Measure.Rate || unit.Length == 0 || string.Equals(unit, "antal", StringComparison.Ordinal);
        return plain ? SwedishFormat.Value(value, indicator) : SwedishFormat.WithUnit(value, indicator);
    }

    private static string Unchanged(IndicatorDefinition indicator) =>
        indicator.Measure == Measure.Proportion ? "oförändrad" : "oförändrat";

    private static string Remark(IndicatorResult row) =>
        row.Status == ResultStatus.Preliminary || row.Flags.Contains("preliminary") ? ", preliminärt"
        : row.Status == ResultStatus.Estimate || row.Flags.Contains("estimate") ? ", skattning"
        : string.Empty;
}
