using System.CommandLine;
using System.Globalization;
using Samverkan.Analytics.Core.Explanations;
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
        var format = new Option<string>("--format") { Description = "pdf eller html.", Required = true };
        format.AcceptOnlyFromAmong("pdf", "html");
        var output = new Option<string>("--out") { Description = "Utfil.", Required = true };
        var run = new Option<long?>("--run") { Description = "Beräkningskörningens id (standard: utgåvans, annars den senaste)." };
        var edition = new Option<long?>("--edition") { Description = "Skapa om den här utgåvan (standard: den senaste för urvalet)." };
        var command = new Command("report", "Skapa den årliga uppföljningsrapporten (PDF eller HTML), eller med bara --quarter / --half styrgruppernas lägesrapport; se även 'report edition' och 'report approve'.")
        {
            format, output, run, edition, EditionCommand(), ApproveCommand(),
        };
        scope.AddTo(command);
        var half = new Option<string?>("--half") { Description = "Med --local-agreement: den lokala styrgruppens halvårsrapport (ÅÅÅÅ-Hn)." };
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

            var pages = result.PageCount is { } n ? ", " + SwedishFormat.Count(n, "sida", "sidor") : string.Empty;
            var state = result.Edition is { } e
                ? string.Create(CultureInfo.InvariantCulture, $"utgåva {e.Id}, {(e.IsFinal ? "slutlig" : "utkast")}")
                : "utkast, ingen utgåva";
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Skrev rapporten {request.Scope.Key} ({state}{pages}, beräkningskörning {result.RunId}) till {path}.")).ConfigureAwait(false);
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
            throw new CliException($"Ett annat 'samverkan report' skriver {path} just nu ({busy.InnerException?.Message}). Kör igen när det är klart.");
        }
    }

    internal static YearlyReportService Service(CliContext context, StorageBundle storage) =>
        new(context.Catalog, storage.Results, new SqlReportCommentStore(storage.Connections), new SqlReportEditionStore(storage.Connections), context.Time);

    private static Command EditionCommand()
    {
        var scope = new ScopeOptions();
        var run = new Option<long?>("--run") { Description = "Beräkningskörningen som utgåvan knyts till (standard: den senaste)." };
        var by = new Option<string>("--by") { Description = "Vem som skapar utgåvan.", Required = true };
        var command = new Command("edition", "Skapa en rapportutgåva knuten till en beräkningskörning, för parterna att godkänna.") { run, by };
        scope.AddTo(command);
        command.SetWork(async (parse, context, ct) =>
        {
            var reportScope = scope.Parse(parse);
            var storage = await context.StorageAsync(ct).ConfigureAwait(false);
            var stored = await storage.Results.GetRunAsync(parse.GetValue(run), ct).ConfigureAwait(false)
                ?? throw new CliException(parse.GetValue(run) is { } id
                    ? string.Create(CultureInfo.InvariantCulture, $"Det finns ingen beräkningskörning {id}.")
                    : "Det finns ingen beräkningskörning än. Kör 'samverkan compute' (eller 'samverkan run') först.");
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
                $"Skapade utgåva {created.Id} av rapporten {reportScope.Key}, knuten till beräkningskörning {created.RunId}; godkänn den med 'samverkan report approve --edition {created.Id} --party city|police --by NAMN'.")).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command ApproveCommand()
    {
        var edition = new Option<long>("--edition") { Description = "Utgåvan som ska godkännas.", Required = true };
        var party = new Option<string>("--party") { Description = "city (staden) eller police (polisen).", Required = true };
        party.AcceptOnlyFromAmong("city", "police");
        var by = new Option<string>("--by") { Description = "Namnet på den som godkänner, som det ska stå i rapporten.", Required = true };
        var command = new Command("approve", "Registrera stadens eller polisens godkännande av en rapportutgåva; med båda är den slutlig.") { edition, party, by };
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

            var state = approved.IsFinal ? "båda parterna har godkänt den, den är slutlig." : "väntar på den andra parten.";
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Utgåva {approved.Id} av {approved.Scope.Key}: godkänd för {(parse.GetValue(party) == "city" ? "staden" : "polisen")} av {parse.GetValue(by)}; {state}")).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void CheckScope(CliContext context, ReportScope scope)
    {
        if (scope.AreaId is { } area && context.Catalog.Areas.Find(area) is null)
        {
            throw new CliException($"--area {area}: området finns inte i katalogen (använd ett id som sdo-farsta eller lpo-jarva).", ExitCodes.Usage);
        }

        if (scope.LocalAgreementId is { } local && !context.Catalog.LocalAgreements.Any(l => string.Equals(l.Id, local, StringComparison.OrdinalIgnoreCase)))
        {
            throw new CliException(
                $"--local-agreement {local}: den lokala överenskommelsen finns inte; katalogen har {string.Join(", ", context.Catalog.LocalAgreements.Select(l => l.Id))}.",
                ExitCodes.Usage);
        }
    }

    /// <summary>The scope options shared by the report commands.</summary>
    private sealed class ScopeOptions
    {
        private readonly Option<int?> _year = new("--year") { Description = "Rapportåret (krävs, utom för lägesrapporterna: bara --quarter, eller --half)." };
        private readonly Option<string?> _area = new("--area") { Description = "Ett område (katalogens id, t.ex. sdo-farsta); standard är hela staden." };
        private readonly Option<string?> _local = new("--local-agreement") { Description = "En lokal överenskommelse (t.ex. lok-farsta)." };
        private readonly Option<string?> _quarter = new("--quarter") { Description = "Ensam: styrgruppens kvartalsvisa lägesrapport (ÅÅÅÅ-Qn). Med --year: uppföljningen till och med det kvartalet." };

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
                ?? throw new CliException("--year krävs (lägesrapporterna behöver det inte: 'report --quarter 2025-Q2' eller 'report --local-agreement ID --half 2025-H1').", ExitCodes.Usage);
            int? quarter = null;
            if (parse.GetValue(_quarter) is { } text)
            {
                if (!Period.TryParse(text, out var period) || period.Kind != PeriodKind.Quarter)
                {
                    throw new CliException($"--quarter {text}: ange ÅÅÅÅ-Qn, t.ex. 2024-Q3.", ExitCodes.Usage);
                }

                if (period.Year != year)
                {
                    throw new CliException(string.Create(CultureInfo.InvariantCulture, $"--quarter {text} ligger inte i --year {year}."), ExitCodes.Usage);
                }

                quarter = period.Part;
            }

            try
            {
                return new ReportScope(year, quarter, parse.GetValue(_area), parse.GetValue(_local));
            }
            catch (ArgumentException e)
            {
                throw new CliException($"Felaktigt rapporturval: {e.Message}", ExitCodes.Usage);
            }
        }
    }
}
