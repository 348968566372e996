using System.CommandLine;
using System.Globalization;

namespace Samverkan.Analytics.Cli.Commands;

/// <summary><c>imports</c>: list the stored imports, newest first.</summary>
internal static class ImportsCommand
{
    public static Command Create()
    {
        var command = new Command("imports", "List imports, newest first.");
        command.SetWork(async (_, context, ct) =>
        {
            var storage = await context.StorageAsync(ct).ConfigureAwait(false);
            var imports = await storage.Observations.ListImportsAsync(ct).ConfigureAwait(false);
            foreach (var i in imports)
            {
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{i.Id,5}  {i.ImportedAt:yyyy-MM-dd HH:mm}  {i.Kind.ToString().ToLowerInvariant(),-12} +{i.Added} ~{i.Revised} ={i.Unchanged}  {i.FileName}{(i.Reverted ? "  (reverted)" : "")}")).ConfigureAwait(false);
            }

            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{imports.Count} imports.")).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
