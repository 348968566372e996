using Samverkan.Analytics.Core.Reports;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Formatting;
using Samverkan.Analytics.Publishing.YearlyReport.Model;

namespace Samverkan.Analytics.Publishing.YearlyReport;

/// <summary>The report's Swedish words for verdicts, trends, targets and statuses, and the colour each carries.</summary>
internal static class ReportWords
{
    /// <summary>The city in tables.</summary>
    public const string City = "Hela staden";

    /// <summary>The city inside a sentence (<c>I hela staden har …</c>).</summary>
    public const string CityInSentence = "hela staden";

    /// <summary>A verdict of a change or comparison in words (<see cref="SwedishFormat.VerdictWords"/>).</summary>
    public static string Verdict(Verdict verdict) => SwedishFormat.VerdictWords(verdict);

    /// <summary>The colour of a verdict.</summary>
    public static Tone Tone(Verdict verdict) => verdict switch
    {
        Core.Results.Verdict.Better => Model.Tone.Good,
        Core.Results.Verdict.Worse => Model.Tone.Bad,
        Core.Results.Verdict.Similar => Model.Tone.Neutral,
        Core.Results.Verdict.Higher => Model.Tone.Higher,
        Core.Results.Verdict.Lower => Model.Tone.Lower,
        _ => Model.Tone.Muted,
    };

    /// <summary>A trend verdict in words.</summary>
    public static string Trend(TrendVerdict verdict) => verdict switch
    {
        TrendVerdict.Improving => "förbättras",
        TrendVerdict.Worsening => "försämras",
        TrendVerdict.NoTrend => "ingen säker trend",
        TrendVerdict.Increasing => "ökar",
        TrendVerdict.Decreasing => "minskar",
        _ => "ej bedömd",
    };

    /// <summary>The colour of a trend verdict.</summary>
    public static Tone Tone(TrendVerdict verdict) => verdict switch
    {
        TrendVerdict.Improving => Model.Tone.Good,
        TrendVerdict.Worsening => Model.Tone.Bad,
        TrendVerdict.NoTrend => Model.Tone.Neutral,
        TrendVerdict.Increasing => Model.Tone.Higher,
        TrendVerdict.Decreasing => Model.Tone.Lower,
        _ => Model.Tone.Muted,
    };

    /// <summary>A target status in words.</summary>
    public static string Target(TargetStatus status) => status switch
    {
        TargetStatus.Met => "uppnått",
        TargetStatus.Missed => "inte uppnått",
        TargetStatus.OnTrack => "på väg mot målet",
        TargetStatus.OffTrack => "inte på väg mot målet",
        TargetStatus.Uncertain => "osäkert",
        _ => "ej bedömt",
    };

    /// <summary>The colour of a target status.</summary>
    public static Tone Tone(TargetStatus status) => status switch
    {
        TargetStatus.Met or TargetStatus.OnTrack => Model.Tone.Good,
        TargetStatus.Missed or TargetStatus.OffTrack => Model.Tone.Bad,
        TargetStatus.Uncertain => Model.Tone.Neutral,
        _ => Model.Tone.Muted,
    };

    /// <summary>A result status as a short remark, or null for <c>ok</c>.</summary>
    public static string? Status(ResultStatus status) => status switch
    {
        ResultStatus.Suppressed => "dold",
        ResultStatus.Missing => "saknas",
        ResultStatus.Estimate => "skattning",
        ResultStatus.Preliminary => "preliminärt",
        _ => null,
    };

    /// <summary>The trend method in words.</summary>
    public static string TrendMethod(string? method) => method switch
    {
        "fingertips-recent" => "regression över de fem senaste åren (Fingertips)",
        "mann-kendall" => "Mann–Kendalls test",
        "seasonal-kendall" => "säsongsjusterat Kendalltest",
        _ => "ingen trendanalys",
    };

    /// <summary>A comment kind as its label.</summary>
    public static string CommentLabel(CommentKind kind) => kind switch
    {
        CommentKind.Action => "Vidtagna åtgärder",
        _ => "Analys",
    };

    /// <summary>A party as named in the report.</summary>
    public static string Party(ApprovalParty party) => party switch
    {
        ApprovalParty.Police => "Polisregion Stockholm",
        _ => "Stockholms stad",
    };

    /// <summary>A month's Swedish name (<c>december</c>).</summary>
    public static string Month(int month) => SwedishFormat.Culture.DateTimeFormat.GetMonthName(month);

    /// <summary>A moment in Stockholm time: <c>25 november 2026 kl. 22.40</c>.</summary>
    public static string Moment(DateTimeOffset time) => Stockholm(time).ToString("d MMMM yyyy 'kl.' HH.mm", SwedishFormat.Culture);

    /// <summary>A day in Stockholm time: <c>25 november 2026</c>.</summary>
    public static string Day(DateTimeOffset time) => Stockholm(time).ToString("d MMMM yyyy", SwedishFormat.Culture);

    /// <summary>A date: <c>11 januari 2024</c>.</summary>
    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", SwedishFormat.Culture);

    /// <summary>A quarter as words: <c>tredje kvartalet</c>.</summary>
    public static string Quarter(int quarter) => quarter switch
    {
        1 => "första kvartalet",
        2 => "andra kvartalet",
        3 => "tredje kvartalet",
        _ => "fjärde kvartalet",
    };

    private static DateTimeOffset Stockholm(DateTimeOffset time)
    {
        try
        {
            return TimeZoneInfo.ConvertTime(time, TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm"));
        }
        catch (TimeZoneNotFoundException)
        {
            return time;
        }
    }
}
