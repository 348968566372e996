using System.Diagnostics;
using System.Globalization;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Ingestion.Catalog;
using Samverkan.Analytics.Ingestion.Csv;
using Samverkan.Analytics.Ingestion.Text;

namespace Samverkan.Analytics.Benchmarks.HotPaths;

/// <summary>
/// <c>samverkan-bench profile CATALOG FILE KIND AREA-KIND</c>: the ingest's stages timed with a
/// stopwatch in one process (catalogue, the hash and encoding pass, the reader), with CPU time and
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
        using (var stream = File.OpenRead(path))
        {
            _ = StreamProbe.Read(stream);
        }

        Step("hash + encoding pass (StreamProbe)", watch, process);
        using (var reader = new StreamReader(path, System.Text.Encoding.UTF8, true, 1 << 16))
        {
            var buffer = new char[1 << 16];
            while (reader.Read(buffer, 0, buffer.Length) > 0)
            {
            }
        }

        Step("decode only (StreamReader)", watch, process);
        var source = new SourceText(Path.GetFileName(path), "", new DecodedText("", "UTF-8", "LF"))
        {
            Opener = () => new StreamReader(path, System.Text.Encoding.UTF8, true, 1 << 16),
        };
        using (var table = Ingestion.Csv.Streaming.LineTable.Open(source, new IssueList(path, 10)))
        {
            while (table!.NextRow())
            {
            }
        }

        Step("decode + lines + fields (LineTable)", watch, process);
        var options = ReadOptions.Default with
        {
            Kind = kind == "crime-incidents" ? InputKind.CrimeIncidents : InputKind.SurveyResponses,
            AreaKind = Core.Areas.AreaKinds.TryParse(areaKind, out var k) ? k : null,
        };
        var parsed = new CsvFileReader().ReadFile(path, catalog, options);
        Step($"ReadFile (probe + read + repeat check): {parsed.Observations.Count} observations, {parsed.Issues.Count} issues", watch, process);
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
