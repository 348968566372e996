using Samverkan.Analytics.Core.Agreements;
using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Publishing.Formatting;
using Samverkan.Analytics.Publishing.YearlyReport.Model;

namespace Samverkan.Analytics.Publishing.YearlyReport;

/// <summary>The appendices: one per district, per local police area and per local agreement (the local follow-up).</summary>
internal static class AppendixSections
{
    public static void Write(ReportContext context)
    {
        var plan = context.Plan;
        var letter = 'A';
        letter = Appendix(context, letter, "Stadsdelsområden", "bilaga-stadsdelsomraden",
            "Ett avsnitt per stadsdelsområde: alla indikatorer med det senaste värdet, förändringen sedan utgångsläget och jämförelsen med resten av staden. " +
            "Sammanslagna stadsdelsområden redovisas som en sammanhängande serie.",
            plan.AppendixDistricts, WriteArea);
        letter = Appendix(context, letter, "Lokalpolisområden", "bilaga-lokalpolisomraden",
            "Ett avsnitt per lokalpolisområde. Polisens trygghetsmätning redovisas per lokalpolisområde; stadens mätning och brottsstatistiken " +
            "finns per stadsdelsområde och skattas till lokalpolisområden med befolkningsandelar (markerat skattn.).",
            plan.AppendixLocalPoliceAreas, WriteArea);
        Appendix(context, letter, "Lokala samverkansöverenskommelser", "bilaga-lokala-overenskommelser",
            "Uppföljningen av de lokala överenskommelserna mellan stadsdelsförvaltningarna och lokalpolisområdena: " +
            "deras egna indikatorer och de övergripande indikatorerna i de prioriterade områden de tar upp.",
            plan.AppendixLocalAgreements, WriteLocalAgreement,
            whenNone: context.Data.Scope.IsCityWide ? $"Ingen lokal överenskommelse gällde under {context.Data.Scope.Period}." : null);
    }

    /// <summary>
    /// One appendix: its heading (<c>Bilaga A.</c> …), a note and a section per item; left out when there are
    /// no items, unless <paramref name="whenNone"/> says why there are none. Returns the next appendix's letter.
    /// </summary>
    private static char Appendix<T>(
        ReportContext context, char letter, string title, string anchor, string note, IReadOnlyList<T> items, Action<ReportContext, T> write, string? whenNone = null)
    {
        if (items.Count == 0 && whenNone is null)
        {
            return letter;
        }

        context.Heading(1, $"Bilaga {letter}. {title}", anchor);
        context.Add(ParagraphBlock.Of(items.Count == 0 ? whenNone! : note, ParagraphStyle.Note));
        foreach (var item in items)
        {
            write(context, item);
        }

        return (char)(letter + 1);
    }

    private static void WriteArea(ReportContext context, Area area)
    {
        var data = context.Data;
        context.Heading(2, data.Qualified(area), "bilaga-" + area.Id);
        context.Add(ParagraphBlock.Of(Describe(context, area), ParagraphStyle.Note));
        if (ReportMaps.Locator(context, area) is { } locator)
        {
            context.Add(locator);
        }

        var indicators = context.Plan.Indicators
            .Concat(context.Plan.AppendixLocalAgreements.Where(l => ReportPlan.Covers(l, area.Id)).SelectMany(l => l.Indicators))
            .DistinctBy(i => i.Id, StringComparer.OrdinalIgnoreCase)
            .Where(i => data.Latest(i.Id, area.Id) is not null)
            .ToList();
        if (indicators.Count == 0)
        {
            context.Add(ParagraphBlock.Of($"Det finns inga resultat för {area.Name} till och med {data.Scope.Period}.", ParagraphStyle.Finding));
            return;
        }

        context.Add(new TableBlock(
            $"{data.Qualified(area)}: senaste värde per indikator till och med {data.Scope.Period}",
            [
                new TableColumn("Indikator", 27),
                new TableColumn("Senaste (KI)", 13, Numeric: true),
                new TableColumn("Förändring (KI)", 15, Numeric: true),
                new TableColumn("Bedömning", 13),
                new TableColumn("Jämfört med staden", 13),
                new TableColumn("Trend", 12),
                new TableColumn("Mål", 14),
            ],
            indicators.Select(i => Row(context, i, area.Id)).ToList(),
            ResultCells.Footnote(indicators)));

        var significant = indicators.Where(i => context.IsSignificant(i, area.Id)).ToList();
        foreach (var indicator in significant)
        {
            context.Add(new ParagraphBlock(
                [new TextRun(indicator.Title + ". ", Bold: true), new TextRun(Explanations.Change(indicator, data.Qualified(area), data.Latest(indicator.Id, area.Id)!))],
                ParagraphStyle.Finding));
        }

        var assessed = indicators.Count(i => data.Latest(i.Id, area.Id)!.ChangeVerdict == Core.Results.Verdict.Similar);
        if (assessed > 0)
        {
            context.Add(ParagraphBlock.Of(
                $"För {SwedishFormat.Number(assessed, 0)} av indikatorerna finns ingen statistiskt säkerställd förändring sedan utgångsläget.",
                ParagraphStyle.Finding));
        }

        foreach (var indicator in indicators)
        {
            context.AddComments(indicator, area.Id, nameIndicator: true);
        }
    }

