using System.CommandLine;
using System.Globalization;
using Samverkan.Analytics.Core.Explanations;

namespace Samverkan.Analytics.Cli.Commands;

/// <summary><c>revert ID</c>: undo an import, making current again what it replaced.</summary>
internal static class RevertCommand
{
    public static Command Create()
    {
        var id = new Argument<long>("ID") { Description = "Importens nummer (första kolumnen i 'samverkan imports')." };
        var command = new Command("revert", "Ångra en import: dess värden slutar gälla och de versioner den ersatte gäller igen. Kör sedan compute.") { id };
        command.SetWork(async (parse, context, ct) =>
        {
            var storage = await context.StorageAsync(ct).ConfigureAwait(false);
            var importId = parse.GetValue(id);
            var outcome = await storage.Observations.RevertAsync(importId, ct).ConfigureAwait(false)
                ?? throw new CliException(string.Create(CultureInfo.InvariantCulture, $"Det finns ingen import {importId}. 'samverkan imports' listar dem."), ExitCodes.Failed);
            var i = outcome.Import;
            if (outcome.AlreadyReverted)
            {
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Import {i.Id} ({i.FileName}) var redan ångrad; ingenting ändrades.")).ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            await context.Output.WriteLineAsync(string.Create(SwedishFormat.Culture,
                $"Import {i.Id} ({i.FileName}) är ångrad: {SwedishFormat.Count(outcome.Removed, "värde borttaget", "värden borttagna")}, {SwedishFormat.Count(outcome.Restored, "tidigare värde gäller", "tidigare värden gäller")} igen, {outcome.KeptLater:N0} behölls som senare importer angav dem.")).ConfigureAwait(false);
            await context.Output.WriteLineAsync(outcome.ChangedData
                ? "Kör 'samverkan compute' (eller 'run') för att uppdatera resultaten; filen kan läsas in igen senare."
                : "Inget gällande värde ändrades; filen kan läsas in igen senare.").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
