using System.Diagnostics;

namespace Samverkan.Analytics.Host.Tests.Support;

/// <summary>Runs the built <c>samverkan</c> program as a separate process, as a user would.</summary>
internal static class CliRunner
{
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => RunAsync(TimeSpan.FromMinutes(3), args);

    /// <summary>Runs the program, giving up after <paramref name="timeout"/> (a whole <c>run</c> on a busy machine needs more than the usual three minutes).</summary>
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(TimeSpan timeout, params string[] args) =>
        RunAsync(timeout, new Dictionary<string, string>(), args);

    /// <summary>Runs the program with these extra environment variables (e.g. <c>Samverkan__Database__Provider</c>).</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(TimeSpan timeout, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var dll = System.IO.Path.Combine(AppContext.BaseDirectory, "samverkan.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment.Remove("SAMVERKAN_DATA_DIR");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return (process.ExitCode, await output, await error);
    }
}
