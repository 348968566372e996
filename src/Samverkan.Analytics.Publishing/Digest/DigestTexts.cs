using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Formatting;
using ResultExplanations = Samverkan.Analytics.Core.Explanations.ResultExplanations;

namespace Samverkan.Analytics.Publishing.Digest;

/// <summary>
/// Every Swedish sentence a digest says, in one place. Plain text: the renderers encode it. A
/// suppressed row is never given a number here.
/// </summary>
internal static class DigestTexts
{
    private const char Nbsp = '\u00A0';

    /// <summary>The sentence's subject: <c>Anmälda rån i Farsta</c>, <c>Andelen otrygga … i Farsta</c>.</summary>
    public static string Subject(IndicatorDefinition indicator, Area area) =>
        (indicator.Measure == Measure.Proportion ? "Andelen " + LowerFirst(indicator.Title) : indicator.Title) + " i " + area.Name;

    /// <summary>Title and area as a heading: <c>Anmälda rån – Farsta</c>.</summary>
    public static string Heading(IndicatorDefinition indicator, Area area) => $"{indicator.Title} – {area.Name}";

    /// <summary>
    /// The explanation of the latest value: the sentence the pages and reports use
    /// (<see cref="ResultExplanations.Change"/>, one wording everywhere), then what a digest reader
    /// also needs: the change with its interval and whether it is better or worse, e.g. <c>Anmälda rån
    /// i Farsta har minskat från 136 per 100 000 inv. (2018) till 103 per 100 000 inv. (2024);
    /// minskningen är statistiskt säkerställd (95 %). Förändring sedan 2018: −24 %, 95 % KI −35 till −11 %, en förbättring.</c>
    /// </summary>
    public static string Explanation(IndicatorDefinition indicator, Area area, IndicatorResult? latest)
    {
        if (latest is null)
        {
            return $"Det finns ännu inga uppgifter om {LowerFirst(indicator.Title)} i {area.Name}.";
        }

        if (latest.Status == ResultStatus.Missing)
        {
            latest = latest with { Value = null }; // the shared sentence says "saknar värde" only for a row without a value
        }

        var sentence = ResultExplanations.Change(indicator, area.Name, latest);
        if (!IsShown(latest) || latest.Status == ResultStatus.Estimate
            || latest.Change is not { } change || !double.IsFinite(change)
            || latest.BaselinePeriod is not { } baseline || baseline == latest.Period)
        {
            return sentence;
        }

        var verdict = latest.ChangeVerdict switch
        {
            Verdict.Better => ", en förbättring",
            Verdict.Worse => ", en försämring",
            _ => string.Empty,
        };
        return $"{sentence} Förändring sedan {baseline}: {Sentence(ChangeText(change, latest.ChangeCiLow, latest.ChangeCiHigh, indicator) + verdict)}";
    }

    /// <summary>New data: one period, or several with the newest value.</summary>
    public static string NewPeriods(IndicatorDefinition indicator, IReadOnlyList<IndicatorResult> rows)
    {
        var newest = rows[^1];
        var shown = IsShown(newest) ? ValueText(newest, indicator) : null;
        var what = rows.Count == 1
            ? $"Ny uppgift för {PeriodLabel(newest)}"
            : $"Nya uppgifter för {rows.Count} perioder ({rows[0].Period} till {newest.Period}); senast {PeriodLabel(newest)}";
        return shown is null
            ? $"{what}: visas inte, eftersom underlaget är för litet."
            : Sentence($"{what}: {shown}");
    }

    /// <summary>The verdict since the baseline changed; null when the change is not worth telling.</summary>
    public static DigestChange? VerdictChange(IndicatorResult? before, IndicatorResult after)
    {
        var old = before?.ChangeVerdict ?? Verdict.NotAssessed;
        var now = after.ChangeVerdict;
        if (old == now)
        {
            return null;
        }

        var since = after.BaselinePeriod is { } b ? $" sedan {b}" : string.Empty;
        var was = $"tidigare: ”{SwedishFormat.VerdictWords(old)}”";
        return now switch
        {
            Verdict.Worse => new(DigestChangeKind.BecameWorse,
                $"Utvecklingen{since} är nu en statistiskt säkerställd försämring ({PeriodLabel(after)}; {was})."),
            Verdict.Better => new(DigestChangeKind.BecameBetter,
                $"Utvecklingen{since} är nu en statistiskt säkerställd förbättring ({PeriodLabel(after)}; {was})."),
            Verdict.Higher or Verdict.Lower => new(DigestChangeKind.VerdictChanged,
                $"Värdet är nu statistiskt säkerställt {(now == Verdict.Higher ? "högre" : "lägre")} än i utgångsläget ({PeriodLabel(after)}; {was})."),
            _ when old is Verdict.Better or Verdict.Worse or Verdict.Higher or Verdict.Lower => new(DigestChangeKind.VerdictChanged,
                $"Den tidigare statistiskt säkerställda {OldWord(old)} är inte längre säkerställd ({PeriodLabel(after)}; nu: ”{SwedishFormat.VerdictWords(now)}”)."),
            _ => null,
        };
    }

