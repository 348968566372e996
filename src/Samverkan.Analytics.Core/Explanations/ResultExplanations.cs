using System.Globalization;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Results;

namespace Samverkan.Analytics.Core.Explanations;

/// <summary>
/// One plain Swedish sentence per result row that reports, dashboards and digests reuse, e.g.
/// "Otrygga ute sent i Järva har minskat från 22,6 % (2017) till 14,0 % (2023); minskningen är
/// statistiskt säkerställd (95 %)." and the matching sentences for no significant change,
/// suppressed, missing and estimated values, and for the trend.
/// </summary>
public static class ResultExplanations
{
    /// <summary>The sentence about the row's value and its change since the baseline.</summary>
    public static string Change(IndicatorDefinition indicator, string areaName, IndicatorResult row)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(row);
        var title = SentenceTitle.For(indicator);
        var period = row.Period.ToString();
        if (row.Status == ResultStatus.Suppressed)
        {
            return F(ExplanationTexts.Suppressed, title, areaName, period);
        }

        if (row.Value is not { } value)
        {
            return F(ExplanationTexts.Missing, title, areaName, period);
        }

        var shown = SwedishFormat.ValueWithUnit(indicator, value);
        if (row.Status == ResultStatus.Estimate)
        {
            return F(ExplanationTexts.Estimate, title, areaName, shown, period);
        }

        if (row.BaselinePeriod is not { } baselinePeriod || row.BaselineValue is not { } baseline || row.Change is null)
        {
            return row.BaselinePeriod == row.Period
                ? F(ExplanationTexts.BaselineRow, title, areaName, shown, period)
                : F(ExplanationTexts.ValueOnly, title, areaName, shown, period);
        }

        var rounded = (SwedishFormat.Value(indicator, baseline), SwedishFormat.Value(indicator, value));
        var same = rounded.Item1 == rounded.Item2;
        var verb = value < baseline ? "minskat" : "ökat";
        var head = F(same ? ExplanationTexts.Unchanged : ExplanationTexts.Changed, title, areaName, verb,
            SwedishFormat.ValueWithUnit(indicator, baseline), baselinePeriod.ToString(), shown, period);
        var level = SwedishFormat.Confidence(indicator.Confidence);
        var tail = row.ChangeVerdict switch
        {
            Verdict.NotAssessed => ExplanationTexts.NotTested,
            Verdict.Similar => F(ExplanationTexts.NotSignificant, level),
            _ => F(ExplanationTexts.Significant, value < baseline ? "minskningen" : "ökningen", level),
        };
        return head + tail;
    }

    /// <summary>The sentence about the trend up to the row's period.</summary>
    public static string Trend(IndicatorResult row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var method = row.TrendMethod switch
        {
            "fingertips-recent" => "Fingertips trendtest, 99,8 %",
            "mann-kendall" => "Mann–Kendall",
            "seasonal-kendall" => "säsongs-Kendall",
            _ => row.TrendMethod ?? "",
        };
        return row.TrendVerdict switch
        {
            TrendVerdict.NotAssessed when row.TrendN >= 5 => ExplanationTexts.TrendNotAssessed,
            TrendVerdict.NotAssessed => F(ExplanationTexts.TooFewPoints, (row.TrendN ?? 0).ToString(CultureInfo.InvariantCulture)),
            TrendVerdict.NoTrend => F(ExplanationTexts.NoTrend, method),
            _ when row.TrendSlope > 0 => F(ExplanationTexts.TrendUp, method),
            _ => F(ExplanationTexts.TrendDown, method),
        };
    }

    /// <summary>
    /// The sentence about the comparison with the city in the row's period, with Fingertips' two
    /// levels: not different at 95 %, different at 95 % but not at 99.8 %, or different at both
    /// (<see cref="ComparatorLevels"/>); null for a suppressed or missing value, for counts (areas of
    /// different size are not compared on counts), or when no comparison was possible.
    /// </summary>
    public static string? Comparison(IndicatorDefinition indicator, string areaName, IndicatorResult row)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(row);
        if (row.Status == ResultStatus.Suppressed || row.Value is null || !ComparatorLevels.IsMeaningful(indicator))
        {
            return null;
        }

        var (verdict, alsoAt998) = ComparatorLevels.Of(row);
        var twoLevels = row.ComparatorVerdict95 != Verdict.NotAssessed;
        var city = row.ComparatorValue is { } c
            ? F(ExplanationTexts.CityWithValue, SwedishFormat.ValueWithUnit(indicator, c))
            : ExplanationTexts.CityWithoutValue;
        var period = row.Period.ToString();
        var level = twoLevels ? SwedishFormat.Confidence(0.95) : SwedishFormat.Confidence(indicator.Confidence);
        var how = verdict switch
        {
            Verdict.Better => ExplanationTexts.BetterThanCity,
            Verdict.Worse => ExplanationTexts.WorseThanCity,
            Verdict.Higher => ExplanationTexts.HigherThanCity,
            Verdict.Lower => ExplanationTexts.LowerThanCity,
            _ => null,
        };
        if (verdict == Verdict.Similar)
        {
            return F(ExplanationTexts.CityNotDifferent, areaName, city, period, level);
        }

        if (how is null)
        {
            return null;
        }

        var tail = !twoLevels ? F(ExplanationTexts.CityDifferentAtLevel, level)
            : alsoAt998 ? F(ExplanationTexts.CityDifferentAlsoAt998, areaName)
            : ExplanationTexts.CityDifferentOnlyAt95;
        return F(ExplanationTexts.CityDifferent, areaName, how, city, period) + tail;
    }

    /// <summary>The sentence about the target ("Målet är 15,0 % till 2027; utvecklingen är på väg mot målet."), or null when the row has none.</summary>
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
            TargetStatus.Met => ExplanationTexts.TargetMet,
            TargetStatus.Missed => ExplanationTexts.TargetMissed,
            TargetStatus.OnTrack => ExplanationTexts.TargetOnTrack,
            TargetStatus.OffTrack => ExplanationTexts.TargetOffTrack,
            TargetStatus.Uncertain => ExplanationTexts.TargetUncertain,
            _ => ExplanationTexts.TargetNotAssessed,
        };
        return F(ExplanationTexts.Target, SwedishFormat.ValueWithUnit(indicator, target), year.ToString(CultureInfo.InvariantCulture), status);
    }

    private static string F(string format, params object[] args) => string.Format(SwedishFormat.Culture, format, args);
}
