using System.Globalization;
using Samverkan.Analytics.Storage.Connections;
using Xunit.Abstractions;

namespace Samverkan.Analytics.Storage.Tests.Connections;

public sealed class SqliteConnectionFactoryTests(ITestOutputHelper output)
{
    [Fact]
    public async Task GetSqliteVersionAsync_ReportsTheNativeLibrary_WhenItLoads()
    {
        var directory = Directory.CreateTempSubdirectory("samverkan-storage-");
        try
        {
            await using var factory = new SqliteConnectionFactory(Path.Combine(directory.FullName, "v.db"));

            var version = await factory.GetSqliteVersionAsync(CancellationToken.None);

            output.WriteLine($"native SQLite {version}");
            Assert.True(version >= new Version(3, 53, 4), $"Expected the pinned native SQLite 3.53.4 or newer, got {version}.");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task OpenAsync_SetsWalBusyTimeoutAndForeignKeys_OnEveryConnection()
    {
        var directory = Directory.CreateTempSubdirectory("samverkan-storage-");
        try
        {
            await using var factory = new SqliteConnectionFactory(Path.Combine(directory.FullName, "p.db"));
            for (var i = 0; i < 2; i++)
            {
                await using var connection = await factory.OpenAsync(CancellationToken.None);
                Assert.Equal("wal", await PragmaAsync(connection, "journal_mode"));
                Assert.Equal("5000", await PragmaAsync(connection, "busy_timeout"));
                Assert.Equal("1", await PragmaAsync(connection, "foreign_keys"));
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static async Task<string?> PragmaAsync(System.Data.Common.DbConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
