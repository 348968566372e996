using System.CommandLine;
using System.Globalization;
using Samverkan.Analytics.Core.Explanations;
using Samverkan.Analytics.Core.Reports;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Storage.Reports;

namespace Samverkan.Analytics.Cli.Commands;

/// <summary>
/// <c>comments add|list</c>: the analysts' comments per indicator, area and year that the yearly
/// report shows beside the numbers. Comments are only added: a newer one replaces the older one of
/// the same kind, and <c>add --text ""</c> withdraws it.
/// </summary>
internal static class CommentsCommand
{
    public static Command Create() => new("comments", "Analytikernas kommentarer i årsrapporten.") { Add(), List(), CommentsImportCommand.Create() };

    private static Command Add()
    {
        var year = new Option<int>("--year") { Description = "Rapportåret.", Required = true };
        var indicator = new Option<string>("--indicator") { Description = "Indikatorns id (t.ex. otrygg-ute-sen-kvall).", Required = true };
        var area = new Option<string>("--area") { Description = "Områdets id (t.ex. kommun-0180, sdo-farsta).", Required = true };
        var kind = new Option<string>("--kind") { Description = "analysis (analys, standard) eller action (åtgärd).", DefaultValueFactory = _ => "analysis" };
        kind.AcceptOnlyFromAmong("analysis", "action");
        var text = new Option<string>("--text") { Description = "Kommentaren (ren text; tom text drar tillbaka den gällande).", Required = true };
        var by = new Option<string>("--by") { Description = "Vem som skriver den.", Required = true };
        var command = new Command("add", "Lägg till (eller ersätt) en kommentar.") { year, indicator, area, kind, text, by };
        command.SetWork(async (parse, context, ct) =>
        {
            var indicatorId = parse.GetValue(indicator)!.Trim();
            var areaId = parse.GetValue(area)!.Trim();
            if (!context.Catalog.AllIndicators.Any(i => string.Equals(i.Id, indicatorId, StringComparison.OrdinalIgnoreCase)))
            {
                throw new CliException($"--indicator {indicatorId}: indikatorn finns inte i katalogen.", ExitCodes.Usage);
            }

            if (context.Catalog.Areas.Find(areaId) is null)
            {
                throw new CliException($"--area {areaId}: området finns inte i katalogen.", ExitCodes.Usage);
            }

            var storage = await context.StorageAsync(ct).ConfigureAwait(false);
            var stored = await new SqlReportCommentStore(storage.Connections).AddAsync(
                new ReportComment
                {
                    Year = parse.GetValue(year),
                    IndicatorId = indicatorId,
                    AreaId = areaId,
                    Kind = ResultWords.Parse<CommentKind>(parse.GetValue(kind)!),
                    Text = parse.GetValue(text)!,
                    Author = parse.GetValue(by)!,
                    CreatedAt = context.Time.GetUtcNow(),
                },
                ct).ConfigureAwait(false);
            var what = stored.Text.Length == 0 ? "Drog tillbaka" : "Lade till";
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{what} kommentar {stored.Id} ({stored.Kind.ToWord()}) om {stored.IndicatorId} i {stored.AreaId} för {stored.Year}.")).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List()
    {
        var year = new Option<int>("--year") { Description = "Rapportåret.", Required = true };
        var area = new Option<string?>("--area") { Description = "Bara det här området." };
        var history = new Option<bool>("--history") { Description = "Alla versioner, inte bara de gällande kommentarerna." };
        var command = new Command("list", "Lista ett års kommentarer.") { year, area, history };
        command.SetWork(async (parse, context, ct) =>
        {
            var storage = await context.StorageAsync(ct).ConfigureAwait(false);
            var all = await new SqlReportCommentStore(storage.Connections).ListAsync(parse.GetValue(year), ct).ConfigureAwait(false);
            var shown = (parse.GetValue(history) ? all : ReportComments.Current(all, null))
                .Where(c => parse.GetValue(area) is not { } a || string.Equals(c.AreaId, a, StringComparison.OrdinalIgnoreCase))
                .ToList();
            foreach (var c in shown)
            {
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{c.Id,5}  {c.CreatedAt:yyyy-MM-dd HH:mm}  {c.IndicatorId} / {c.AreaId}  {c.Kind.ToWord()}  {c.Author}: {c.Text}")).ConfigureAwait(false);
            }

            await context.Output.WriteLineAsync(SwedishFormat.Count(shown.Count, "kommentar", "kommentarer") + ".").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
