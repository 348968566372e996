using System.Diagnostics;
using System.Globalization;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Ingestion.Catalog;
using Samverkan.Analytics.Ingestion.Csv;
using Samverkan.Analytics.Ingestion.Text;

namespace Samverkan.Analytics.Benchmarks.HotPaths;

/// <summary>
/// <c>samverkan-bench profile CATALOG FILE KIND AREA-KIND</c>: the ingest's stages timed with a
/// stopwatch in one process (catalogue, then the reader: hash and encoding pass, rows, repeat check), with CPU time and
/// allocations, to see what dominates before changing anything.
/// </summary>
internal static class Profile
{
    public static int Run(string catalogDirectory, string path, string kind, string areaKind)
    {
        var process = Process.GetCurrentProcess();
        var watch = Stopwatch.StartNew();
        var catalog = CatalogLoader.Load(catalogDirectory).Catalog!;
        Step("catalogue", watch, process);
        var options = ReadOptions.Default with
        {
            Kind = kind == "crime-incidents" ? InputKind.CrimeIncidents : InputKind.SurveyResponses,
            AreaKind = Core.Areas.AreaKinds.TryParse(areaKind, out var k) ? k : null,
        };
        var parsed = new CsvFileReader().ReadFile(path, catalog, options);
        Step($"ReadFile (probe + read + repeat check): {parsed.Observations.Count} observations, {parsed.Issues.Count} issues, peak working set {process.PeakWorkingSet64 / 1048576} MB", watch, process);
        return parsed.IsRejected ? 1 : 0;
    }

    private static void Step(string name, Stopwatch watch, Process process)
    {
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {watch.Elapsed.TotalSeconds:F2} s wall, {process.TotalProcessorTime.TotalSeconds:F2} s CPU so far, {GC.GetTotalAllocatedBytes() / 1048576.0:F0} MB allocated so far"));
        watch.Restart();
    }
}