    /// <summary>The target status flipped.</summary>
    public static string TargetChange(IndicatorDefinition indicator, TargetStatus before, IndicatorResult after)
    {
        var target = after.TargetYear is { } year && after.TargetValue is { } value && double.IsFinite(value)
            ? $"Målet för {year} ({SwedishFormat.WithUnit(value, indicator)})"
            : "Målet";
        return $"{target} bedöms nu som ”{TargetWords(after.TargetStatus)}” (tidigare ”{TargetWords(before)}”, {PeriodLabel(after)}).";
    }

    /// <summary>A revised figure: old → new, or that it is no longer shown, or now shown.</summary>
    public static string Revision(IndicatorDefinition indicator, IndicatorResult before, IndicatorResult after)
    {
        if (!IsShown(after))
        {
            return $"Uppgiften för {after.Period} har reviderats och visas inte längre, eftersom underlaget är för litet.";
        }

        if (!IsShown(before))
        {
            return Sentence($"Uppgiften för {after.Period} visas nu: {ValueText(after, indicator)}");
        }

        return Sentence($"Reviderad uppgift för {after.Period}: {SwedishFormat.Value(before.Value!.Value, indicator)} → {SwedishFormat.WithUnit(after.Value!.Value, indicator)}");
    }

    /// <summary>"… och 4 till."</summary>
    public static string MoreRevisions(int count) =>
        $"Ytterligare {count} {(count == 1 ? "uppgift" : "uppgifter")} har reviderats; se tabellen.";

    /// <summary>The subject line: <c>Förändringar i Järva: 1 sämre, 1 bättre, 2 andra förändringar</c>, or <c>…: 2 förändringar</c> when none is worse or better.</summary>
    public static string MessageSubject(DigestContent content)
    {
        var parts = new List<string>();
        if (content.Worse > 0)
        {
            parts.Add($"{content.Worse} sämre");
        }

        if (content.Better > 0)
        {
            parts.Add($"{content.Better} bättre");
        }

        var other = content.Sections.Count - content.Worse - content.Better;
        if (other > 0)
        {
            // "andra" only beside a count of worse or better: alone, "4 andra förändringar" asks "other than what?".
            var word = parts.Count == 0 ? (other == 1 ? "förändring" : "förändringar") : (other == 1 ? "annan förändring" : "andra förändringar");
            parts.Add($"{other} {word}");
        }

        return OneLine($"Förändringar i {AreaList(content.AreaNames)}: {string.Join(", ", parts)}");
    }

    /// <summary>The subject of the "nothing changed" note.</summary>
    public static string NothingChangedSubject(DigestContent content) =>
        OneLine($"Inga förändringar i {AreaList(content.AreaNames)} sedan förra sammanfattningen");

