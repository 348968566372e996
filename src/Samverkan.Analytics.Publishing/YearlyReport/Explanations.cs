using System.Text;
using ResultExplanations = Samverkan.Analytics.Core.Explanations.ResultExplanations;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Publishing.YearlyReport;

/// <summary>
/// The Swedish sentences that say what a result row means. The change and the trend are Core's
/// <see cref="ResultExplanations"/> (one wording for the report, the pages and the digests), followed
/// by the verdict in words (never from p alone), and Core's sentences on the comparison with the city
/// (both of Fingertips' levels) and the target.
/// </summary>
internal static class Explanations
{
    /// <summary>All sentences for the latest row of an indicator in an area (change, verdict, comparison, trend, target), in one paragraph.</summary>
    public static string Describe(IndicatorDefinition indicator, string areaInSentence, IndicatorResult row, bool isCity)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(row);
        var text = new StringBuilder(Change(indicator, areaInSentence, row));
        foreach (var sentence in new[] { isCity ? null : Comparison(indicator, areaInSentence, row), Trend(row), Target(indicator, row) })
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
        var sentence = ResultExplanations.Change(indicator, areaInSentence, row);
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

    /// <summary>Core's sentence on the comparison with the city at 95 % and 99.8 %, or null when none was made.</summary>
    public static string? Comparison(IndicatorDefinition indicator, string areaInSentence, IndicatorResult row) =>
        ResultExplanations.Comparison(indicator, areaInSentence, row);

    /// <summary>Core's trend sentence, or null when no trend was tested (the report leaves untested trends unsaid).</summary>
    public static string? Trend(IndicatorResult row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.TrendVerdict == TrendVerdict.NotAssessed ? null : ResultExplanations.Trend(row);
    }

    /// <summary>Core's target sentence, or null when the row has no target.</summary>
    public static string? Target(IndicatorDefinition indicator, IndicatorResult row) => ResultExplanations.Target(indicator, row);
}
