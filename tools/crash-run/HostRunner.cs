using System.Diagnostics;
using System.Globalization;

namespace Samverkan.Analytics.CrashRun;

/// <summary>
/// The real Host (<c>dotnet Samverkan.Analytics.Host.dll</c>) as a child process on a loopback port,
/// with JSON console logs so the run can see which job is at work (the jobs' event ids,
/// docs/operations.md "What to watch"), and SIGKILL it there.
/// </summary>
internal sealed class HostRunner : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly Lock _gate = new();
    private readonly StreamWriter _log;

    private HostRunner(Process process, StreamWriter log)
    {
        _process = process;
        _log = log;
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts the Host; its output is also appended to <paramref name="logFile"/>.</summary>
    public static HostRunner Start(string hostDll, int port, IReadOnlyDictionary<string, string> environment, string logFile)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
        };
        foreach (var a in new[] { hostDll, "--urls", string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"), "--contentRoot", Path.GetDirectoryName(hostDll)! })
        {
            start.ArgumentList.Add(a);
        }

        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("Samverkan", StringComparison.OrdinalIgnoreCase) || k.StartsWith("Logging__", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["Logging__Console__FormatterName"] = "json";
        start.Environment["Logging__Console__FormatterOptions__IncludeScopes"] = "false";
        start.Environment["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss.fff ";
        start.Environment["Logging__Console__FormatterOptions__UseUtcTimestamp"] = "true";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var log = new StreamWriter(logFile, append: true) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        var runner = new HostRunner(process, log);
        process.OutputDataReceived += (_, e) => runner.Add(e.Data);
        process.ErrorDataReceived += (_, e) => runner.Add(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return runner;
    }

    /// <summary>The lines written so far that hold <paramref name="text"/>.</summary>
    public int Count(string text)
    {
        lock (_gate)
        {
            return _lines.Count(l => l.Contains(text, StringComparison.Ordinal));
        }
    }

    /// <summary>The last few lines (for a failure message).</summary>
    public string Tail(int count)
    {
        lock (_gate)
        {
            return string.Join(" | ", _lines.TakeLast(count));
        }
    }

    /// <summary>Waits until a line holding one of <paramref name="texts"/> is written; the one seen, or null after <paramref name="timeout"/> or when the process ended.</summary>
    public async Task<string?> WaitForAsync(TimeSpan timeout, params string[] texts)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout && !_process.HasExited)
        {
            lock (_gate)
            {
                foreach (var text in texts)
                {
                    if (_lines.Any(l => l.Contains(text, StringComparison.Ordinal)))
                    {
                        return text;
                    }
                }
            }

            await Task.Delay(50).ConfigureAwait(false);
        }

        return null;
    }

    /// <summary>SIGKILL (the whole process tree); false when it had already exited.</summary>
    public bool Kill()
    {
        if (_process.HasExited)
        {
            return false;
        }

        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            return false;
        }

        _process.WaitForExit();
        return true;
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
        _log.Dispose();
    }

    private void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _lines.Add(line);
            _log.WriteLine(line);
        }
    }
}
