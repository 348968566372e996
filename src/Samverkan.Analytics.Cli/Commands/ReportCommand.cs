using System.CommandLine;
using System.Globalization;
using Samverkan.Analytics.Core.Periods;
using Samverkan.Analytics.Core.Reports;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Publishing.YearlyReport;
using Samverkan.Analytics.Storage;
using Samverkan.Analytics.Storage.Reports;

namespace Samverkan.Analytics.Cli.Commands;

/// <summary>
/// <c>report --year Y [--area A | --local-agreement ID] [--quarter YYYY-Qn] --format pdf|html --out FILE</c>:
/// the yearly follow-up (DESIGN §4.6), and the edition workflow: <c>report edition</c> ties an
/// edition to a compute run, <c>report approve</c> records the city's or the police's approval.
/// <c>--quarter</c> without <c>--year</c>, or <c>--half</c> with <c>--local-agreement</c>, gives the
/// steering groups' status reports instead (<see cref="StatusReportCommand"/>).
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var scope = new ScopeOptions();
        var format = new Option<string>("--format") { Description = "pdf or html.", Required = true };
        format.AcceptOnlyFromAmong("pdf", "html");
        var output = new Option<string>("--out") { Description = "Output file.", Required = true };
        var run = new Option<long?>("--run") { Description = "Compute run id (default: the edition's, else the latest)." };
        var edition = new Option<long?>("--edition") { Description = "Regenerate this edition (default: the scope's latest)." };
        var command = new Command("report", "Render the yearly follow-up report (PDF or HTML), or with --quarter alone / --half the steering groups' status report; see also 'report edition' and 'report approve'.")
        {
            format, output, run, edition, EditionCommand(), ApproveCommand(),
        };
        scope.AddTo(command);
        var half = new Option<string?>("--half") { Description = "With --local-agreement: the half-yearly status report for the local steering group (YYYY-Hn)." };
        command.Options.Add(half);
        command.SetWork(async (parse, context, ct) =>
        {
            if (StatusReportCommand.Wanted(scope.YearGiven(parse), scope.QuarterText(parse), parse.GetValue(half)))
            {
                return await StatusReportCommand.RunAsync(
                    context,
                    new StatusReportCommand.Arguments(scope.QuarterText(parse), parse.GetValue(half), scope.LocalAgreementText(parse), parse.GetValue(run),
                        parse.GetValue(format) == "pdf" ? ReportFormat.Pdf : ReportFormat.Html, parse.GetValue(output)!),
                    ct).ConfigureAwait(false);
            }

            var request = new ReportRequest(scope.Parse(parse), parse.GetValue(run), parse.GetValue(edition));
            CheckScope(context, request.Scope);
            var storage = await context.StorageAsync(ct).ConfigureAwait(false);
            var service = Service(context, storage);
            var path = Path.GetFullPath(parse.GetValue(output)!);
            var result = await WriteAsync(path, stream => service.RenderAsync(request, parse.GetValue(format) == "pdf" ? ReportFormat.Pdf : ReportFormat.Html, stream, ct))
                .ConfigureAwait(false);

            var pages = result.PageCount is { } n ? string.Create(CultureInfo.InvariantCulture, $", {n} pages") : string.Empty;
            var state = result.Edition is { } e
                ? string.Create(CultureInfo.InvariantCulture, $"edition {e.Id}, {(e.IsFinal ? "final" : "draft")}")
                : "draft, no edition";
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Wrote the report {request.Scope.Key} ({state}{pages}, compute run {result.RunId}) to {path}.")).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Writes a report file through <see cref="ReportFileWriter"/> (temporary name, flushed, renamed), with the Cli's message when it is busy.</summary>
    internal static async Task<T> WriteAsync<T>(string path, Func<Stream, Task<T>> render)
    {
        try
        {
            return await ReportFileWriter.WriteAsync(path, render).ConfigureAwait(false);
        }
        catch (ReportFileBusyException busy)
        {
            throw new CliException($"Another 'samverkan report' is writing {path} right now ({busy.InnerException?.Message}). Run again when it has finished.");
        }
    }

    internal static YearlyReportService Service(CliContext context, StorageBundle storage) =>
        new(context.Catalog, storage.Results, new SqlReportCommentStore(storage.Connections), new SqlReportEditionStore(storage.Connections), context.Time);

    private static Command EditionCommand()
    {
        var scope = new ScopeOptions();
        var run = new Option<long?>("--run") { Description = "Compute run to tie the edition to (default: the latest)." };
        var by = new Option<string>("--by") { Description = "Who creates the edition.", Required = true };
        var command = new Command("edition", "Create a report edition tied to a compute run, for the parties to approve.") { run, by };
        scope.AddTo(command);
        command.SetWork(async (parse, context, ct) =>
        {
            var reportScope = scope.Parse(parse);
            var storage = await context.StorageAsync(ct).ConfigureAwait(false);
            var stored = await storage.Results.GetRunAsync(parse.GetValue(run), ct).ConfigureAwait(false)
                ?? throw new CliException(parse.GetValue(run) is { } id
                    ? string.Create(CultureInfo.InvariantCulture, $"No compute run {id}.")
                    : "No compute run yet. Run 'samverkan compute' (or 'samverkan run') first.");
            CheckScope(context, reportScope);
            var editions = new SqlReportEditionStore(storage.Connections);
            ReportEdition created;
            try
            {
                created = await editions.CreateAsync(reportScope, stored.Run.Id, parse.GetValue(by)!, context.Time.GetUtcNow(), ct).ConfigureAwait(false);
            }
            catch (InvalidOperationException e)
            {
                throw new CliException(e.Message);
            }

            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Created edition {created.Id} of the report {reportScope.Key}, tied to compute run {created.RunId}; approve it with 'samverkan report approve --edition {created.Id} --party city|police --by NAME'.")).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command ApproveCommand()
    {
        var edition = new Option<long>("--edition") { Description = "The edition to approve.", Required = true };
        var party = new Option<string>("--party") { Description = "city or police.", Required = true };
        party.AcceptOnlyFromAmong("city", "police");
        var by = new Option<string>("--by") { Description = "The approver's name, as it is to appear in the report.", Required = true };
        var command = new Command("approve", "Record the city's or the police's approval of a report edition; with both it is final.") { edition, party, by };
        command.SetWork(async (parse, context, ct) =>
        {
            var storage = await context.StorageAsync(ct).ConfigureAwait(false);
            var editions = new SqlReportEditionStore(storage.Connections);
            ReportEdition approved;
            try
            {
                approved = await editions.ApproveAsync(
                    parse.GetValue(edition),
                    ResultWords.Parse<ApprovalParty>(parse.GetValue(party)!),
                    parse.GetValue(by)!,
                    context.Time.GetUtcNow(),
                    ct).ConfigureAwait(false);
            }
            catch (InvalidOperationException e)
            {
                throw new CliException(e.Message);
            }

            var state = approved.IsFinal ? "both parties have approved it, it is final." : "waiting for the other party.";
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Edition {approved.Id} of {approved.Scope.Key}: approved for the {parse.GetValue(party)} by {parse.GetValue(by)}; {state}")).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void CheckScope(CliContext context, ReportScope scope)
    {
        if (scope.AreaId is { } area && context.Catalog.Areas.Find(area) is null)
        {
            throw new CliException($"--area {area}: no such area in the catalogue (use an id such as sdo-farsta or lpo-jarva).", ExitCodes.Usage);
        }

        if (scope.LocalAgreementId is { } local && !context.Catalog.LocalAgreements.Any(l => string.Equals(l.Id, local, StringComparison.OrdinalIgnoreCase)))
        {
            throw new CliException(
                $"--local-agreement {local}: no such local agreement; the catalogue has {string.Join(", ", context.Catalog.LocalAgreements.Select(l => l.Id))}.",
                ExitCodes.Usage);
        }
    }

    /// <summary>The scope options shared by the report commands.</summary>
    private sealed class ScopeOptions
    {
        private readonly Option<int?> _year = new("--year") { Description = "The report year (required, except for the status reports: --quarter alone, or --half)." };
        private readonly Option<string?> _area = new("--area") { Description = "One area (catalogue id, e.g. sdo-farsta); default the whole city." };
        private readonly Option<string?> _local = new("--local-agreement") { Description = "One local agreement (e.g. lok-farsta)." };
        private readonly Option<string?> _quarter = new("--quarter") { Description = "Alone: the steering group's quarterly status report (YYYY-Qn). With --year: the follow-up up to this quarter." };

        public void AddTo(Command command)
        {
            command.Options.Add(_year);
            command.Options.Add(_area);
            command.Options.Add(_local);
            command.Options.Add(_quarter);
        }

        public bool YearGiven(ParseResult parse) => parse.GetValue(_year) is not null;

        public string? QuarterText(ParseResult parse) => parse.GetValue(_quarter);

        public string? LocalAgreementText(ParseResult parse) => parse.GetValue(_local);

        public ReportScope Parse(ParseResult parse)
        {
            var year = parse.GetValue(_year)
                ?? throw new CliException("--year is required (the status reports need none: 'report --quarter 2025-Q2' or 'report --local-agreement ID --half 2025-H1').", ExitCodes.Usage);
            int? quarter = null;
            if (parse.GetValue(_quarter) is { } text)
            {
                if (!Period.TryParse(text, out var period) || period.Kind != PeriodKind.Quarter)
                {
                    throw new CliException($"--quarter {text}: expected YYYY-Qn, e.g. 2024-Q3.", ExitCodes.Usage);
                }

                if (period.Year != year)
                {
                    throw new CliException(string.Create(CultureInfo.InvariantCulture, $"--quarter {text} is not in --year {year}."), ExitCodes.Usage);
                }

                quarter = period.Part;
            }

            try
            {
                return new ReportScope(year, quarter, parse.GetValue(_area), parse.GetValue(_local));
            }
            catch (ArgumentException e)
            {
                throw new CliException($"Bad report scope: {e.Message}", ExitCodes.Usage);
            }
        }
    }
}