    /// <summary>The opening paragraph.</summary>
    public static string Intro(DigestContent content)
    {
        var since = content.Base is { } b ? $"sedan förra sammanfattningen ({Date(b.ComputedAt)})" : "i den senaste beräkningen";
        if (!content.IsMaterial)
        {
            return $"Ny statistik har beräknats {since}, men för {AreaList(content.AreaNames)} har inga bedömningar ändrats och inga nya eller reviderade uppgifter tillkommit.";
        }

        var n = content.Sections.Select(s => s.Indicator.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        return $"Det här har ändrats {since} för {AreaList(content.AreaNames)}: nya uppgifter eller ändrade bedömningar för {n} {(n == 1 ? "indikator" : "indikatorer")}.";
    }

    /// <summary>The two summary lines: what got worse, what got better (and what else changed).</summary>
    public static IReadOnlyList<(string Label, string Text)> Summary(DigestContent content)
    {
        var lines = new List<(string, string)>();
        void Add(string label, IEnumerable<DigestSection> sections)
        {
            var names = sections.Select(s => Subject(s.Indicator, s.Shown)).ToList();
            if (names.Count > 0)
            {
                lines.Add((label, Sentence(List(names, 5, "indikatorer"))));
            }
        }

        Add("Sämre", content.Sections.Where(s => s.Headline == DigestChangeKind.BecameWorse));
        Add("Bättre", content.Sections.Where(s => s.Headline == DigestChangeKind.BecameBetter));
        Add("Övrigt", content.Sections.Where(s => s.Headline is not (DigestChangeKind.BecameWorse or DigestChangeKind.BecameBetter)));
        if (content.Revision is { } revision)
        {
            lines.Add(("Revidering", revision.SwedishText()));
        }

        return lines;
    }

    /// <summary>Why the reader gets this, and the run it is based on.</summary>
    public static string Footer(DigestContent content, string? title) =>
        $"Du får det här meddelandet eftersom du prenumererar på sammanfattningen ”{title ?? content.Subscription.Id}”, som bara tar upp {AreaList(content.AreaNames)}. " +
        $"Underlaget beräknades {Date(content.Latest.ComputedAt)} (beräkning {content.Latest.Id}, katalogversion {content.Latest.CatalogVersion}). " +
        "Tal i svensk form; KI = konfidensintervall. Uppgifter som bygger på för få svar eller fall visas inte.";

    /// <summary>The line that lists every area of the subscription (beside the map, and for readers without images).</summary>
    public static string AreasLine(DigestContent content) =>
        $"Sammanfattningen gäller bara {List(content.Areas.Select(a => a.Name).ToList(), int.MaxValue, "områden")}.";

    /// <summary>The unsubscribe link's text.</summary>
    public const string Unsubscribe = "Avsluta prenumerationen";

    /// <summary>The link to an indicator's page.</summary>
    public static string PageLink(IndicatorDefinition indicator, Area area) => $"Se {LowerFirst(indicator.Title)} för {area.Name} på webbplatsen";

    /// <summary>The caption of a section's table.</summary>
    public static string TableCaption(IndicatorDefinition indicator, Area area)
    {
        var unit = SwedishFormat.Unit(indicator);
        return $"{Heading(indicator, area)}: de senaste värdena{(unit.Length > 0 ? $" ({unit})" : string.Empty)} med {SwedishFormat.Confidence(indicator.Confidence)} konfidensintervall";
    }

    /// <summary>A table cell for a row's value (no number for suppressed or missing rows).</summary>
    public static string ValueCell(IndicatorResult row, IndicatorDefinition indicator) => row.Status switch
    {
        ResultStatus.Suppressed => "visas inte (för litet underlag)",
        ResultStatus.Missing => "saknas",
        _ when row.Value is { } v && double.IsFinite(v) => SwedishFormat.Value(v, indicator) + Marks(row),
        _ => "saknas",
    };

    /// <summary>A table cell for a row's interval.</summary>
    public static string IntervalCell(IndicatorResult row, IndicatorDefinition indicator) =>
        IsShown(row) && row.CiLow is { } l && row.CiHigh is { } h && double.IsFinite(l) && double.IsFinite(h)
            ? $"{SwedishFormat.Value(l, indicator)}–{SwedishFormat.Value(h, indicator)}"
            : "–";

    /// <summary>A table cell for a row's change since the baseline.</summary>
    public static string ChangeCell(IndicatorResult row, IndicatorDefinition indicator) =>
        IsShown(row) && row.Change is { } c && double.IsFinite(c) && row.BaselinePeriod is { } b && b != row.Period
            ? $"{SwedishFormat.Change(c, row.ChangeCiLow, row.ChangeCiHigh, indicator)} sedan {b}"
            : "–";

    /// <summary>A table cell for a row's verdict.</summary>
    public static string VerdictCell(IndicatorResult row) =>
        IsShown(row) ? SwedishFormat.VerdictWords(row.ChangeVerdict) : "–";

    /// <summary>The target status in words.</summary>
    public static string TargetWords(TargetStatus status) => status switch
    {
        TargetStatus.Met => "nått",
        TargetStatus.Missed => "inte nått",
        TargetStatus.OnTrack => "i takt med målet",
        TargetStatus.OffTrack => "inte i takt med målet",
        TargetStatus.Uncertain => "osäkert",
        _ => "ej bedömt",
    };

    /// <summary>True when the row may show numbers.</summary>
    public static bool IsShown(IndicatorResult row) =>
        row.Status is not (ResultStatus.Suppressed or ResultStatus.Missing) && row.Value is { } v && double.IsFinite(v);

    /// <summary>Area names as a list: <c>Järva</c>, <c>Järva och Farsta</c>, <c>Järva, Farsta och 3 områden till</c>.</summary>
    public static string AreaList(IReadOnlyList<string> names) => List(names, 3, "områden");

    /// <summary>Every name, none summed up: <c>Järva (stadsdelsområde) och Järva (lokalpolisområde)</c>.</summary>
    public static string EveryArea(IReadOnlyList<string> names) => List(names, int.MaxValue, "områden");

    /// <summary>
    /// Why one section speaks for several areas: <c>Uppgifterna är desamma för Järva (stadsdelsområde)
    /// och Järva (lokalpolisområde), så de redovisas här en gång för båda.</c>
    /// </summary>
    public static string SameFigures(IReadOnlyList<string> names) =>
        $"Uppgifterna är desamma för {EveryArea(names)}, så de redovisas här en gång för {(names.Count == 2 ? "båda" : "alla")}.";

    /// <summary>A date as people write it: <c>25 november 2026</c> (Stockholm time).</summary>
    public static string Date(DateTimeOffset time)
    {
        var local = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Stockholm", out var zone) ? TimeZoneInfo.ConvertTime(time, zone) : time;
        return local.ToString("d MMMM yyyy", SwedishFormat.Culture);
    }

    /// <summary>Ends a sentence with one full stop (a unit such as <c>inv.</c> already has one).</summary>
    public static string Sentence(string text) => text.EndsWith('.') ? text : text + ".";

    /// <summary>Drops line breaks (a header must be one line).</summary>
    public static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private static string ChangeText(double change, double? low, double? high, IndicatorDefinition indicator)
    {
        var level = SwedishFormat.Confidence(indicator.Confidence) + Nbsp + "KI";
        bool Has(double? x) => x is { } v && double.IsFinite(v);
        switch (indicator.Measure)
        {
            case Measure.Rate or Measure.Count:
                static double Percent(double ratio) => (ratio - 1) * 100;
                var p = SwedishFormat.Signed(Percent(change), 0);
                var ci = Has(low) && Has(high) ? $", {level} {SwedishFormat.Signed(Percent(low!.Value), 0)} till {SwedishFormat.Signed(Percent(high!.Value), 0)}{Nbsp}%" : string.Empty;
                return $"{p}{Nbsp}%{ci}";
            case Measure.Proportion:
                var pp = SwedishFormat.Signed(change, 1);
                var ppCi = Has(low) && Has(high) ? $", {level} {SwedishFormat.Signed(low!.Value, 1)} till {SwedishFormat.Signed(high!.Value, 1)}" : string.Empty;
                return $"{pp} procentenheter{ppCi}";
            default:
                var decimals = SwedishFormat.Decimals(indicator);
                var unit = SwedishFormat.Unit(indicator);
                var d = SwedishFormat.Signed(change, decimals);
                var dCi = Has(low) && Has(high) ? $", {level} {SwedishFormat.Signed(low!.Value, decimals)} till {SwedishFormat.Signed(high!.Value, decimals)}" : string.Empty;
                return $"{d}{(unit.Length > 0 ? Nbsp + unit : string.Empty)}{dCi}";
        }
    }

    private static string ValueText(IndicatorResult row, IndicatorDefinition indicator)
    {
        var text = SwedishFormat.WithUnit(row.Value!.Value, indicator);
        if (row.CiLow is { } l && row.CiHigh is { } h && double.IsFinite(l) && double.IsFinite(h))
        {
            text += $" ({SwedishFormat.Confidence(indicator.Confidence)}{Nbsp}KI {SwedishFormat.Value(l, indicator)}–{SwedishFormat.Value(h, indicator)})";
        }

        return text;
    }

    private static string PeriodLabel(IndicatorResult row)
    {
        var notes = new List<string>();
        if (row.Status == ResultStatus.Preliminary || row.Flags.Contains("preliminary"))
        {
            notes.Add("preliminärt");
        }

        if (row.Status == ResultStatus.Estimate || row.Flags.Contains("estimate"))
        {
            notes.Add("skattat");
        }

        return notes.Count == 0 ? row.Period.ToString() : $"{row.Period} ({string.Join(", ", notes)})";
    }

    private static string Marks(IndicatorResult row)
    {
        var marks = new List<string>();
        if (row.Status == ResultStatus.Preliminary || row.Flags.Contains("preliminary"))
        {
            marks.Add("prel.");
        }

        if (row.Status == ResultStatus.Estimate || row.Flags.Contains("estimate"))
        {
            marks.Add("skattat");
        }

        if (row.Flags.Contains("revised"))
        {
            marks.Add("reviderat");
        }

        return marks.Count == 0 ? string.Empty : " (" + string.Join(", ", marks) + ")";
    }

    private static string OldWord(Verdict old) => old switch
    {
        Verdict.Better => "förbättringen",
        Verdict.Worse => "försämringen",
        _ => "skillnaden",
    };

    private static string List(IReadOnlyList<string> names, int max, string noun)
    {
        if (names.Count == 0)
        {
            return string.Empty;
        }

        if (names.Count == 1)
        {
            return names[0];
        }

        if (names.Count <= max)
        {
            return string.Join(", ", names.Take(names.Count - 1)) + " och " + names[^1];
        }

        return string.Join(", ", names.Take(max - 1)) + $" och {names.Count - max + 1} {noun} till";
    }

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) ? char.ToLower(text[0], SwedishFormat.Culture) + text[1..] : text;

    /// <summary>True when two values differ as readers see them (at the indicator's decimals).</summary>
    public static bool DiffersAsShown(double before, double after, IndicatorDefinition indicator) =>
        SwedishFormat.Value(before, indicator) != SwedishFormat.Value(after, indicator);
}
