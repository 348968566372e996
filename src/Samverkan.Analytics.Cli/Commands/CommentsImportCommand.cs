using System.CommandLine;
using Samverkan.Analytics.Core.Explanations;
using Samverkan.Analytics.Ingestion.Comments;
using Samverkan.Analytics.Storage.Reports;

namespace Samverkan.Analytics.Cli.Commands;

/// <summary>
/// <c>comments import FILE.yaml</c>: stores every comment of a YAML file (format in docs/report.md) in
/// one transaction. A file with any problem stores nothing and lists each problem as
/// <c>file:line:column: field: what is wrong</c>; exit code 1.
/// </summary>
internal static class CommentsImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "En YAML-fil med en lista 'comments:' (year, indicator, area, text, author, kind)." };
        var command = new Command("import", "Lägg till kommentarerna i en YAML-fil (alla eller ingen).") { file };
        command.SetWork(async (parse, context, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new CliException($"{path}: filen finns inte.", ExitCodes.Usage);
            }

            var read = CommentFile.Read(path, context.Catalog, context.Time.GetUtcNow());
            if (!read.IsValid)
            {
                var message = string.Join(Environment.NewLine, read.Problems.Select(p => p.ToString())) + Environment.NewLine +
                    string.Create(SwedishFormat.Culture, $"{read.Problems.Count:N0} problem i {Path.GetFileName(path)}; ingenting sparades. Rätta filen och läs in den igen.");
                throw new CliException(message, ExitCodes.Failed);
            }

            var storage = await context.StorageAsync(ct).ConfigureAwait(false);
            var stored = await new SqlReportCommentStore(storage.Connections).AddAllAsync(read.Comments, ct).ConfigureAwait(false);
            await context.Output.WriteLineAsync(string.Create(SwedishFormat.Culture,
                $"Läste in {SwedishFormat.Count(stored.Count, "kommentar", "kommentarer")} från {Path.GetFileName(path)} (år {string.Join(", ", stored.Select(c => c.Year).Distinct().Order())}).")).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
