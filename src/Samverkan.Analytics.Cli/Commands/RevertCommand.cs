using System.CommandLine;
using System.Globalization;

namespace Samverkan.Analytics.Cli.Commands;

/// <summary><c>revert ID</c>: undo an import, making current again what it replaced.</summary>
internal static class RevertCommand
{
    public static Command Create()
    {
        var id = new Argument<long>("ID") { Description = "The import's number (first column of 'samverkan imports')." };
        var command = new Command("revert", "Undo an import: its values stop counting and the vintages it replaced are current again. Then run compute.") { id };
        command.SetWork(async (parse, context, ct) =>
        {
            var storage = await context.StorageAsync(ct).ConfigureAwait(false);
            var importId = parse.GetValue(id);
            var outcome = await storage.Observations.RevertAsync(importId, ct).ConfigureAwait(false)
                ?? throw new CliException(string.Create(CultureInfo.InvariantCulture, $"There is no import {importId}. 'samverkan imports' lists them."), ExitCodes.Failed);
            var i = outcome.Import;
            if (outcome.AlreadyReverted)
            {
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Import {i.Id} ({i.FileName}) was already reverted; nothing changed.")).ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Reverted import {i.Id} ({i.FileName}): {outcome.Removed} values removed, {outcome.Restored} earlier values current again, {outcome.KeptLater} kept as later imports gave them.")).ConfigureAwait(false);
            await context.Output.WriteLineAsync(outcome.ChangedData
                ? "Run 'samverkan compute' (or 'run') to update the results; the file can be imported again later."
                : "No current value changed; the file can be imported again later.").ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
