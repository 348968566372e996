using System.Text;
using BenchmarkDotNet.Attributes;
using Samverkan.Analytics.Core.Imports;
using Samverkan.Analytics.Ingestion.Catalog;
using Samverkan.Analytics.Ingestion.Csv;

namespace Samverkan.Analytics.Benchmarks.HotPaths;

/// <summary>
/// BenchmarkDotNet over the ingest's hot path: the incident and survey-microdata readers on 200 000
/// rows held in memory (decoding, detection, validation and aggregation; no disk, no SQLite), so a
/// change to the line parser shows in nanoseconds per row and bytes allocated.
/// </summary>
[MemoryDiagnoser]
public class IncidentParsing
{
    private readonly CsvFileReader _reader = new();
    private Core.Catalog.Catalog _catalog = null!;
    private byte[] _incidents = [];
    private byte[] _responses = [];

    /// <summary>Loads the shipped catalogue and writes the rows.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Samverkan.Analytics.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("No repository root above the benchmark.");
        }

        _catalog = CatalogLoader.Load(Path.Combine(root, "data-samples", "catalog")).Catalog
            ?? throw new InvalidOperationException("The shipped catalogue did not load.");
        var directory = Path.Combine(Path.GetTempPath(), "samverkan-bench-hot");
        Directory.CreateDirectory(directory);
        _incidents = File.ReadAllBytes(Generation.DataGenerator.Ensure(directory, new("incidents-hot-200k.csv", "crime-incidents", 200_000, Sweden: false)));
        _responses = File.ReadAllBytes(Generation.DataGenerator.Ensure(directory, new("responses-hot-200k.csv", "survey-responses", 200_000, Sweden: false)));
    }

    /// <summary>200 000 incidents to monthly counts.</summary>
    [Benchmark]
    public int Incidents() => Check(_reader.Read("incidents.csv", _incidents, _catalog, ReadOptions.Default with { AreaKind = Core.Areas.AreaKind.District })).Observations.Count;

    /// <summary>200 000 respondents to weighted shares.</summary>
    [Benchmark]
    public int Responses() => Check(_reader.Read("responses.csv", _responses, _catalog, ReadOptions.Default with { AreaKind = Core.Areas.AreaKind.District })).Observations.Count;

    private static ParsedFile Check(ParsedFile parsed) =>
        parsed.IsRejected ? throw new InvalidOperationException(string.Join(Environment.NewLine, parsed.Issues.Take(5).Select(i => i.ToString()))) : parsed;
}
