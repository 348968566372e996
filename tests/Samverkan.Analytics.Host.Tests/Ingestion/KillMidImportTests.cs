using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Samverkan.Analytics.Core.Explanations;
using Samverkan.Analytics.Host.Tests.Service.Support;
using Samverkan.Analytics.Host.Tests.Support;

namespace Samverkan.Analytics.Host.Tests.Ingestion;

/// <summary>
/// Issue #3 item 5 ("a file is imported in one transaction or not at all"), tested the hard way: the
/// built <c>samverkan ingest</c> of a large file is started as a child process and killed with
/// SIGKILL while its import transaction is writing (the SQLite write-ahead log is growing), then the
/// database is compared with the state before: every table's rows, <c>PRAGMA integrity_check</c>. A
/// rerun imports the file once, and a third run stores nothing. The same kill during <c>run</c>'s
/// inbox import leaves the file whole in the inbox (item 6: a file is never lost).
/// </summary>
[Collection(HeavyHostCollection.Name)]
public sealed class KillMidImportTests : IDisposable
{
    /// <summary>10 areas valid in every year × 8 years × 100 × 12 age groups × 2 sexes.</summary>
    private const int BigFileRows = 192_000;

    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Ingest_LeavesTheDatabaseAsItWas_WhenKilledMidImport_AndARerunImportsTheFileOnce()
    {
        var database = await SeedAsync();
        var big = WriteBigPopulationFile(Path.Combine(_data.Path, "befolkning-aldersgrupper.csv"));
        var before = Snapshot(database);

        // Start the import and kill it once its transaction has written 4 MB to the write-ahead log
        // (the rows are being inserted; nothing is committed before the end).
        await KillWhileWritingAsync(database, "ingest", big, "--data-dir", _data.Path);

        Assert.Equal("ok", IntegrityCheck(database));
        var after = Snapshot(database);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var table in before.Keys)
        {
            Assert.True(before[table] == after[table], $"Table {table} changed: {before[table]} before, {after[table]} after the kill.");
        }

