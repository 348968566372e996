using System.CommandLine;
using System.Globalization;
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
    public static Command Create() => new("comments", "Analysts' comments on the yearly report.") { Add(), List(), CommentsImportCommand.Create() };

    private static Command Add()
    {
        var year = new Option<int>("--year") { Description = "The report year.", Required = true };
        var indicator = new Option<string>("--indicator") { Description = "Indicator id (e.g. otrygg-ute-sen-kvall).", Required = true };
        var area = new Option<string>("--area") { Description = "Area id (e.g. kommun-0180, sdo-farsta).", Required = true };
        var kind = new Option<string>("--kind") { Description = "analysis (default) or action.", DefaultValueFactory = _ => "analysis" };
        kind.AcceptOnlyFromAmong("analysis", "action");
        var text = new Option<string>("--text") { Description = "The comment (plain text; empty withdraws the current one).", Required = true };
        var by = new Option<string>("--by") { Description = "Who writes it.", Required = true };
        var command = new Command("add", "Add (or replace) a comment.") { year, indicator, area, kind, text, by };
        command.SetWork(async (parse, context, ct) =>
        {
            var indicatorId = parse.GetValue(indicator)!.Trim();
            var areaId = parse.GetValue(area)!.Trim();
            if (!context.Catalog.AllIndicators.Any(i => string.Equals(i.Id, indicatorId, StringComparison.OrdinalIgnoreCase)))
            {
                throw new CliException($"--indicator {indicatorId}: no such indicator in the catalogue.", ExitCodes.Usage);
            }

            if (context.Catalog.Areas.Find(areaId) is null)
            {
                throw new CliException($"--area {areaId}: no such area in the catalogue.", ExitCodes.Usage);
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
            var what = stored.Text.Length == 0 ? "Withdrew" : "Added";
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{what} comment {stored.Id} ({stored.Kind.ToWord()}) on {stored.IndicatorId} in {stored.AreaId} for {stored.Year}.")).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List()
    {
        var year = new Option<int>("--year") { Description = "The report year.", Required = true };
        var area = new Option<string?>("--area") { Description = "Only this area." };
        var history = new Option<bool>("--history") { Description = "Every version, not only the comments in force." };
        var command = new Command("list", "List the comments of a year.") { year, area, history };
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

            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{shown.Count} comments.")).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
