using System.CommandLine;
using System.Globalization;

namespace Samverkan.Analytics.Cli.Commands;

/// <summary><c>publish [--out DIR]</c>: charts and the dashboard site of the latest run.</summary>
internal static class PublishCommand
{
    public static Command Create()
    {
        var output = new Option<string?>("--out") { Description = "Output folder (default: the data directory's site/)." };
        var command = new Command("publish", "Publish charts and the dashboard site.") { output };
        command.SetWork(async (parse, context, ct) =>
        {
            var directory = Path.GetFullPath(parse.GetValue(output) ?? context.DataDirectory.Site);
            var publisher = await context.PublisherAsync(ct).ConfigureAwait(false);
            var result = await publisher.PublishAsync(directory, null, ct).ConfigureAwait(false)
                ?? throw new CliException("No compute run yet. Run 'samverkan compute' (or 'samverkan run') first.");
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Published {result.ChartCount} charts and {result.FileCount} files to {result.OutputDirectory}.")).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
