using System.Globalization;
using BenchmarkDotNet.Running;
using Samverkan.Analytics.Benchmarks.Generation;
using Samverkan.Analytics.Benchmarks.HotPaths;
using Samverkan.Analytics.Benchmarks.SideBySide;

namespace Samverkan.Analytics.Benchmarks;

/// <summary>
/// <c>samverkan-bench</c> (scripts/benchmarks.sh runs it):
/// <c>compare DIR CLI CATALOG [ROUNDS] [FILE…]</c> the side-by-side ingest benchmark;
/// <c>generate DIR [FILE…]</c> the files only; <c>duckdb KIND FILE</c> DuckDB's side (a child of compare);
/// <c>hot [BenchmarkDotNet args]</c> BenchmarkDotNet over the hot paths.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "compare" when args.Length >= 4:
                var rounds = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 3;
                return new Comparison(args[1], args[2], args[3], rounds, Select(args.Skip(5))).Run();
            case "generate" when args.Length >= 2:
                foreach (var file in Select(args.Skip(2)))
                {
                    Console.WriteLine(DataGenerator.Ensure(args[1], file));
                }

                return 0;
            case "duckdb" when args.Length == 3:
                return DuckDbSide.Run(args[1], args[2]);
            case "profile" when args.Length == 5:
                return Profile.Run(args[1], args[2], args[3], args[4]);
            case "hot":
                BenchmarkSwitcher.FromAssembly(typeof(IncidentParsing).Assembly).Run(args[1..]);
                return 0;
            default:
                Console.Error.WriteLine("Usage: samverkan-bench compare DIR CLI CATALOG [ROUNDS] [FILE…] | generate DIR [FILE…] | duckdb KIND FILE | hot [--filter *]");
                return 2;
        }
    }

    /// <summary>The named files (by name or a part of it), or all four.</summary>
    private static List<BenchFile> Select(IEnumerable<string> names)
    {
        var wanted = names.ToList();
        return wanted.Count == 0 ? [.. BenchFile.All] : [.. BenchFile.All.Where(f => wanted.Any(w => f.Name.Contains(w, StringComparison.Ordinal)))];
    }
}
