using System.Text;
using System.Text.RegularExpressions;
using ResultExplanations = Samverkan.Analytics.Core.Explanations.ResultExplanations;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Formatting;

namespace Samverkan.Analytics.Publishing.YearlyReport;

/// <summary>
/// The Swedish sentences that say what a result row means. The change and the trend are Core's
/// <see cref="ResultExplanations"/> (one wording for the report, the pages and the digests), followed
/// by the verdict in words (never from p alone); the comparison with the city and the target, which
/// Core has no sentence for, are written here.
/// </summary>
internal static partial class Explanations
{
    /// <summary>All sentences for the latest row of an indicator in an area (change, verdict, comparison, trend, target), in one paragraph.</summary>
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

    /// <summary>Core's sentence on the value and its change since the baseline, and the verdict in words when the change is significant.</summary>
    public static string Change(IndicatorDefinition indicator, string areaInSentence, IndicatorResult row)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(row);
        // Core writes "10,2 %"; a no-break space keeps the number with its unit when a line wraps.
        var sentence = NumberAndUnit().Replace(ResultExplanations.Change(indicator, areaInSentence, row), "$1\u00A0$2");
        if (row.Status == ResultStatus.Suppressed || row.Value is null)
        {
            return sentence;
        }

        var verdict = row.ChangeVerdict switch
        {
            Verdict.Better => "Det är en förbättring.",
            Verdict.Worse => "Det är en försämring.",
            Verdict.Higher or Verdict.Lower => "Indikatorn bedöms varken som bättre eller sämre.",
            _ => null,
        };
        return verdict is null ? sentence : sentence + " " + verdict;
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

    /// <summary>Core's trend sentence, or null when no trend was tested (the report leaves untested trends unsaid).</summary>
    public static string? Trend(IndicatorResult row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.TrendVerdict == TrendVerdict.NotAssessed ? null : ResultExplanations.Trend(row);
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

    /// <summary>A value as written inside a sentence: with its unit, except where the subject already says it.</summary>
    public static string InSentence(double value, IndicatorDefinition indicator)
    {
        var unit = SwedishFormat.Unit(indicator);
        var plain = indicator.Measure == Measure.Rate || unit.Length == 0 || string.Equals(unit, "antal", StringComparison.Ordinal);
        return plain ? SwedishFormat.Value(value, indicator) : SwedishFormat.WithUnit(value, indicator);
    }

    [GeneratedRegex(@"(\d) (%|procent)")]
    private static partial Regex NumberAndUnit();
}
