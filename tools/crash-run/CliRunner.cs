using System.Diagnostics;

namespace Samverkan.Analytics.CrashRun;

/// <summary>Runs the real CLI (<c>dotnet samverkan.dll …</c>) as a child process and SIGKILLs it after a delay if asked.</summary>
internal sealed class CliRunner(string cliDll, string catalog, IReadOnlyDictionary<string, string> environment)
{
    /// <summary>The outcome of one CLI process.</summary>
    internal sealed record Outcome(bool Killed, int? ExitCode, string Output, TimeSpan Elapsed);

    public async Task<Outcome> RunAsync(string dataDirectory, IReadOnlyList<string> arguments, TimeSpan? killAfter, IReadOnlyDictionary<string, string>? database = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { cliDll, "--data-dir", dataDirectory, "--catalog", catalog }.Concat(arguments))
        {
            start.ArgumentList.Add(a);
        }

        foreach (var (key, value) in environment.Concat(database ?? new Dictionary<string, string>()))
        {
            start.Environment[key] = value;
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var killed = false;
        if (killAfter is { } delay)
        {
            var exited = process.WaitForExitAsync();
            if (await Task.WhenAny(exited, Task.Delay(delay)).ConfigureAwait(false) != exited)
            {
                try
                {
                    process.Kill(entireProcessTree: true); // SIGKILL on Linux
                    killed = true;
                }
                catch (InvalidOperationException)
                {
                    // it exited in between
                }
            }
        }

        await process.WaitForExitAsync().ConfigureAwait(false);
        watch.Stop();
        var output = (await stdout.ConfigureAwait(false)) + (await stderr.ConfigureAwait(false));
        return new Outcome(killed, killed ? null : process.ExitCode, output, watch.Elapsed);
    }
}