        // The rerun imports the whole file, once.
        var rerun = await CliRunner.RunAsync("ingest", big, "--data-dir", _data.Path);
        Assert.True(rerun.ExitCode == 0, rerun.Output + rerun.Error);
        Assert.Contains($"inläst som import 2 (population, canonical; teckenkodning UTF-8, radbrytningar LF, avgränsare ';', decimaltecken ','): {BigFileRows.ToString("N0", SwedishFormat.Culture)} tillagda, 0 reviderade, 0 oförändrade, 0 varningar.", rerun.Output, StringComparison.Ordinal);
        var again = await CliRunner.RunAsync("ingest", big, "--data-dir", _data.Path);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("befolkning-aldersgrupper.csv: redan inläst som import 2 (samma innehåll); inget sparades.", again.Output, StringComparison.Ordinal);
        Assert.Equal("ok", IntegrityCheck(database));
        var final = Snapshot(database);
        Assert.Equal(Count(before, "observations") + BigFileRows, Count(final, "observations"));
        Assert.Equal(Count(before, "imports") + 1, Count(final, "imports"));
    }

    [Fact]
    public async Task Run_LeavesTheFileInTheInboxAndTheDatabaseAsItWas_WhenKilledWhileImportingFromTheInbox()
    {
        var database = await SeedAsync();
        var inbox = Path.Combine(_data.Path, "inbox");
        Directory.CreateDirectory(inbox);
        var big = WriteBigPopulationFile(Path.Combine(inbox, "befolkning-aldersgrupper.csv"));
        File.SetLastWriteTimeUtc(big, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)); // settled: the inbox takes it at once
        var bytes = await File.ReadAllBytesAsync(big);
        var before = Snapshot(database);

        await KillWhileWritingAsync(database, "run", "--data-dir", _data.Path);

        Assert.Equal(bytes, await File.ReadAllBytesAsync(big)); // still in the inbox, whole
        Assert.False(Directory.Exists(Path.Combine(_data.Path, "archive")) && Directory.EnumerateFiles(Path.Combine(_data.Path, "archive")).Any());
        Assert.False(Directory.Exists(Path.Combine(_data.Path, "quarantine")) && Directory.EnumerateFiles(Path.Combine(_data.Path, "quarantine")).Any());
        Assert.Equal("ok", IntegrityCheck(database));
        Assert.Equal(before, Snapshot(database));
    }

    /// <summary>A database with the sample populations in it (so "as before" is not just empty tables).</summary>
    private async Task<string> SeedAsync()
    {
        var population = Path.Combine(RepositoryRoot.Path, "data-samples", "population-2017-2025.csv");
        var first = await CliRunner.RunAsync("ingest", population, "--data-dir", _data.Path);
        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        return Path.Combine(_data.Path, "samverkan.db");
    }

    /// <summary>Starts the CLI and kills it (SIGKILL) once its write transaction has put 4 MB into the WAL.</summary>
    private static async Task KillWhileWritingAsync(string database, params string[] args)
    {
        var wal = database + "-wal";
        var walBefore = File.Exists(wal) ? new FileInfo(wal).Length : 0;
        using var child = StartCli(args);
        var sawWrites = false;
        var deadline = Stopwatch.StartNew();
        while (!child.HasExited && deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (File.Exists(wal) && new FileInfo(wal).Length > walBefore + (4 << 20))
            {
                child.Kill(entireProcessTree: false); // SIGKILL on Linux: no handler, no cleanup
                sawWrites = true;
                break;
            }

            await Task.Delay(10);
        }

        await child.WaitForExitAsync();
        Assert.True(sawWrites, "The import finished (or never wrote) before it could be killed: " + await child.StandardOutput.ReadToEndAsync());
        Assert.NotEqual(0, child.ExitCode);
    }

    /// <summary>A valid population file with many keys (age groups), about 5.7 MB.</summary>
    private static string WriteBigPopulationFile(string path)
    {
        string[] areas =
        [
            "sdo-bromma", "sdo-kungsholmen", "sdo-sodermalm", "sdo-farsta", "sdo-skarholmen",
            "sdo-skarpnack", "sdo-hasselby-vallingby", "kommun-0186", "kommun-0125", "kommun-0180",
        ];
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine("area;year;age_group;sex;population");
        foreach (var area in areas)
        {
            for (var year = 2017; year <= 2024; year++)
            {
                for (var low = 0; low < 100; low++)
                {
                    for (var span = 1; span <= 12; span++)
                    {
                        foreach (var sex in new[] { "k", "m" })
                        {
                            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{area};{year};{low}-{low + span};{sex};{((low * 7) + (span * 13) + year) % 997 + 1}"));
                        }
                    }
                }
            }
        }

        return path;
    }

    private static Process StartCli(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "samverkan.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment.Remove("SAMVERKAN_DATA_DIR");
        return Process.Start(start)!;
    }

    private static SqliteConnection Open(string database)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static string IntegrityCheck(string database)
    {
        using var connection = Open(database);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture)!;
    }

    /// <summary>Per table: its row count and a SHA-256 of all its rows (sorted, so row order does not matter).</summary>
    private static Dictionary<string, string> Snapshot(string database)
    {
        using var connection = Open(database);
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name;";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var snapshot = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\";";
            using var reader = command.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
            {
                var cells = Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture));
                rows.Add(string.Join('\u001f', cells));
            }

            rows.Sort(StringComparer.Ordinal);
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', rows))));
            snapshot[table] = string.Create(CultureInfo.InvariantCulture, $"{rows.Count} rows, sha256 {hash}");
        }

        return snapshot;
    }

    private static int Count(Dictionary<string, string> snapshot, string table) =>
        int.Parse(snapshot[table].Split(' ')[0], CultureInfo.InvariantCulture);
}
