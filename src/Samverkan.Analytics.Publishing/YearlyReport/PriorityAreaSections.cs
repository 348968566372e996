using Samverkan.Analytics.Core.Areas;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.Formatting;
using Samverkan.Analytics.Publishing.YearlyReport.Model;

namespace Samverkan.Analytics.Publishing.YearlyReport;

/// <summary>
/// A chapter per priority area: its sub-goals, then per indicator the explanation, the chart, a
/// table (per district and local police area in the city-wide report) and the analysts' comments.
/// </summary>
internal static class PriorityAreaSections
{
    public static void Write(ReportContext context)
    {
        var data = context.Data;
        var plan = context.Plan;
        foreach (var section in plan.Sections)
        {
            var priority = section.PriorityArea;
            context.Heading(1, priority.Title, "omrade-" + priority.Id);
            if (priority.IsExample)
            {
                context.Add(ParagraphBlock.Of(
                    "Lokal prioritering som exempel: den är inte hämtad ur en verklig överenskommelse och ska ersättas med den lokala överenskommelsens text.",
                    ParagraphStyle.Note));
            }

            if (priority.SubGoals.Count > 0)
            {
                context.Add(ParagraphBlock.Labelled("Delmål:", string.Empty));
                context.Add(new BulletListBlock(priority.SubGoals.Select(s => (IReadOnlyList<TextRun>)[new TextRun(s.Title)]).ToList()));
            }

            foreach (var indicator in section.Indicators)
            {
                WriteIndicator(context, indicator);
            }
        }
    }

    private static void WriteIndicator(ReportContext context, IndicatorDefinition indicator)
    {
        var data = context.Data;
        var plan = context.Plan;
        context.Heading(2, indicator.Title, "ind-" + indicator.Id);
        if (plan.FindSubGoal(data, indicator.SubGoalId) is { } subGoal)
        {
            context.Add(ParagraphBlock.Labelled("Delmål:", subGoal.Title));
        }

        if (!string.IsNullOrWhiteSpace(indicator.Description))
        {
            context.Add(ParagraphBlock.Of(indicator.Description.Trim(), ParagraphStyle.Note));
        }

        if (indicator.Measure == Measure.Rate)
        {
            context.Add(ParagraphBlock.Of(
                "Antal per invånare: brotten räknas där de sker men delas med de boende, så där många vistas men få bor, som i innerstaden, blir talen höga.",
                ParagraphStyle.Note));
        }

        var focus = plan.FocusAreaIds.Where(a => data.Has(indicator.Id, a)).ToList();
        if (focus.Count == 0)
        {
            context.Add(ParagraphBlock.Of($"Det finns inga resultat för indikatorn till och med {data.Scope.Period}.", ParagraphStyle.Finding));
            return;
        }

        foreach (var areaId in focus)
        {
            if (context.Finding(indicator, areaId) is { } finding)
            {
                context.Add(finding);
            }
        }

        var cityRows = data.Series(indicator.Id, data.Catalog.CityAreaId);
        foreach (var areaId in focus)
        {
            var rows = data.Series(indicator.Id, areaId);
            if (rows.Count == 0)
            {
                continue;
            }

            var isCity = data.IsCity(areaId);
            var caption = $"Diagram: {indicator.Title}, {data.AreaNameInSentence(areaId)}, {rows[0].Period}–{rows[^1].Period}. " +
                $"Lodräta streck visar {SwedishFormat.Confidence(indicator.Confidence)} konfidensintervall" +
                (isCity ? "." : "; den grå linjen är hela staden.");
            var named = data.Area(areaId) with { Name = data.AreaName(areaId) };
            context.Add(context.Charts.Render(indicator, named, rows, isCity ? null : cityRows, caption));
        }

        WriteMap(context, indicator);
        WriteAreaTable(context, indicator, focus);
        foreach (var areaId in focus)
        {
            context.AddComments(indicator, areaId, nameArea: focus.Count > 1);
        }
    }

