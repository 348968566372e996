using System.Text;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Formatting;

namespace Samverkan.Analytics.Publishing.Charts;

/// <summary>
/// The Swedish text summary beside every chart (WCAG: the chart's content in words): what the line
/// does, the latest value with its interval, the verdict since the baseline, the city and the target.
/// </summary>
internal static class ChartSummary
{
    /// <summary>Summarises an area's series; <paramref name="cityRows"/> is null for the city itself.</summary>
    public static string For(
        IndicatorDefinition indicator,
        string areaName,
        IReadOnlyList<IndicatorResult> rows,
        IReadOnlyList<IndicatorResult>? cityRows)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(rows);
        var ordered = rows.OrderBy(r => r.Period).ToList();
        var shown = ordered.Where(IsShown).ToList();
        var sb = new StringBuilder();
        if (shown.Count == 0)
        {
            sb.Append(areaName).Append(": inga värden att visa");
            if (ordered.Any(r => r.Status == ResultStatus.Suppressed))
            {
                sb.Append(" (").Append(ValueWords.TooFew(indicator)).Append(')');
            }

            return sb.Append('.').ToString();
        }

        var first = shown[0];
        var last = shown[^1];
        var noun = Noun(indicator);
        if (shown.Count == 1)
        {
            sb.Append(Capital(noun)).Append(" i ").Append(areaName).Append(" finns för ").Append(last.Period).Append(". ");
        }
        else
        {
            sb.Append(Capital(noun)).Append(" i ").Append(areaName).Append(' ')
              .Append(Movement(first.Value!.Value, last.Value!.Value, indicator))
              .Append(' ').Append(SwedishFormat.WithUnit(first.Value!.Value, indicator)).Append(' ').Append(first.Period)
              .Append(" till ").Append(SwedishFormat.WithUnit(last.Value!.Value, indicator)).Append(' ').Append(last.Period).Append('.');
            if (last.TrendVerdict != TrendVerdict.NotAssessed)
            {
                sb.Append(" Trendtestet visar ").Append(VerdictText.Trend(last.TrendVerdict)).Append('.');
            }

            sb.Append(' ');
        }

        sb.Append("Senaste värdet (").Append(last.Period).Append(") är ").Append(SwedishFormat.WithUnit(last.Value!.Value, indicator));
        if (last.CiLow is { } low && last.CiHigh is { } high)
        {
            sb.Append(" (").Append(SwedishFormat.Confidence(indicator.Confidence)).Append(" konfidensintervall ")
              .Append(SwedishFormat.Value(low, indicator)).Append('–').Append(SwedishFormat.Value(high, indicator)).Append(')');
        }

        if (IsPreliminary(last))
        {
            sb.Append(", preliminärt");
        }

        if (IsEstimate(last))
        {
            sb.Append(", skattat");
        }

        sb.Append('.');
        if (ordered[^1].Period > last.Period && ordered[^1].Status == ResultStatus.Suppressed)
        {
            sb.Append(" Värdet för ").Append(ordered[^1].Period).Append(" visas inte: ").Append(ValueWords.TooFew(indicator)).Append('.');
        }

        var changed = ordered.LastOrDefault(r => IsShown(r) && r.Change is { } c && double.IsFinite(c) && r.BaselinePeriod is not null);
        if (changed is not null)
        {
            sb.Append(" Jämfört med utgångsläget ").Append(changed.BaselinePeriod);
            if (changed.BaselineValue is { } bv)
            {
                sb.Append(" (").Append(SwedishFormat.WithUnit(bv, indicator)).Append(')');
            }

            sb.Append(" är förändringen till ").Append(changed.Period).Append(' ')
              .Append(SwedishFormat.Change(changed.Change!.Value, changed.ChangeCiLow, changed.ChangeCiHigh, indicator))
              .Append(": ").Append(VerdictText.Sentence(changed.ChangeVerdict)).Append('.');
        }
        else
        {
            sb.Append(" Förändringen sedan utgångsläget är inte bedömd.");
        }

        if (cityRows is not null && cityRows.Where(IsShown).OrderBy(r => r.Period).LastOrDefault() is { } city)
        {
            sb.Append(" Hela staden ").Append(city.Period).Append(": ").Append(SwedishFormat.WithUnit(city.Value!.Value, indicator));
            if (last.ComparatorVerdict != Verdict.NotAssessed && city.Period == last.Period && ComparatorLevels.IsMeaningful(indicator))
            {
                sb.Append("; ").Append(areaName).Append(" är ").Append(VerdictText.VersusCityLevels(last));
            }

            sb.Append('.');
        }

        if (last.TargetYear is { } ty && last.TargetValue is { } tv)
        {
            sb.Append(" Målet till ").Append(ty).Append(" är ").Append(SwedishFormat.WithUnit(tv, indicator))
              .Append(": ").Append(VerdictText.Target(last.TargetStatus)).Append('.');
        }

        return sb.ToString();
    }

    /// <summary>True when a row has a value that may be shown.</summary>
    public static bool IsShown(IndicatorResult row) =>
        row.Status is not (ResultStatus.Suppressed or ResultStatus.Missing) && row.Value is { } v && double.IsFinite(v);

    /// <summary>True for a preliminary row.</summary>
    public static bool IsPreliminary(IndicatorResult row) => row.Status == ResultStatus.Preliminary || row.Flags.Contains("preliminary");

    /// <summary>True for an estimated row.</summary>
    public static bool IsEstimate(IndicatorResult row) => row.Status == ResultStatus.Estimate || row.Flags.Contains("estimate");

    private static string Noun(IndicatorDefinition indicator) => indicator.Measure switch
    {
        Measure.Proportion => "andelen",
        Measure.Rate => "antalet per " + SwedishFormat.Number(indicator.Multiplier, 0) + " invånare",
        Measure.Count => "antalet",
        _ => "värdet",
    };

    private static string Movement(double from, double to, IndicatorDefinition indicator)
    {
        var scale = Math.Max(Math.Abs(from), Math.Abs(to));
        if (scale == 0 || Math.Abs(to - from) / scale < 0.02)
        {
            return "låg på ungefär samma nivå, från";
        }

        return to > from ? "ökade från" : "minskade från";
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpper(text[0], SwedishFormat.Culture) + text[1..];
}
