using Samverkan.Analytics.Storage.Connections;
using SQLitePCL;

namespace Samverkan.Analytics.Storage.Tests.Connections;

public sealed class SqliteProcessSettingsTests
{
    [Fact]
    public async Task EnsureApplied_TurnsMemoryStatisticsOff_UnlessSqliteInitialisedFirst()
    {
        var directory = Directory.CreateTempSubdirectory("samverkan-storage-");
        try
        {
            await using var factory = new SqliteConnectionFactory(Path.Combine(directory.FullName, "s.db"));
            await using (var connection = await factory.OpenAsync(CancellationToken.None))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "CREATE TABLE t (x TEXT); INSERT INTO t VALUES (randomblob(100000)), (randomblob(100000));";
                await command.ExecuteNonQueryAsync();
            }

            var (statementJournal, memoryStatistics) = SqliteProcessSettings.EnsureApplied();

            // SQLITE_MISUSE only when another part of this test process initialised SQLite before any factory
            // did; any other code means a wrong option number or value.
            Assert.Contains(statementJournal, new[] { raw.SQLITE_OK, raw.SQLITE_MISUSE });
            Assert.Contains(memoryStatistics, new[] { raw.SQLITE_OK, raw.SQLITE_MISUSE });
            Assert.Equal(statementJournal == raw.SQLITE_OK && memoryStatistics == raw.SQLITE_OK, SqliteProcessSettings.Applied);
            if (memoryStatistics == raw.SQLITE_OK)
            {
                // With statistics on, SQLite counts every byte it holds: the connection's cache alone is well over zero.
                Assert.Equal(0, raw.sqlite3_memory_used());
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData(20)]
    [InlineData(400)]
    public async Task AStatementJournal_CommitsEveryRow_WhetherItStaysInMemoryOrMovesToAFile(int pages)
    {
        // An UPDATE of every row inside a transaction journals every page it changes: 20 pages of 4 KiB stay
        // in memory, 400 (1.6 MB) pass the in-memory bound and move to a temporary file mid-statement, which
        // the later statements of the transaction then use.
        var directory = Directory.CreateTempSubdirectory("samverkan-storage-");
        try
        {
            await using var factory = new SqliteConnectionFactory(Path.Combine(directory.FullName, "j.db"));
            await using var connection = await factory.OpenAsync(CancellationToken.None);
            var rows = pages * 3;
            await ExecuteAsync(connection, $"""
                CREATE TABLE t (id INTEGER PRIMARY KEY, x BLOB NOT NULL CHECK (length(x) = 1200));
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {rows}) INSERT INTO t SELECT i, zeroblob(1200) FROM n;
                """);
            await ExecuteAsync(connection, "BEGIN IMMEDIATE; UPDATE t SET x = randomblob(1200) WHERE id <= 3; UPDATE t SET x = randomblob(1200);");

            // A statement that fails on its last row is undone from its journal (in memory, or in the file by
            // now): every row it changed before gets its random value back; the transaction goes on.
            var failed = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(
                () => ExecuteAsync(connection, $"UPDATE t SET x = CASE WHEN id = {rows} THEN zeroblob(5) ELSE zeroblob(1200) END;"));
            Assert.Equal(raw.SQLITE_CONSTRAINT_CHECK, failed.SqliteExtendedErrorCode);
            await ExecuteAsync(connection, "UPDATE t SET x = zeroblob(1200) WHERE id = 2; INSERT INTO t VALUES (0, zeroblob(1200)), (-1, zeroblob(1200)); COMMIT;");

            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*), sum(x <> zeroblob(1200)) FROM t;";
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            Assert.Equal(rows + 2, reader.GetInt64(0));
            Assert.Equal(rows - 1, reader.GetInt64(1));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static async Task ExecuteAsync(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
