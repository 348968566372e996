namespace Samverkan.Analytics.Cli;

/// <summary>A failure the user can act on: printed without a stack trace, with an exit code.</summary>
internal sealed class CliException(string message, int exitCode = ExitCodes.Failed) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
