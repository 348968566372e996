using System.Globalization;
using System.Text;
using Samverkan.Analytics.Benchmarks.Generation;

namespace Samverkan.Analytics.Benchmarks.SideBySide;

/// <summary>
/// The side-by-side ingest benchmark of issue #9: for every file, rounds of (a) our real ingest
/// (<c>samverkan --data-dir FRESH [--catalog C] ingest FILE --area-kind K</c>: detection, validation,
/// the repeat checks, aggregation and the SQLite import) and (b) <see cref="DuckDbSide"/> on the same
/// file, each as its own child process under <c>/usr/bin/time -v</c>, so the peak memory is per side.
/// After each round both sides' totals are compared and a difference stops the benchmark (exit 1).
/// Prints Markdown: medians with min–max, the ratio ours/DuckDB, rows per second, peak memory.
/// </summary>
internal sealed class Comparison(string directory, string cli, string shippedCatalog, int rounds, IReadOnlyList<BenchFile> files)
{
    /// <summary>Runs everything; 0 when every round agreed.</summary>
    public int Run()
    {
        Directory.CreateDirectory(directory);
        var swedenCatalog = SwedenCatalog.Write(Path.Combine(directory, "catalog-sverige"), shippedCatalog);
        var self = Path.Combine(AppContext.BaseDirectory, "Samverkan.Analytics.Benchmarks");
        var table = new StringBuilder();
        table.AppendLine("| file | rows | size | side | wall clock, median (min–max) | rows/s | peak memory, median (min–max) | ours/DuckDB |");
        table.AppendLine("|---|---:|---:|---|---|---:|---|---:|");
        var checks = new StringBuilder();
        foreach (var file in files)
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            var path = DataGenerator.Ensure(directory, file);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file.Name}: ready ({started.Elapsed.TotalSeconds:F1} s)"));
            var ours = new List<TimedRun>();
            var duck = new List<TimedRun>();
            Totals? agreed = null;
            for (var round = 1; round <= rounds; round++)
            {
                var data = Path.Combine(directory, "data-ours");
                if (Directory.Exists(data))
                {
                    Directory.Delete(data, recursive: true);
                }

                List<string> arguments = ["--data-dir", data];
                if (file.Sweden)
                {
                    arguments.AddRange(["--catalog", swedenCatalog]);
                }

                arguments.AddRange(["ingest", path, "--kind", file.Kind, "--area-kind", file.AreaKind]);
                var mine = TimedRun.Start(cli, arguments);
                if (mine.ExitCode != 0)
                {
                    Console.Error.WriteLine(mine.Output);
                    throw new InvalidOperationException($"Our ingest of {file.Name} failed (exit {mine.ExitCode}).");
                }

                var theirs = TimedRun.Start(self, ["duckdb", file.Kind, path]);
                if (theirs.ExitCode != 0)
                {
                    Console.Error.WriteLine(theirs.Output);
                    throw new InvalidOperationException($"DuckDB on {file.Name} failed (exit {theirs.ExitCode}).");
                }

                var ourTotals = StoredTotals.Read(data, file.Kind);
                var duckTotals = Totals.Parse(theirs.Output) ?? throw new InvalidOperationException("DuckDB printed no totals.");
                if (!ourTotals.SameAs(duckTotals))
                {
                    Console.Error.WriteLine($"TOTALS DIFFER for {file.Name}: ours {ourTotals.Format()}, DuckDB {duckTotals.Format()}");
                    return 1;
                }

                agreed = ourTotals;
                ours.Add(mine);
                duck.Add(theirs);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  round {round}: ours {mine.Seconds:F2} s {mine.PeakMegabytes:F0} MB, DuckDB {theirs.Seconds:F2} s {theirs.PeakMegabytes:F0} MB, totals agree"));
            }

            var size = new FileInfo(path).Length / 1024.0 / 1024.0;
            var ratio = Median(ours.Select(r => r.Seconds)) / Median(duck.Select(r => r.Seconds));
            table.AppendLine(Row(file, size, "ours (`samverkan ingest`)", ours, ratio.ToString("F2", CultureInfo.InvariantCulture)));
            table.AppendLine(Row(file, size, "DuckDB 2 threads", duck, ""));
            checks.AppendLine(CultureInfo.InvariantCulture, $"- {file.Label}: both sides {agreed!.Describe(file.Kind)} in every round.");
        }

        Console.WriteLine(table.ToString());
        Console.WriteLine(checks.ToString());
        return 0;
    }

    private static string Row(BenchFile file, double megabytes, string side, List<TimedRun> runs, string ratio)
    {
        var seconds = runs.Select(r => r.Seconds).ToList();
        var memory = runs.Select(r => r.PeakMegabytes).ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"| `{file.Name}` | {file.Rows:N0} | {megabytes:F0} MB | {side} | {Median(seconds):F2} s ({seconds.Min():F2}–{seconds.Max():F2}) | {file.Rows / Median(seconds):N0} | {Median(memory):F0} MB ({memory.Min():F0}–{memory.Max():F0}) | {ratio} |");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
