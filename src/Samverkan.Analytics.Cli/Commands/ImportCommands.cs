using System.CommandLine;
using System.Globalization;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Ingestion.Importing;

namespace Samverkan.Analytics.Cli.Commands;

/// <summary><c>validate FILE…</c> (a dry run) and <c>ingest FILE…|DIR</c>: the same import, with or without writing.</summary>
internal static class ImportCommands
{
    private const int MaxWarningsShown = 20;

    public static Command Validate() => Build("validate", "Dry run: what an import would add, revise and leave. Writes nothing.", dryRun: true);

    public static Command Ingest() => Build("ingest", "Import files (a folder: its top-level files). A rejected file stores nothing.", dryRun: false);

    private static Command Build(string name, string description, bool dryRun)
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "CSV files or folders." };
        var kind = ReadOptionArguments.Kind();
        var areaKind = ReadOptionArguments.AreaKind();
        var command = new Command(name, description) { files, kind, areaKind };
        command.SetWork(async (parse, context, ct) =>
        {
            var options = ReadOptionArguments.Parse(parse.GetValue(kind), parse.GetValue(areaKind));
            var paths = InputFiles.Expand(parse.GetValue(files) ?? []);
            var importer = await context.ImporterAsync(ct).ConfigureAwait(false);
            var rejected = 0;
            foreach (var path in paths)
            {
                var result = await importer.ImportAsync(path, options, dryRun, ct).ConfigureAwait(false);
                rejected += result.IsRejected ? 1 : 0;
                await ReportAsync(context.Output, result, dryRun).ConfigureAwait(false);
            }

            if (paths.Count > 1)
            {
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{paths.Count - rejected} of {paths.Count} files {(dryRun ? "would import" : "imported or already present")}; {rejected} rejected.")).ConfigureAwait(false);
            }

            return rejected == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }

    private static async Task ReportAsync(TextWriter output, FileImportResult result, bool dryRun)
    {
        var file = result.File;
        foreach (var error in file.Errors)
        {
            await output.WriteLineAsync(error.ToString()).ConfigureAwait(false);
        }

        var warnings = file.Warnings.ToList();
        foreach (var warning in warnings.Take(MaxWarningsShown))
        {
            await output.WriteLineAsync(warning.ToString()).ConfigureAwait(false);
        }

        if (warnings.Count > MaxWarningsShown)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{file.FileName}: {warnings.Count - MaxWarningsShown} more warnings not shown.")).ConfigureAwait(false);
        }

        await output.WriteLineAsync(Summary(result, dryRun)).ConfigureAwait(false);
    }

    private static string Summary(FileImportResult result, bool dryRun)
    {
        var file = result.File;
        var kind = file.Kind is { } k ? k.ToName() : "unknown kind";
        if (result.Outcome is not { } outcome)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"{file.FileName}: rejected ({file.Errors.Count()} errors); nothing stored. Fix the lines above and run again.");
        }

        if (outcome.AlreadyImported)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"{file.FileName}: already imported as import {outcome.Import.Id} (same content); nothing {(dryRun ? "would be" : "was")} stored.");
        }

        var i = outcome.Import;
        var verb = dryRun ? "would import" : $"imported as import {i.Id}";
        return string.Create(CultureInfo.InvariantCulture,
            $"{file.FileName}: {verb} ({kind}, {file.Format}; {file.Detected}): {i.Added} added, {i.Revised} revised, {i.Unchanged} unchanged, {i.Warnings} warnings.");
    }
}
