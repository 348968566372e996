using System.CommandLine;
using Samverkan.Analytics.Core.Explanations;

namespace Samverkan.Analytics.Cli.Commands;

/// <summary><c>publish [--out DIR]</c>: charts and the dashboard site of the latest run.</summary>
internal static class PublishCommand
{
    public static Command Create()
    {
        var output = new Option<string?>("--out") { Description = "Utmapp (standard: datakatalogens site/)." };
        var command = new Command("publish", "Publicera diagram och webbplatsen med resultatsidorna.") { output };
        command.SetWork(async (parse, context, ct) =>
        {
            var directory = Path.GetFullPath(parse.GetValue(output) ?? context.DataDirectory.Site);
            var publisher = await context.PublisherAsync(ct).ConfigureAwait(false);
            var result = await publisher.PublishAsync(directory, null, ct).ConfigureAwait(false)
                ?? throw new CliException("Det finns ingen beräkningskörning än. Kör 'samverkan compute' (eller 'samverkan run') först.");
            await context.Output.WriteLineAsync(string.Create(SwedishFormat.Culture,
                $"Publicerade {result.ChartCount:N0} diagram och {SwedishFormat.Count(result.FileCount, "fil", "filer")} i {result.OutputDirectory}.")).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
