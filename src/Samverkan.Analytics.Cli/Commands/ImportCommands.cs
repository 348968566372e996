using System.CommandLine;
using Samverkan.Analytics.Core.Explanations;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Ingestion.Importing;

namespace Samverkan.Analytics.Cli.Commands;

/// <summary><c>validate FILE…</c> (a dry run) and <c>ingest FILE…|DIR</c>: the same import, with or without writing.</summary>
internal static class ImportCommands
{
    public static Command Validate() => Build("validate", "Provläsning: vad en import skulle lägga till, revidera och lämna orört. Skriver ingenting.", dryRun: true);

    public static Command Ingest() => Build("ingest", "Läs in filer (för en mapp: filerna direkt i den). En avvisad fil sparar ingenting.", dryRun: false);

    private static Command Build(string name, string description, bool dryRun)
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "CSV-filer eller mappar." };
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
                await context.Output.WriteLineAsync(string.Create(SwedishFormat.Culture,
                    $"{paths.Count - rejected:N0} av {SwedishFormat.Count(paths.Count, "fil", "filer")} {(dryRun ? "skulle läsas in" : paths.Count - rejected == 1 ? "inläst eller redan inläst" : "inlästa eller redan inlästa")}; {SwedishFormat.Count(rejected, "avvisad", "avvisade")}.")).ConfigureAwait(false);
            }

            return rejected == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }

    private static async Task ReportAsync(TextWriter output, FileImportResult result, bool dryRun)
    {
        foreach (var line in ImportSummary.Lines(result, dryRun))
        {
            await output.WriteLineAsync(line).ConfigureAwait(false);
        }
    }
}
