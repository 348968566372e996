using System.Globalization;
using System.Text;
using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Ingestion.Csv;
using Samverkan.Analytics.Ingestion.Importing;
using Samverkan.Analytics.Ingestion.Tests.Support;
using Samverkan.Analytics.Storage;

namespace Samverkan.Analytics.Ingestion.Tests.Importing;

/// <summary>
/// The importer on a real SQLite file: an incident list that the exact repeat check rejects (read by
/// the streaming reader, so the check's second pass over the file runs) leaves the database as it was.
/// </summary>
public sealed class FileImporterTests : IDisposable
{
    private readonly DataDirectory _data = new(Directory.CreateTempSubdirectory("samverkan-importer-").FullName);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_data.Root, recursive: true);
    }

    [Fact]
    public async Task ImportAsync_LeavesTheDatabaseByteForByteUnchanged_WhenTheRepeatCheckRejectsAStreamedIncidentFile()
    {
        await using var storage = SamverkanStorage.OpenSqlite(_data, TimeProvider.System);
        await storage.Migrator.MigrateAsync(CancellationToken.None);
        var importer = new FileImporter(storage.Observations, new CsvFileReader { StreamingThreshold = 0 }, Some.Catalog);
        var options = new ReadOptions { Kind = Core.Imports.InputKind.CrimeIncidents };
        var good = await importer.ImportAsync(Write("good.csv", Incidents("G", 3000, repeatAt: null)), options, dryRun: false, CancellationToken.None);
        Assert.False(good.IsRejected, string.Join(" | ", good.File.Errors.Select(e => e.Message)));
        var before = await SnapshotAsync(storage);

        var result = await importer.ImportAsync(Write("repeated.csv", Incidents("R", 5000, repeatAt: 4000)), options, dryRun: false, CancellationToken.None);

        Assert.True(result.IsRejected);
        var error = Assert.Single(result.File.Errors);
        Assert.Equal(4001, error.Line);
        Assert.Equal("incident_id 'R-17' på rad 4001 upprepar rad 18.", error.Message);
        Assert.Null(result.Outcome);
        var after = (File.ReadAllBytes(_data.DatabaseFile), ReadWal());
        Assert.Equal(before.Database, after.Item1);
        Assert.Equal(before.Wal, after.Item2);
    }

    [Fact]
    public async Task ImportAsync_StoresAStreamedFileUnderItsSha256_WhenItsRowsAreWrittenBeforeTheHashPassEnds()
    {
        await using var storage = SamverkanStorage.OpenSqlite(_data, TimeProvider.System);
        await storage.Migrator.MigrateAsync(CancellationToken.None);
        var store = new EarlyCountingStore(storage.Observations);
        var importer = new FileImporter(store, new CsvFileReader { StreamingThreshold = 0 }, Some.Catalog);
        var path = Write("good.csv", Incidents("G", 9000, repeatAt: null));

        var result = await importer.ImportAsync(path, new ReadOptions { Kind = Core.Imports.InputKind.CrimeIncidents }, dryRun: false, CancellationToken.None);

        Assert.False(result.IsRejected, string.Join(" | ", result.File.Errors.Select(e => e.Message)));
        Assert.Equal(1, store.EarlyImports);
        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
        Assert.Equal(sha256, result.File.FileHash);
        Assert.Equal(sha256, result.Outcome!.Import.FileHash);
        var stored = Assert.Single(await storage.Observations.ListImportsAsync(CancellationToken.None));
        Assert.Equal(result.Outcome.Import with { Id = stored.Id }, stored);
        Assert.All(await storage.Observations.GetCurrentObservationsAsync(CancellationToken.None), o => Assert.Equal(sha256, o.Lineage!.FileHash));
    }

    [Fact]
    public async Task ImportAsync_RejectsAndLeavesTheDatabaseByteForByteUnchanged_WhenTheHashPassFindsANulByteTheRowsAccepted()
    {
        await using var storage = SamverkanStorage.OpenSqlite(_data, TimeProvider.System);
        await storage.Migrator.MigrateAsync(CancellationToken.None);
        var store = new EarlyCountingStore(storage.Observations);
        var importer = new FileImporter(store, new CsvFileReader { StreamingThreshold = 0 }, Some.Catalog);
        var options = new ReadOptions { Kind = Core.Imports.InputKind.CrimeIncidents };
        await importer.ImportAsync(Write("good.csv", Incidents("G", 3000, repeatAt: null)), options, dryRun: false, CancellationToken.None);
        var before = await SnapshotAsync(storage);
        // A NUL byte in an incident id far after the head (256 kB): the row threads take the id as it is,
        // the hash pass refuses the file; the rows already written must go.
        var text = Incidents("B", 9000, repeatAt: null).Replace("B-8000,", "B-8000\0,", StringComparison.Ordinal);

        var result = await importer.ImportAsync(Write("binary.csv", text), options, dryRun: false, CancellationToken.None);

        Assert.Equal(2, store.EarlyImports);
        Assert.Equal(1, store.EarlyImportsNotConfirmed);
        Assert.True(result.IsRejected);
        var error = Assert.Single(result.File.Errors);
        Assert.Equal((8001, "Filen innehåller NUL-tecken (första gången på rad 8001); den är inte en textfil."), (error.Line, error.Message));
        Assert.Equal(before.Database, File.ReadAllBytes(_data.DatabaseFile));
        Assert.Equal(before.Wal, ReadWal());
    }

    /// <summary>The real store, counting the imports whose rows were written before their hash was known.</summary>
    private sealed class EarlyCountingStore(Core.Imports.IObservationStore inner) : Core.Imports.IObservationStore
    {
        public int EarlyImports { get; private set; }

        public int EarlyImportsNotConfirmed { get; private set; }

        public Task<Core.Imports.ImportOutcome> ImportAsync(Core.Imports.ParsedFile file, bool dryRun, CancellationToken cancellationToken) =>
            inner.ImportAsync(file, dryRun, cancellationToken);

        public async Task<Core.Imports.ImportOutcome?> ImportAsync(Core.Imports.ParsedFile file, Func<CancellationToken, Task<string?>> fileHash, bool dryRun, CancellationToken cancellationToken)
        {
            EarlyImports++;
            var outcome = await inner.ImportAsync(file, fileHash, dryRun, cancellationToken);
            EarlyImportsNotConfirmed += outcome is null ? 1 : 0;
            return outcome;
        }

        public Task<IReadOnlyList<Core.Observations.Observation>> GetCurrentObservationsAsync(CancellationToken cancellationToken) =>
            inner.GetCurrentObservationsAsync(cancellationToken);

        public Task<IReadOnlyList<Core.Imports.ImportRecord>> ListImportsAsync(CancellationToken cancellationToken) =>
            inner.ListImportsAsync(cancellationToken);
    }

    /// <summary><paramref name="count"/> incidents in Bromma, one a day from 2024-01-01; row <paramref name="repeatAt"/> (1-based) repeats row 17's id.</summary>
    private static string Incidents(string prefix, int count, int? repeatAt)
    {
        var text = new StringBuilder("incident_id,reported_date,category,area\n");
        var start = new DateOnly(2024, 1, 1);
        for (var row = 1; row <= count; row++)
        {
            var id = row == repeatAt ? 17 : row;
            var date = start.AddDays(row % 300).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"{prefix}-{id},{date},{(row % 2 == 0 ? "Rån inkl. grovt" : "därav misshandel inkl. grov")},Bromma\n");
        }

        return text.ToString();
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_data.Root, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private async Task<(byte[] Database, byte[] Wal)> SnapshotAsync(StorageBundle storage)
    {
        await using (var connection = await storage.Connections.OpenAsync(CancellationToken.None))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await command.ExecuteNonQueryAsync();
        }

        return (File.ReadAllBytes(_data.DatabaseFile), ReadWal());
    }

    private byte[] ReadWal() =>
        File.Exists(_data.DatabaseFile + "-wal") ? File.ReadAllBytes(_data.DatabaseFile + "-wal") : [];
}
