using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Formatting;
using Samverkan.Analytics.Publishing.Palette;
using Samverkan.Analytics.Publishing.YearlyReport.Model;

namespace Samverkan.Analytics.Publishing.YearlyReport;

/// <summary>The one-page summary: every indicator's baseline, latest value, change with interval, verdict, trend and target status.</summary>
internal static class SummarySection
{
    public static void Write(ReportContext context)
    {
        var data = context.Data;
        var plan = context.Plan;
        context.Heading(1, "Sammanfattning", "sammanfattning");

        var rows = new List<(IndicatorDefinition Indicator, string AreaId, IndicatorResult? Row)>();
        foreach (var indicator in plan.Indicators)
        {
            foreach (var areaId in plan.FocusAreaIds.Where(a => data.Has(indicator.Id, a)))
            {
                rows.Add((indicator, areaId, data.Latest(indicator.Id, areaId)));
            }
        }

        var focus = string.Join(", ", plan.FocusAreaIds.Select(data.AreaNameInSentence));
        context.Add(ParagraphBlock.Of(
            $"Varje indikator för {focus}: utgångsläget, det senaste värdet till och med {Cutoff(data)}, förändringen sedan utgångsläget " +
            "med konfidensintervall och bedömningen av den, trenden och läget mot målet."));
        context.Add(ParagraphBlock.Of(Overview(rows.Select(r => r.Row).ToList()), ParagraphStyle.Finding));

        var multipleAreas = plan.FocusAreaIds.Count > 1;
        var columns = new List<TableColumn> { new("Indikator", multipleAreas ? 24 : 29) };
        if (multipleAreas)
        {
            columns.Add(new TableColumn("Område", 12));
        }

        columns.AddRange(
        [
            new TableColumn("Utgångsläge", 14, Numeric: true),
            new TableColumn("Senaste", 10, Numeric: true),
            new TableColumn("Förändring (KI)", 16, Numeric: true),
            new TableColumn("Bedömning", 13),
            new TableColumn("Trend", 12),
            new TableColumn("Mål", 15),
        ]);
        var table = new List<IReadOnlyList<TableCell>>();
        foreach (var (indicator, areaId, row) in rows)
        {
            var cells = new List<TableCell> { ResultCells.IndicatorTitle(indicator) };
            if (multipleAreas)
            {
                cells.Add(data.AreaName(areaId));
            }

            cells.AddRange(
            [
                ResultCells.Baseline(row, indicator),
                ResultCells.Latest(row, indicator, withInterval: false),
                ResultCells.Change(row, indicator),
                ResultCells.Verdict(row),
                ResultCells.Trend(row),
                ResultCells.Target(row, indicator),
            ]);
            table.Add(cells);
        }

        context.Add(new TableBlock(
            $"Sammanfattning {data.Scope.Period}: alla indikatorer för {focus}",
            columns,
            table,
            ResultCells.Footnote(rows.Select(r => r.Indicator)) +
            " " + VerdictPalette.ColourNote()));
        if (data.Scope.IsCityWide && context.Plan.AppendixLocalAgreements.Count > 0)
        {
            context.Add(ParagraphBlock.Of(
                "De lokala överenskommelsernas egna indikatorer redovisas i bilagan om lokala samverkansöverenskommelser; " +
                "varje stadsdelsområde och lokalpolisområde har en egen bilaga.", ParagraphStyle.Note));
        }
    }

    /// <summary>The data vintage in words: <c>december 2024</c>.</summary>
    public static string Cutoff(ReportData data) =>
        data.LatestPeriodEnd is { } end ? ReportWords.Month(end.Month) + " " + end.Year.ToString(SwedishFormat.Culture) : "–";

    private static string Overview(IReadOnlyList<IndicatorResult?> rows)
    {
        int Count(params Verdict[] verdicts) => rows.Count(r => r is not null && verdicts.Contains(r.ChangeVerdict));
        var total = rows.Count;
        var better = Count(Verdict.Better);
        var worse = Count(Verdict.Worse);
        var similar = Count(Verdict.Similar);
        var direction = Count(Verdict.Higher, Verdict.Lower);
        var rest = total - better - worse - similar - direction;
        string N(int n) => SwedishFormat.Number(n, 0);
        var text = $"Av {SwedishFormat.Count(total, "redovisat värde", "redovisade värden")} har {N(better)} blivit statistiskt säkerställt bättre och {N(worse)} sämre sedan utgångsläget; " +
            $"för {N(similar)} finns ingen säker förändring";
        if (direction > 0)
        {
            text += $", {N(direction)} har ändrats säkert men saknar önskad riktning (högre eller lägre)";
        }

        return text + (rest > 0 ? $" och {N(rest)} har inte kunnat bedömas." : ".");
    }
}
