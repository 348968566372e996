using System.CommandLine;
using Samverkan.Analytics.Core.Explanations;
using Samverkan.Analytics.Ingestion.Importing;
using Samverkan.Analytics.Ingestion.Layout;

namespace Samverkan.Analytics.Cli.Commands;

/// <summary>
/// <c>run</c>: the whole flow once, as the Host's jobs do it: the inbox (seeded with
/// <c>data-samples</c> when nothing was ever imported) → compute → publish.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var command = new Command("run", "Inkorgen (och data-samples om databasen är tom) → beräkning → publicering.");
        command.SetWork(async (_, context, ct) =>
        {
            var storage = await context.StorageAsync(ct).ConfigureAwait(false);
            var seeded = await SampleSeeder.SeedIfEmptyAsync(storage.Observations, context.DataDirectory, RepositoryLayout.DefaultSampleDirectory(), ct).ConfigureAwait(false);
            if (seeded > 0)
            {
                await context.Output.WriteLineAsync(string.Create(SwedishFormat.Culture, $"Tom databas: kopierade {SwedishFormat.Count(seeded, "exempelfil", "exempelfiler")} till inkorgen.")).ConfigureAwait(false);
            }

            var inbox = new InboxProcessor(await context.ImporterAsync(ct).ConfigureAwait(false), context.DataDirectory);
            var files = await inbox.ProcessAsync(ct).ConfigureAwait(false);
            foreach (var file in files.Where(f => f.Outcome == InboxFileOutcome.Rejected))
            {
                await context.Output.WriteLineAsync($"{file.FileName}: avvisad, flyttad till {file.MovedTo}; skälen står i {file.MovedTo}.errors.txt").ConfigureAwait(false);
            }

            await context.Output.WriteLineAsync(string.Create(SwedishFormat.Culture,
                $"Inkorgen: {files.Count(f => f.Outcome == InboxFileOutcome.Imported):N0} inlästa, {files.Count(f => f.Outcome == InboxFileOutcome.AlreadyImported):N0} redan inlästa, {files.Count(f => f.Outcome == InboxFileOutcome.Rejected):N0} avvisade, {files.Count(f => f.Outcome == InboxFileOutcome.Skipped):N0} väntar till senare.")).ConfigureAwait(false);

            var run = await (await context.ComputeAsync(ct).ConfigureAwait(false)).RunAsync(ct).ConfigureAwait(false);
            var site = await (await context.PublisherAsync(ct).ConfigureAwait(false)).PublishAsync(context.DataDirectory.Site, run.Id, ct).ConfigureAwait(false);
            await context.Output.WriteLineAsync(string.Create(SwedishFormat.Culture,
                $"Beräkningskörning {run.Id}: {SwedishFormat.Count(run.RowCount, "resultatrad", "resultatrader")}; publicerade {site?.ChartCount ?? 0:N0} diagram i {context.DataDirectory.Site}.")).ConfigureAwait(false);
            return files.Any(f => f.Outcome == InboxFileOutcome.Rejected) ? ExitCodes.Failed : ExitCodes.Ok;
        });
        return command;
    }
}
