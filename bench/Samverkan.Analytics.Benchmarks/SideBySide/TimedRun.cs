using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Samverkan.Analytics.Benchmarks.SideBySide;

/// <summary>One child process under <c>/usr/bin/time -v</c>: its wall clock, peak resident memory and output.</summary>
internal sealed partial record TimedRun(double Seconds, double PeakMegabytes, int ExitCode, string Output)
{
    /// <summary>Runs <paramref name="program"/> with <paramref name="arguments"/> and waits for it.</summary>
    public static TimedRun Start(string program, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("-v");
        info.ArgumentList.Add(program);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DOTNET_TieredPGO"] = "1";
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        watch.Stop();
        var error = stderr.Result;
        var rss = MaxRss().Match(error);
        var peak = rss.Success ? long.Parse(rss.Groups[1].Value, CultureInfo.InvariantCulture) / 1024.0 : double.NaN;
        return new TimedRun(watch.Elapsed.TotalSeconds, peak, process.ExitCode, stdout.Result + "\n" + error);
    }

    [GeneratedRegex(@"Maximum resident set size \(kbytes\): (\d+)")]
    private static partial Regex MaxRss();
}
