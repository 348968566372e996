using System.CommandLine;

namespace Samverkan.Analytics.Cli.Commands;

/// <summary>
/// Runs a command's work with a <see cref="CliContext"/> and turns failures into a message and an
/// exit code: a <see cref="CliException"/> says what to do; anything else is reported in one line
/// (no stack trace) and exits 1.
/// </summary>
internal static class CommandRunner
{
    public static void SetWork(this Command command, Func<ParseResult, CliContext, CancellationToken, Task<int>> work) =>
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var context = new CliContext(
                parseResult.GetValue(GlobalOptions.DataDir),
                parseResult.GetValue(GlobalOptions.Catalog),
                parseResult.InvocationConfiguration.Output,
                TimeProvider.System);
            await using (context.ConfigureAwait(false))
            {
                try
                {
                    PhaseTrace.Mark("work...");
                    var exit = await work(parseResult, context, cancellationToken).ConfigureAwait(false);
                    PhaseTrace.Mark("work");
                    return exit;
                }
                catch (CliException e)
                {
                    await parseResult.InvocationConfiguration.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
                    return e.ExitCode;
                }
                catch (OperationCanceledException)
                {
                    await parseResult.InvocationConfiguration.Error.WriteLineAsync("Avbrutet; inget halvfärdigt sparades.").ConfigureAwait(false);
                    return ExitCodes.Failed;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException or System.Data.Common.DbException)
                {
                    await parseResult.InvocationConfiguration.Error.WriteLineAsync($"Misslyckades: {e.Message}{StorageFaults.Hint(e, context.DataDirectory)}").ConfigureAwait(false);
                    return ExitCodes.Failed;
                }
            }
        });
}
