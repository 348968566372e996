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
