using System.CommandLine;
using System.Globalization;
using Samverkan.Analytics.Core.Explanations;

namespace Samverkan.Analytics.Cli.Commands;

/// <summary><c>migrate</c>: create or upgrade the database schema (run it before starting several servers).</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Skapa eller uppgradera databasens schema.");
        command.SetWork(async (_, context, ct) =>
        {
            // Opening the storage migrates; report what that applied.
            var storage = await context.StorageAsync(ct).ConfigureAwait(false);
            var applied = context.MigrationsApplied;
            var names = string.Join(", ", applied.Select(m => m.Version.ToString("0000", CultureInfo.InvariantCulture) + " " + m.Name));
            await context.Output.WriteLineAsync(string.Create(SwedishFormat.Culture,
                $"Databasens schema är aktuellt ({storage.Provider}); {SwedishFormat.Count(applied.Count, "migrering", "migreringar")} tillämpades nu{(applied.Count == 0 ? "" : ": " + names)}."))
                .ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
