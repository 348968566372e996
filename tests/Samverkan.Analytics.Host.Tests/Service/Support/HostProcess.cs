using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Samverkan.Analytics.Host.Tests.Support;

namespace Samverkan.Analytics.Host.Tests.Service.Support;

/// <summary>
/// The built Host program as a separate process on real Kestrel (a free loopback port), as an
/// operator runs it: settings through environment variables, JSON console logs collected for the
/// assertions. Disposing kills it if it still runs.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly Lock _gate = new();

    private HostProcess(string name, Process process, Uri baseAddress)
    {
        Name = name;
        _process = process;
        BaseAddress = baseAddress;
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Everything the process wrote (stdout and stderr), in order.</summary>
    public string Output
    {
        get
        {
            lock (_gate)
            {
                return string.Join('\n', _lines);
            }
        }
    }

    /// <summary>The JSON log entries so far.</summary>
    public IReadOnlyList<JsonElement> Logs
    {
        get
        {
            List<string> lines;
            lock (_gate)
            {
                lines = [.. _lines];
            }

            var entries = new List<JsonElement>();
            foreach (var line in lines.Where(l => l.StartsWith('{')))
            {
                try
                {
                    entries.Add(JsonDocument.Parse(line).RootElement.Clone());
                }
                catch (JsonException)
                {
                    // A line that only looks like JSON (a message printed by a library).
                }
            }

            return entries;
        }
    }

    /// <summary>The Host's dll in its own bin folder (built with the tests), beside its appsettings.json.</summary>
    public static string HostDll
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<Configuration>/net10.0
            return Path.Combine(RepositoryRoot.Path, "src", "Samverkan.Analytics.Host", "bin", configuration, "net10.0", "Samverkan.Analytics.Host.dll");
        }
    }

    /// <summary>Starts the Host with these settings (environment variables, <c>Samverkan__X</c> form).</summary>
    public static HostProcess Start(string name, IReadOnlyDictionary<string, string> environment)
    {
        var port = FreePort();
        var dll = HostDll;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        foreach (var a in new[] { dll, "--urls", $"http://127.0.0.1:{port}", "--contentRoot", Path.GetDirectoryName(dll)! })
        {
            start.ArgumentList.Add(a);
        }

        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("Samverkan", StringComparison.OrdinalIgnoreCase) || k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k.StartsWith("Logging__", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["SAMVERKAN_DATA_DIR"] = null;
        start.Environment["Logging__Console__FormatterName"] = "json";
        start.Environment["Logging__Console__FormatterOptions__TimestampFormat"] = "yyyy-MM-ddTHH:mm:ss.fffZ";
        start.Environment["Logging__Console__FormatterOptions__UseUtcTimestamp"] = "true";
        start.Environment["Samverkan__Jobs__ServerName"] = name;
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var host = new HostProcess(name, process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => host.Add(e.Data);
        process.ErrorDataReceived += (_, e) => host.Add(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Runs the Host to its end (a start-up failure) and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunToEndAsync(IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        await using var host = Start("check", environment);
        using var cancel = new CancellationTokenSource(timeout);
        await host._process.WaitForExitAsync(cancel.Token);
        host._process.WaitForExit(); // drains the output
        return (host._process.ExitCode, host.Output);
    }

    /// <summary>Waits until <c>/health</c> answers 200.</summary>
    public async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{Name} was not healthy within {timeout}:\n{Output}");
    }

    /// <summary>The entries with this event id (the Host's <c>JobEvents</c>).</summary>
    public IReadOnlyList<JsonElement> Events(EventId id) =>
        Logs.Where(e => e.TryGetProperty("EventId", out var n) && n.ValueKind == JsonValueKind.Number && n.GetInt32() == id.Id).ToList();

    /// <summary>SIGKILL: the process ends at once, in the middle of whatever it does.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>SIGTERM (what systemd and Kubernetes send), then waits for the exit; returns the exit code.</summary>
    public async Task<int> TerminateAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
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
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
