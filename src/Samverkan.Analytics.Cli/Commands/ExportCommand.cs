using System.CommandLine;
using System.Globalization;
using Samverkan.Analytics.Core.Explanations;
using Samverkan.Analytics.Files;
using Samverkan.Analytics.Publishing.Export;

namespace Samverkan.Analytics.Cli.Commands;

/// <summary><c>export --format csv|json [--out FILE] [--run ID]</c>: the results contract (DESIGN §4.4).</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "csv eller json.", Required = true };
        format.AcceptOnlyFromAmong("csv", "json");
        var output = new Option<string?>("--out") { Description = "Utfil (standard: standard output)." };
        var run = new Option<long?>("--run") { Description = "Beräkningskörningens id (standard: den senaste)." };
        var command = new Command("export", "Exportera resultaten av en beräkningskörning.") { format, output, run };
        command.SetWork(async (parse, context, ct) =>
        {
            var storage = await context.StorageAsync(ct).ConfigureAwait(false);
            var stored = await storage.Results.GetRunAsync(parse.GetValue(run), ct).ConfigureAwait(false)
                ?? throw new CliException(parse.GetValue(run) is { } id
                    ? string.Create(CultureInfo.InvariantCulture, $"Det finns ingen beräkningskörning {id}. Körningarnas id står i utskriften från 'samverkan compute'; utan --run exporteras den senaste.")
                    : "Det finns ingen beräkningskörning än. Kör 'samverkan compute' (eller 'samverkan run') först.");
            var path = parse.GetValue(output);
            var json = parse.GetValue(format) == "json";
            if (path is null)
            {
                var stdout = Console.OpenStandardOutput();
                await using (stdout.ConfigureAwait(false))
                {
                    await Write(stdout, json, stored.Results, ct).ConfigureAwait(false);
                }

                return ExitCodes.Ok;
            }

            // Written beside the target and renamed (AtomicFile), so a reader never sees half a file.
            try
            {
                await AtomicFile.WriteAsync(Path.GetFullPath(path), FileDurability.Atomic, async stream =>
                {
                    await Write(stream, json, stored.Results, ct).ConfigureAwait(false);
                    return stored.Results.Count;
                }).ConfigureAwait(false);
            }
            catch (AtomicFileBusyException)
            {
                throw new CliException($"Ett annat program skriver {path} just nu. Vänta tills det är klart och exportera igen, eller välj en annan fil med --out.");
            }
            await context.Output.WriteLineAsync(string.Create(SwedishFormat.Culture,
                $"Exporterade {SwedishFormat.Count(stored.Results.Count, "rad", "rader")} från beräkningskörning {stored.Run.Id} till {path}.")).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Task Write(Stream stream, bool json, IReadOnlyList<Core.Results.IndicatorResult> rows, CancellationToken ct) =>
        json ? ResultsJsonWriter.WriteAsync(stream, rows, ct) : ResultsCsvWriter.WriteAsync(stream, rows, ct);
}
