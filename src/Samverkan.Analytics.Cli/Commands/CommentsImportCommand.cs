using System.CommandLine;
using System.Globalization;
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
        var file = new Argument<string>("FILE") { Description = "A YAML file with a 'comments:' list (year, indicator, area, text, author, kind)." };
        var command = new Command("import", "Add the comments of a YAML file (all or none).") { file };
        command.SetWork(async (parse, context, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new CliException($"{path}: no such file.", ExitCodes.Usage);
            }

            var read = CommentFile.Read(path, context.Catalog, context.Time.GetUtcNow());
            if (!read.IsValid)
            {
                var message = string.Join(Environment.NewLine, read.Problems.Select(p => p.ToString())) + Environment.NewLine +
                    string.Create(CultureInfo.InvariantCulture, $"{read.Problems.Count} problem(s) in {Path.GetFileName(path)}; nothing was stored. Fix the file and import it again.");
                throw new CliException(message, ExitCodes.Failed);
            }

            var storage = await context.StorageAsync(ct).ConfigureAwait(false);
            var stored = await new SqlReportCommentStore(storage.Connections).AddAllAsync(read.Comments, ct).ConfigureAwait(false);
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Imported {stored.Count} comments from {Path.GetFileName(path)} (years {string.Join(", ", stored.Select(c => c.Year).Distinct().Order())}).")).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }
}
