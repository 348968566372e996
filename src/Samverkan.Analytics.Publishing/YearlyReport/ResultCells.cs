using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Formatting;
using Samverkan.Analytics.Publishing.YearlyReport.Model;

namespace Samverkan.Analytics.Publishing.YearlyReport;

/// <summary>
/// A result row's numbers and verdicts as table cells (words first, colour beside them). Cells are
/// compact: shares keep their <c>%</c>, other units are named once in the indicator cell
/// (<see cref="IndicatorTitle"/>), and changes of shares are in <c>p.e.</c> (procentenheter).
/// </summary>
internal static class ResultCells
{
    /// <summary>The footnote under tables of results.</summary>
    public static string Footnote(IEnumerable<IndicatorDefinition> indicators)
    {
        var all = indicators.ToList();
        var levels = all.Select(i => i.Confidence).Distinct().Order().Select(SwedishFormat.Confidence).ToList();
        var level = levels.Count switch
        {
            0 => "95\u00A0%",
            1 => levels[0],
            _ => string.Join(" eller ", levels) + " beroende på indikator",
        };
        return $"Inom parentes: {level} konfidensintervall (KI). Förändringen anges för andelar i procentenheter (p.e.) och för antal och " +
            "antal per invånare i procent. Utgångsläget är det som gäller enligt den överenskommelse som var i kraft under perioden. " +
            "Jämfört med staden prövas på 95\u00A0%-nivån; \"även 99,8\u00A0%\" betyder att skillnaden håller även på 99,8\u00A0%-nivån, \"ej 99,8\u00A0%\" att den inte gör det. " +
            (all.TrueForAll(Core.Results.ComparatorLevels.IsMeaningful) ? string.Empty : "Antal jämförs inte med staden (ett områdes antal är en del av stadens och områdena är olika stora). ") +
            "prel. = preliminärt, skattn. = skattat från andra områden (prövas inte statistiskt), dold = visas inte för att skydda enskilda.";
    }

    /// <summary>The indicator's title with the unit its cells leave out: <c>Anmälda rån (per 100 000 inv.)</c>.</summary>
    public static string IndicatorTitle(IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var unit = SwedishFormat.Unit(indicator);
        return KeepsUnit(indicator) || unit.Length == 0 ? indicator.Title : $"{indicator.Title} ({unit})";
    }

    /// <summary>A value as a cell shows it: <c>9,1 %</c> for shares, the bare number otherwise.</summary>
    public static string Short(double value, IndicatorDefinition indicator) =>
        KeepsUnit(indicator) ? SwedishFormat.WithUnit(value, indicator) : SwedishFormat.Value(value, indicator);

    /// <summary>The baseline: <c>10,2 %</c> over <c>2017</c>.</summary>
    public static TableCell Baseline(IndicatorResult? row, IndicatorDefinition indicator) =>
        row?.BaselineValue is { } b && row.BaselinePeriod is { } p && row.Status != ResultStatus.Suppressed
            ? new TableCell(Short(b, indicator) + "\n" + p)
            : TableCell.Empty;

    /// <summary>The latest value with its period and remarks; <c>dold</c>/<c>saknas</c> when there is none to show.</summary>
    public static TableCell Latest(IndicatorResult? row, IndicatorDefinition indicator, bool withInterval)
    {
        if (row is null)
        {
            return TableCell.Empty;
        }

        if (row.Status == ResultStatus.Suppressed)
        {
            return new TableCell("dold\n" + row.Period, Tone.Muted);
        }

        if (row.Value is not { } value || !double.IsFinite(value))
        {
            return new TableCell("saknas\n" + row.Period, Tone.Muted);
        }

        var text = Short(value, indicator);
        if (withInterval && row.CiLow is { } lo && row.CiHigh is { } hi)
        {
            var decimals = SwedishFormat.Decimals(indicator);
            text += "\n(" + SwedishFormat.Number(lo, decimals) + "–" + SwedishFormat.Number(hi, decimals) + ")";
        }

        return new TableCell(text + "\n" + row.Period + Remark(row));
    }

