using System.CommandLine;
using Samverkan.Analytics.Cli.Commands;

namespace Samverkan.Analytics.Cli;

/// <summary><c>samverkan [--data-dir D] [--catalog C] &lt;command&gt;</c> (DESIGN §4.6).</summary>
internal static class SamverkanCli
{
    public static async Task<int> Main(string[] args)
    {
        PhaseTrace.Mark("main");
        var root = new RootCommand("Samverkan.Analytics: uppföljning av indikatorerna i samverkansöverenskommelsen mellan Stockholms stad och Polisregion Stockholm.")
        {
            GlobalOptions.DataDir,
            GlobalOptions.Catalog,
            ImportCommands.Validate(),
            ImportCommands.Ingest(),
            ImportsCommand.Create(),
            RevertCommand.Create(),
            ComputeCommand.Create(),
            ExportCommand.Create(),
            PublishCommand.Create(),
            RunCommand.Create(),
            MigrateCommand.Create(),
            UsersCommand.Create(),
            ReportCommand.Create(),
            CommentsCommand.Create(),
            DigestCommand.Create(),
        };

        SwedishCommandLine.Apply(root);
        PhaseTrace.Mark("commands");
        var parsed = root.Parse(args);
        PhaseTrace.Mark("parsed");
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine(SwedishCommandLine.Error(error.Message));
            }

            Console.Error.WriteLine("Användning: samverkan [--data-dir D] [--catalog C] <kommando>; se 'samverkan --help'.");
            return ExitCodes.Usage;
        }

        var exit = SwedishCommandLine.AsksForHelp(parsed)
            ? await SwedishCommandLine.WriteHelpAsync(parsed, Console.Out).ConfigureAwait(false)
            : await parsed.InvokeAsync().ConfigureAwait(false);
        PhaseTrace.Mark("done");
        return exit;
    }
}
