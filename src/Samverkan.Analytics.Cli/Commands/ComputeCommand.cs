using System.CommandLine;
using System.Globalization;
using Samverkan.Analytics.Core.Explanations;

namespace Samverkan.Analytics.Cli.Commands;

/// <summary><c>compute</c>: a new compute run over the current observations.</summary>
internal static class ComputeCommand
{
    public static Command Create()
    {
        var command = new Command("compute", "Beräkna alla resultat i en ny beräkningskörning.");
        command.SetWork(async (_, context, ct) =>
        {
            var compute = await context.ComputeAsync(ct).ConfigureAwait(false);
            var run = await compute.RunAsync(ct).ConfigureAwait(false);
            await context.Output.WriteLineAsync(string.Create(SwedishFormat.Culture,
                $"Beräkningskörning {run.Id}: {SwedishFormat.Count(run.RowCount, "resultatrad", "resultatrader")} (katalog {run.CatalogVersion}, data till och med import {run.LatestImportId?.ToString(CultureInfo.InvariantCulture) ?? "ingen"}).")).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
