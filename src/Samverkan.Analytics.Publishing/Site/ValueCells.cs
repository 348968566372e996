using System.Text;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Charts;
using Samverkan.Analytics.Publishing.Formatting;

namespace Samverkan.Analytics.Publishing.Site;

/// <summary>
/// Table cell contents: a value with its interval in Swedish form and its markings (preliminary,
/// estimated, revised), or the words that stand in for a value that is not shown.
/// </summary>
internal static class ValueCells
{
    /// <summary>The value cell of a row (HTML).</summary>
    public static string Value(IndicatorResult? row, IndicatorDefinition indicator) => Value(row, indicator, null);

    /// <summary>The value cell of a row (HTML); a revised row's <c>rev.</c> links to <paramref name="revisions"/>' section for it (from a page one folder down).</summary>
    public static string Value(IndicatorResult? row, IndicatorDefinition indicator, SiteRevisions? revisions)
    {
        if (row is null)
        {
            return Html.NoValue;
        }

        if (row.Status == ResultStatus.Suppressed)
        {
            return $"<span class=\"suppressed\">{Html.E(ValueWords.TooFew(indicator))}</span>";
        }

        if (!ChartSummary.IsShown(row))
        {
            return $"<span class=\"suppressed\">{ValueWords.Missing}</span>";
        }

        return Html.E(SwedishFormat.ValueWithInterval(row.Value!.Value, row.CiLow, row.CiHigh, indicator)) + Flags(row, revisions?.Link(row));
    }

    /// <summary>
    /// The markings of a row: <c>prel.</c>, <c>skattat</c>, <c>rev.</c>, each explained in its title;
    /// <c>rev.</c> is a link to the earlier value when <paramref name="revisionLink"/> (site-relative) is given.
    /// </summary>
    public static string Flags(IndicatorResult row, string? revisionLink = null)
    {
        var sb = new StringBuilder();
        if (ChartSummary.IsPreliminary(row))
        {
            sb.Append(" <abbr class=\"flag\" title=\"preliminärt: värdet kan ändras\">prel.</abbr>");
        }

        if (ChartSummary.IsEstimate(row))
        {
            sb.Append(" <abbr class=\"flag\" title=\"skattat från andra områden (t.ex. stadsdelsområden fördelade på lokalpolisområden)\">skattat</abbr>");
        }

        if (revisionLink is not null)
        {
            sb.Append(" <a class=\"flag\" href=\"").Append(Html.Href("../", revisionLink))
                .Append("\" title=\"reviderat: värdet har ändrats sedan en tidigare leverans\">rev.<span class=\"visually-hidden\"> (visa tidigare värde)</span></a>");
        }
        else if (row.Flags.Contains("revised"))
        {
            sb.Append(" <abbr class=\"flag\" title=\"reviderat: värdet har ändrats sedan en tidigare leverans\">rev.</abbr>");
        }

        if (row.Flags.Contains("break"))
        {
            sb.Append(" <abbr class=\"flag\" title=\"tidsseriebrott: inte jämförbart med tidigare perioder\">brott i serien</abbr>");
        }

        return sb.ToString();
    }

    /// <summary>The change since the baseline with its interval and span (<c>2017–2023: −8,7 procentenheter (…)</c>), or a dash.</summary>
    public static string Change(IndicatorResult? row, IndicatorDefinition indicator, bool withSpan = true, bool unitInHeader = false)
    {
        if (row is null || !ChartSummary.IsShown(row) || row.Change is not { } change || !double.IsFinite(change))
        {
            return Html.NoValue;
        }

        var span = withSpan && row.BaselinePeriod is { } b ? $"{b}–{row.Period}: " : string.Empty;
        return Html.E(span + (unitInHeader
            ? SwedishFormat.ChangeInColumn(change, row.ChangeCiLow, row.ChangeCiHigh, indicator)
            : SwedishFormat.Change(change, row.ChangeCiLow, row.ChangeCiHigh, indicator)));
    }

    /// <summary>A verdict as a coloured word: <c>&lt;span class="v v-worse"&gt;Sämre&lt;/span&gt;</c>.</summary>
    public static string Verdict(Verdict verdict) =>
        $"<span class=\"v v-{verdict.ToWord()}\">{Html.E(VerdictText.Short(verdict))}</span>";
}
