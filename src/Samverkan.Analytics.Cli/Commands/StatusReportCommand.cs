using System.Globalization;
using Samverkan.Analytics.Core.Agreements;
using Samverkan.Analytics.Core.Explanations;
using Samverkan.Analytics.Publishing.StatusReport;
using Samverkan.Analytics.Publishing.YearlyReport;
using Samverkan.Analytics.Storage.Results;

namespace Samverkan.Analytics.Cli.Commands;

/// <summary>
/// The status reports through <c>report</c>: <c>report --quarter 2025-Q2 --format pdf|html --out FILE</c>
/// (the city-wide steering group's quarterly report; <c>--local-agreement ID</c> narrows it) and
/// <c>report --local-agreement ID --half 2025-H1 --format pdf|html --out FILE</c> (a local steering
/// group's half-yearly report). Chosen when <c>--quarter</c> comes without <c>--year</c>, or <c>--half</c> is given.
/// </summary>
internal static class StatusReportCommand
{
    /// <summary>True when the options ask for a status report rather than the yearly follow-up.</summary>
    public static bool Wanted(bool yearGiven, string? quarter, string? half) => half is not null || (quarter is not null && !yearGiven);

    public static async Task<int> RunAsync(CliContext context, Arguments arguments, CancellationToken cancellationToken)
    {
        var period = Period(arguments);
        if (arguments.LocalAgreement is { } local && LocalAgreementFollowUp.Find(context.Catalog, local) is null)
        {
            throw new CliException(
                $"--local-agreement {local}: den lokala överenskommelsen finns inte; katalogen har {string.Join(", ", context.Catalog.LocalAgreements.Select(l => l.Id))}.",
                ExitCodes.Usage);
        }

        var storage = await context.StorageAsync(cancellationToken).ConfigureAwait(false);
        var service = new StatusReportService(context.Catalog, storage.Results, new SqlComputeRunHistory(storage.Connections), storage.Observations, context.Time);
        var path = Path.GetFullPath(arguments.Out);
        ReportRenderResult result;
        try
        {
            result = await ReportCommand.WriteAsync(path, stream =>
                service.RenderAsync(new StatusReportRequest(period, arguments.LocalAgreement, arguments.RunId), arguments.Format, stream, cancellationToken)).ConfigureAwait(false);
        }
        catch (InvalidOperationException e)
        {
            throw new CliException(e.Message);
        }

        var pages = result.PageCount is { } n ? ", " + SwedishFormat.Count(n, "sida", "sidor") : string.Empty;
        await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Skrev lägesrapporten {period}{(arguments.LocalAgreement is { } l ? " för " + l : string.Empty)} (beräkningskörning {result.RunId}{pages}) till {path}.")).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    private static StatusPeriod Period(Arguments arguments)
    {
        if (arguments.Half is { } half)
        {
            if (arguments.Quarter is not null)
            {
                throw new CliException("--half och --quarter kan inte anges samtidigt: en lägesrapport gäller ett kvartal eller ett halvår.", ExitCodes.Usage);
            }

            if (arguments.LocalAgreement is null)
            {
                throw new CliException("--half är den lokala styrgruppens rapport: ange överenskommelsen med --local-agreement ID (t.ex. lok-farsta).", ExitCodes.Usage);
            }

            return StatusPeriod.TryParse(half, out var h) && h.Kind == StatusPeriodKind.Half
                ? h
                : throw new CliException($"--half {half}: ange ÅÅÅÅ-H1 eller ÅÅÅÅ-H2, t.ex. 2025-H1.", ExitCodes.Usage);
        }

        return StatusPeriod.TryParse(arguments.Quarter, out var q) && q.Kind == StatusPeriodKind.Quarter
            ? q
            : throw new CliException($"--quarter {arguments.Quarter}: ange ÅÅÅÅ-Qn, t.ex. 2025-Q2.", ExitCodes.Usage);
    }

    /// <summary>The status report's options.</summary>
    public sealed record Arguments(string? Quarter, string? Half, string? LocalAgreement, long? RunId, ReportFormat Format, string Out);
}