    private static void WriteLocalAgreement(ReportContext context, LocalAgreement local)
    {
        var data = context.Data;
        context.Heading(2, local.Title, "bilaga-" + local.Id);
        var period = local.From is { } from
            ? $"Gäller {ReportWords.Day(from)}" + (local.To is { } to ? $"–{ReportWords.Day(to)}" : " och tills vidare") + ". "
            : string.Empty;
        context.Add(ParagraphBlock.Of(
            period +
            $"Stadsdelsområden: {Names(context, local.DistrictIds)}. Lokalpolisområden: {Names(context, local.LocalPoliceAreaIds)}.",
            ParagraphStyle.Note));
        if (local.PriorityAreaIds.Count > 0)
        {
            var titles = local.PriorityAreaIds.Select(id =>
                context.Plan.Agreement.PriorityAreas.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase))?.Title
                ?? data.Catalog.FindPriorityArea(id)?.Title ?? id);
            context.Add(ParagraphBlock.Labelled("Prioriterade områden ur den övergripande överenskommelsen:", string.Join("; ", titles) + "."));
        }

        foreach (var priority in local.LocalPriorityAreas)
        {
            context.Add(ParagraphBlock.Labelled(
                "Lokal prioritering:",
                priority.Title + (priority.IsExample ? " (exempel, inte hämtat ur en verklig överenskommelse)." : ".")));
        }

        var areas = LocalAgreementFollowUp.AreaIds(local);
        var indicators = LocalAgreementFollowUp.Indicators(data.Catalog, local);
        var rows = new List<IReadOnlyList<TableCell>>();
        foreach (var indicator in indicators)
        {
            foreach (var areaId in areas.Where(a => data.Latest(indicator.Id, a) is not null))
            {
                var row = data.Latest(indicator.Id, areaId);
                var title = ResultCells.IndicatorTitle(indicator) + (local.Indicators.Contains(indicator) ? ", lokal indikator" : string.Empty);
                rows.Add(
                [
                    title,
                    data.AreaName(areaId),
                    ResultCells.Latest(row, indicator, withInterval: true),
                    ResultCells.Change(row, indicator),
                    ResultCells.Verdict(row),
                    ResultCells.Target(row, indicator),
                ]);
            }
        }

        if (rows.Count == 0)
        {
            context.Add(ParagraphBlock.Of($"Det finns inga resultat för överenskommelsens områden till och med {data.Scope.Period}.", ParagraphStyle.Finding));
            return;
        }

        context.Add(new TableBlock(
            $"{local.Title}: senaste värde per indikator och område till och med {data.Scope.Period}",
            [
                new TableColumn("Indikator", 27),
                new TableColumn("Område", 19),
                new TableColumn("Senaste (KI)", 13, Numeric: true),
                new TableColumn("Förändring (KI)", 15, Numeric: true),
                new TableColumn("Bedömning", 13),
                new TableColumn("Mål", 14),
            ],
            rows,
            ResultCells.Footnote(indicators)));

        foreach (var indicator in local.Indicators)
        {
            foreach (var areaId in areas)
            {
                if (context.Finding(indicator, areaId) is { } finding)
                {
                    context.Add(new ParagraphBlock([new TextRun(indicator.Title + ". ", Bold: true), .. finding.Runs], ParagraphStyle.Finding));
                }

                context.AddComments(indicator, areaId, nameIndicator: true);
            }
        }
    }

    private static IReadOnlyList<TableCell> Row(ReportContext context, IndicatorDefinition indicator, string areaId)
    {
        var row = context.Data.Latest(indicator.Id, areaId);
        return
        [
            ResultCells.IndicatorTitle(indicator),
            ResultCells.Latest(row, indicator, withInterval: true),
            ResultCells.Change(row, indicator),
            ResultCells.Verdict(row),
            ResultCells.Comparison(row, indicator),
            ResultCells.Trend(row),
            ResultCells.Target(row, indicator),
        ];
    }

    private static string Describe(ReportContext context, Area area)
    {
        var data = context.Data;
        var registry = data.Catalog.Areas;
        var parts = new List<string>();
        var kind = area.Kind switch
        {
            AreaKind.District => "Stadsdelsområde",
            AreaKind.LocalPoliceArea => "Lokalpolisområde",
            _ => "Område",
        };
        var parent = area.ParentId is { } p && registry.Find(p) is { } parentArea ? " i " + (parentArea.Kind == AreaKind.Municipality ? parentArea.Name + "s kommun" : parentArea.Name) : string.Empty;
        parts.Add(kind + parent + ".");
        if (area.Validity.From is { } validFrom && validFrom > new DateOnly(1900, 1, 1))
        {
            parts.Add($"Bildat {ReportWords.Day(validFrom)}.");
        }

        var predecessors = registry.PredecessorsOf(area.Id);
        if (predecessors.Count > 0)
        {
            parts.Add($"Serien bakåt bygger på {string.Join(" och ", predecessors.Select(a => a.Name))}.");
        }

        bool InPeriod(string id) => registry.Find(id)?.ExistsDuring(data.Scope.Period.Start, data.Scope.Cutoff) ?? false;
        var overlaps = area.Kind == AreaKind.District
            ? registry.Overlaps.Where(o => string.Equals(o.DistrictId, area.Id, StringComparison.OrdinalIgnoreCase) && InPeriod(o.LocalPoliceAreaId))
                .Select(o => $"{registry.Find(o.LocalPoliceAreaId)?.Name ?? o.LocalPoliceAreaId} ({Percent(o.Weight)} av invånarna)")
            : registry.Overlaps.Where(o => string.Equals(o.LocalPoliceAreaId, area.Id, StringComparison.OrdinalIgnoreCase) && InPeriod(o.DistrictId))
                .Select(o => $"{registry.Find(o.DistrictId)?.Name ?? o.DistrictId} ({Percent(o.Weight)} av dess invånare)");
        var list = overlaps.ToList();
        if (list.Count > 0)
        {
            parts.Add((area.Kind == AreaKind.District ? "Lokalpolisområden: " : "Omfattar: ") + string.Join(", ", list) + ".");
        }

        var locals = data.Catalog.LocalAgreements.Where(l => ReportPlan.Covers(l, area.Id)).Select(l => l.Title).ToList();
        if (locals.Count > 0)
        {
            parts.Add("Lokal överenskommelse: " + string.Join(", ", locals) + ".");
        }

        return string.Join(" ", parts);
    }

    private static string Percent(double weight) => SwedishFormat.Number(weight * 100, 0) + "\u00A0%";

    private static string Names(ReportContext context, IReadOnlyList<string> ids) =>
        ids.Count == 0 ? "–" : string.Join(", ", ids.Select(context.Data.AreaName));
}