    /// <summary>The change since the baseline with its interval: <c>−1,1 p.e.</c> over <c>(−1,7 till −0,5)</c>, or <c>−13 %</c> for ratios.</summary>
    public static TableCell Change(IndicatorResult? row, IndicatorDefinition indicator)
    {
        if (row?.Change is not { } change || !double.IsFinite(change) || row.Status == ResultStatus.Suppressed)
        {
            return TableCell.Empty;
        }

        var (low, high) = (row.ChangeCiLow, row.ChangeCiHigh);
        string text;
        int decimals;
        switch (indicator.Measure)
        {
            case Measure.Proportion:
                decimals = 1;
                text = SwedishFormat.Signed(change, decimals) + " p.e.";
                break;
            case Measure.Rate or Measure.Count:
                static double Percent(double ratio) => (ratio - 1) * 100;
                (low, high) = (low is { } l ? Percent(l) : null, high is { } h ? Percent(h) : null);

                // A bound that rounds to 0 % but is not 0 gets a decimal, so "(−4 till 0)" never sits beside "bättre".
                decimals = new[] { low, high }.Any(b => b is { } v && v != 0 && Math.Abs(v) < 0.5) ? 1 : 0;
                text = SwedishFormat.Signed(Percent(change), 0) + "\u00A0%";
                break;
            default:
                decimals = SwedishFormat.Decimals(indicator);
                text = SwedishFormat.Signed(change, decimals);
                break;
        }

        if (low is { } lo && high is { } hi)
        {
            text += "\n(" + SwedishFormat.Signed(lo, decimals) + " till " + SwedishFormat.Signed(hi, decimals) + ")";
        }

        return new TableCell(text);
    }

    /// <summary>The change verdict in words and colour.</summary>
    public static TableCell Verdict(IndicatorResult? row) =>
        row is null ? TableCell.Empty : new TableCell(ReportWords.Verdict(row.ChangeVerdict), ReportWords.Tone(row.ChangeVerdict));

    /// <summary>
    /// The comparison with the city in words and colour, with the city's value, at Fingertips' two
    /// levels: the verdict at 95 % and "även 99,8 %" or "ej 99,8 %" (<see cref="Core.Results.ComparatorLevels"/>).
    /// </summary>
    public static TableCell Comparison(IndicatorResult? row, IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (!Core.Results.ComparatorLevels.IsMeaningful(indicator))
        {
            // Counts are not compared with the city (ComparatorLevels.IsMeaningful), as on the site.
            return TableCell.Empty;
        }

        var verdict = row is null ? Core.Results.Verdict.NotAssessed : Core.Results.ComparatorLevels.Of(row).Verdict;
        if (row is null || verdict == Core.Results.Verdict.NotAssessed)
        {
            return row?.ComparatorValue is { } only
                ? new TableCell("ej bedömd\nstaden " + Short(only, indicator), Tone.Muted)
                : TableCell.Empty;
        }

        var text = ReportWords.Verdict(verdict) + VerdictText.CityLevel(row) switch
        {
            998 => "\näven 99,8\u00A0%",
            95 when row.ComparatorVerdict95 != Core.Results.Verdict.NotAssessed => "\nej 99,8\u00A0%",
            _ => string.Empty,
        };
        if (row.ComparatorValue is { } city)
        {
            text += "\nstaden " + Short(city, indicator);
        }

        return new TableCell(text, ReportWords.Tone(verdict));
    }

    /// <summary>The trend verdict in words and colour.</summary>
    public static TableCell Trend(IndicatorResult? row) =>
        row is null ? TableCell.Empty : new TableCell(ReportWords.Trend(row.TrendVerdict), ReportWords.Tone(row.TrendVerdict));

    /// <summary>The target status in words and colour, with the target.</summary>
    public static TableCell Target(IndicatorResult? row, IndicatorDefinition indicator)
    {
        if (row?.TargetValue is not { } target || row.TargetYear is not { } year)
        {
            return new TableCell(indicator.Target is null ? "inget mål" : "ej bedömt", Tone.Muted);
        }

        return new TableCell(
            ReportWords.Target(row.TargetStatus) + "\nmål " + Short(target, indicator) + " till " + year,
            ReportWords.Tone(row.TargetStatus));
    }

    private static bool KeepsUnit(IndicatorDefinition indicator) =>
        indicator.Measure == Measure.Proportion && SwedishFormat.Unit(indicator) == "%";

    private static string Remark(IndicatorResult row) =>
        row.Status == ResultStatus.Preliminary || row.Flags.Contains("preliminary") ? " prel."
        : row.Status == ResultStatus.Estimate || row.Flags.Contains("estimate") ? " skattn."
        : string.Empty;
}
