using System.CommandLine;
using System.Globalization;

namespace Samverkan.Analytics.Cli.Commands;

/// <summary><c>migrate</c>: create or upgrade the database schema (run it before starting several servers).</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Create or upgrade the database schema.");
        command.SetWork(async (_, context, ct) =>
        {
            // StorageAsync migrates; a second call here reports what is now applied.
            var storage = await context.StorageAsync(ct).ConfigureAwait(false);
            var applied = await storage.Migrator.MigrateAsync(ct).ConfigureAwait(false);
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Database schema is up to date ({storage.Provider}); {applied.Count} migrations applied now.")).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
