using System.Globalization;
using Samverkan.Analytics.Core.Results;
using Samverkan.Analytics.Host.Tests.Dashboards;
using Samverkan.Analytics.Host.Tests.Support;

namespace Samverkan.Analytics.Host.Tests;

/// <summary>
/// The CLI on the shipped catalogue and data-samples into a temporary data directory, as a new
/// user runs it (the built program, a real SQLite file, real files).
/// </summary>
/// <remarks>
/// The <c>samverkan run</c> on the samples is the one the dashboard tests share (<see cref="SampleDataFixture"/>:
/// the built program into a fresh data directory), so CI runs the whole sample publish once.
/// </remarks>
[Collection(SampleDataCollection.Name)]
public sealed class EndToEndTests(SampleDataFixture samples) : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Run_ProducesTheResultsContractAndCharts_WhenStartedOnSampleData()
    {
        Assert.Contains("10 inlästa", samples.RunOutput, StringComparison.Ordinal);

        var csvPath = Path.Combine(_data.Path, "results.csv");
        var export = await CliRunner.RunAsync("export", "--format", "csv", "--out", csvPath, "--data-dir", samples.Path);
        Assert.Equal(0, export.ExitCode);
        Assert.Equal(["results.csv"], Directory.GetFiles(_data.Path).Select(Path.GetFileName)); // written whole (AtomicFile), no temporary left

        var lines = await File.ReadAllLinesAsync(csvPath);
        Assert.Equal(string.Join(',', ResultColumns.All), lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.All(rows, r => Assert.Equal(ResultColumns.All.Count, r.Length));
        var keys = rows.Select(r => (Indicator: r[0], Area: r[1], Period: r[2])).ToHashSet();

        // Every indicator × area × period that has data in the sample files has a row: spot-check
        // one per dataset against the files themselves.
        Assert.Contains(("otrygg-ute-sen-kvall", "sdo-spanga-tensta", "2017"), keys); // city survey, 1252 file
        Assert.Contains(("otrygg-ute-sen-kvall", "sdo-hagersten-alvsjo", "2023"), keys);
        Assert.Contains(("trygg-ute-sen-kvall", "lpo-jarva", "2024"), keys); // police survey
        Assert.Contains(("avhoppare-i-program", "kommun-0180", "2025"), keys); // measurement
        var indicators = rows.Select(r => r[0]).ToHashSet();
        foreach (var crime in new[] { "brott-mot-person", "misshandel", "ran", "skadegorelse", "narkotikabrott", "vapenbrott" })
        {
            Assert.Contains(crime, indicators);
            for (var year = 2018; year <= 2025; year++)
            {
                Assert.Contains((crime, "kommun-0180", year.ToString(CultureInfo.InvariantCulture)), keys);
            }

            // BRÅ keeps Rinkeby-Kista through 2023: its 2023 row exists, and Järva has a harmonised 2018 baseline.
            Assert.Contains((crime, "sdo-rinkeby-kista", "2023"), keys);
            Assert.Contains((crime, "sdo-jarva", "2018"), keys);
        }

        // The 2025 crime figures are preliminary in the files.
        var city2025 = rows.Single(r => r[0] == "brott-mot-person" && r[1] == "kommun-0180" && r[2] == "2025");
        Assert.Equal("preliminary", city2025[8]);
        Assert.Equal("2023", city2025[9]); // the 2024 revision's baseline
        Assert.Equal("sak-2024", city2025[27]);

        // Charts: one PNG and one SVG per indicator × area with data, and the site's index.
        var site = samples.Site;
        Assert.True(File.Exists(Path.Combine(site, "index.html")));
        Assert.True(File.Exists(Path.Combine(site, "charts", "otrygg-ute-sen-kvall", "sdo-spanga-tensta.png")));
        Assert.True(File.Exists(Path.Combine(site, "charts", "otrygg-ute-sen-kvall", "sdo-spanga-tensta.svg")));
    }

    [Fact]
    public async Task Ingest_RejectsBadFileAndStoresNothing_WhenARowIsBad()
    {
        var bad = Path.Combine(RepositoryRoot.Path, "data-samples", "bad", "survey-positive-not-a-number.csv");

        var result = await CliRunner.RunAsync("ingest", bad, "--data-dir", _data.Path);
        var imports = await CliRunner.RunAsync("imports", "--data-dir", _data.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"survey-positive-not-a-number\.csv, rad \d+, kolumn \d+: fel: ", result.Output);
        Assert.Contains("avvisad (", result.Output, StringComparison.Ordinal);
        Assert.Contains("inget sparades", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Output + result.Error, StringComparison.Ordinal);
        Assert.Contains("0 importer.", imports.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cli_ExitsWithUsageCode_WhenCommandIsUnknown()
    {
        var result = await CliRunner.RunAsync("frobnicate");

        Assert.Equal(2, result.ExitCode);
    }
}
