using System.CommandLine;
using System.Globalization;
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
        var command = new Command("run", "Inbox (and data-samples if the database is empty) → compute → publish.");
        command.SetWork(async (_, context, ct) =>
        {
            var storage = await context.StorageAsync(ct).ConfigureAwait(false);
            var seeded = await SampleSeeder.SeedIfEmptyAsync(storage.Observations, context.DataDirectory, RepositoryLayout.DefaultSampleDirectory(), ct).ConfigureAwait(false);
            if (seeded > 0)
            {
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Empty database: copied {seeded} sample files into the inbox.")).ConfigureAwait(false);
            }

            var inbox = new InboxProcessor(await context.ImporterAsync(ct).ConfigureAwait(false), context.DataDirectory);
            var files = await inbox.ProcessAsync(ct).ConfigureAwait(false);
            foreach (var file in files.Where(f => f.Outcome == InboxFileOutcome.Rejected))
            {
                await context.Output.WriteLineAsync($"{file.FileName}: rejected, moved to {file.MovedTo}; the reasons are in {file.MovedTo}.errors.txt").ConfigureAwait(false);
            }

            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Inbox: {files.Count(f => f.Outcome == InboxFileOutcome.Imported)} imported, {files.Count(f => f.Outcome == InboxFileOutcome.AlreadyImported)} already imported, {files.Count(f => f.Outcome == InboxFileOutcome.Rejected)} rejected, {files.Count(f => f.Outcome == InboxFileOutcome.Skipped)} left for later.")).ConfigureAwait(false);

            var run = await (await context.ComputeAsync(ct).ConfigureAwait(false)).RunAsync(ct).ConfigureAwait(false);
            var site = await (await context.PublisherAsync(ct).ConfigureAwait(false)).PublishAsync(context.DataDirectory.Site, run.Id, ct).ConfigureAwait(false);
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Compute run {run.Id}: {run.RowCount} result rows; published {site?.ChartCount ?? 0} charts to {context.DataDirectory.Site}.")).ConfigureAwait(false);
            return files.Any(f => f.Outcome == InboxFileOutcome.Rejected) ? ExitCodes.Failed : ExitCodes.Ok;
        });
        return command;
    }
}
