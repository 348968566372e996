using System.CommandLine;
using System.Globalization;

namespace Samverkan.Analytics.Cli.Commands;

/// <summary><c>compute</c>: a new compute run over the current observations.</summary>
internal static class ComputeCommand
{
    public static Command Create()
    {
        var command = new Command("compute", "Compute all results as a new run.");
        command.SetWork(async (_, context, ct) =>
        {
            var compute = await context.ComputeAsync(ct).ConfigureAwait(false);
            var run = await compute.RunAsync(ct).ConfigureAwait(false);
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Compute run {run.Id}: {run.RowCount} result rows (catalogue {run.CatalogVersion}, data up to import {run.LatestImportId?.ToString(CultureInfo.InvariantCulture) ?? "none"}).")).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
