using System.Diagnostics;
using System.Globalization;

namespace Samverkan.Analytics.Cli;

/// <summary>
/// With <c>SAMVERKAN_TRACE=1</c>, each phase of a command (parse, catalogue, storage, work) prints one
/// line to standard error: milliseconds since the process started, the process's CPU time so far
/// (user + system) and its resident memory. For finding where a command's fixed cost goes
/// (docs/benchmarks.md, "Session 5: fixed cost per command"); silent and free otherwise.
/// </summary>
internal static class PhaseTrace
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("SAMVERKAN_TRACE") == "1";

    public static void Mark(string phase)
    {
        if (!Enabled)
        {
            return;
        }

        var started = Process.GetCurrentProcess().StartTime.ToUniversalTime();
        var cpu = Environment.CpuUsage;
        var wall = TimeProvider.System.GetUtcNow().UtcDateTime - started;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"trace {phase,-10} wall {wall.TotalMilliseconds,5:F0} ms  cpu {cpu.TotalTime.TotalMilliseconds,4:F0} ms  {Memory()}"));
        if (phase == "main")
        {
            Console.Error.WriteLine($"trace gc         {Collector()}");
        }
    }

    /// <summary>
    /// How the program runs (JIT or Native AOT) and the GC settings it took, from the GC itself: whether the
    /// project's GC settings reach the collector in both builds.
    /// </summary>
    private static string Collector()
    {
        var settings = GC.GetConfigurationVariables();
        string Setting(string name) => settings.TryGetValue(name, out var value) ? Convert.ToString(value, CultureInfo.InvariantCulture) ?? "" : "-";
        var code = System.Runtime.JitInfo.GetCompiledMethodCount() > 0 ? "jit" : "native-aot";
        return $"{code}  server {Setting("ServerGC")}  concurrent {Setting("ConcurrentGC")}  conserve {Setting("GCConserveMem")}  gen0-growth% {Setting("GCDGen0GrowthPercent")}  heaps {Setting("HeapCount")}";
    }

    /// <summary>The resident memory so far, from <c>/proc/self/status</c> (Linux): peak, anonymous (heaps, JIT code) and file-backed (mapped assemblies, ICU).</summary>
    private static string Memory()
    {
        const string Status = "/proc/self/status";
        if (!File.Exists(Status))
        {
            return string.Empty;
        }

        var fields = File.ReadLines(Status)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2 && parts[0] is "VmHWM" or "RssAnon" or "RssFile")
            .Select(parts => $"{parts[0]} {long.Parse(parts[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024} MB");
        return string.Join("  ", fields);
    }
}