    /// <summary>
    /// The map of the change since the baseline per district (or local police area) with its summary in
    /// words; in HTML also the map's table (in print the area table below serves).
    /// </summary>
    private static void WriteMap(ReportContext context, IndicatorDefinition indicator)
    {
        if (ReportMaps.Change(context, indicator) is not { } drawn)
        {
            return;
        }

        var (figure, model) = drawn;
        context.Add(figure);
        context.Add(ParagraphBlock.Labelled("Kartan i ord:", model.Summary, ParagraphStyle.Note));
        if (context.Charts.Scale > 1)
        {
            return;
        }

        context.Add(new TableBlock(
            $"Kartans uppgifter: {model.Title}",
            [
                new TableColumn("Område", 22),
                new TableColumn("Värde (KI)", 18, Numeric: true),
                new TableColumn("Förändring (KI)", 22, Numeric: true),
                new TableColumn("Bedömning", 18),
                new TableColumn("Anmärkning", 20),
            ],
            model.Areas.Select(a => (IReadOnlyList<TableCell>)
            [
                a.Name,
                a.ValueText.Length > 0 ? a.ValueText : TableCell.Empty,
                a.ChangeText.Length > 0 ? a.ChangeText : TableCell.Empty,
                a.ClassText.Length > 0 ? a.ClassText : TableCell.Empty,
                a.Note,
            ]).ToList()));
    }

    /// <summary>The latest values per area: the city and every district and local police area (city-wide), or the focus areas and the city.</summary>
    private static void WriteAreaTable(ReportContext context, IndicatorDefinition indicator, IReadOnlyList<string> focus)
    {
        var data = context.Data;
        var areas = new List<string> { data.Catalog.CityAreaId };
        if (data.Scope.IsCityWide)
        {
            areas.AddRange(data.AreasInPeriod(AreaKind.District).Select(a => a.Id));
            areas.AddRange(data.AreasInPeriod(AreaKind.LocalPoliceArea).Select(a => a.Id));
        }
        else
        {
            areas.InsertRange(0, focus);
        }

        var shown = areas.Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(a => (Area: a, Row: data.Latest(indicator.Id, a)))
            .Where(x => x.Row is not null)
            .ToList();
        if (shown.Count <= 1 && focus.Count == 1 && data.IsCity(focus[0]))
        {
            return;
        }

        var withTrend = shown.Any(x => x.Row!.TrendVerdict != TrendVerdict.NotAssessed);
        var withTarget = indicator.Target is not null || shown.Any(x => x.Row!.TargetValue is not null);
        var columns = new List<TableColumn>
        {
            new("Område", 19),
            new("Senaste (KI)", 14, Numeric: true),
            new("Förändring sedan utgångsläget (KI)", 17, Numeric: true),
            new("Bedömning", 13),
            new("Jämfört med staden", 14),
        };
        if (withTrend)
        {
            columns.Add(new TableColumn("Trend", 12));
        }

        if (withTarget)
        {
            columns.Add(new TableColumn("Mål", 15));
        }

        var rows = new List<IReadOnlyList<TableCell>>();
        foreach (var (areaId, row) in shown)
        {
            var cells = new List<TableCell>
            {
                data.AreaName(areaId),
                ResultCells.Latest(row, indicator, withInterval: true),
                ResultCells.Change(row, indicator),
                ResultCells.Verdict(row),
                data.IsCity(areaId) ? new TableCell("–", Tone.Muted) : ResultCells.Comparison(row, indicator),
            };
            if (withTrend)
            {
                cells.Add(ResultCells.Trend(row));
            }

            if (withTarget)
            {
                cells.Add(ResultCells.Target(row, indicator));
            }

            rows.Add(cells);
        }

        var unit = SwedishFormat.Unit(indicator);
        context.Add(new TableBlock(
            $"{indicator.Title}{(unit.Length > 0 ? " (" + unit + ")" : string.Empty)}: senaste värde per område till och med {data.Scope.Period}",
            columns,
            rows,
            ResultCells.Footnote([indicator])));
    }
}
