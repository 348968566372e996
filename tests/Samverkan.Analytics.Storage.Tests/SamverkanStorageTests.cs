using Microsoft.Extensions.Time.Testing;
using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Storage.Connections;

namespace Samverkan.Analytics.Storage.Tests;

public sealed class SamverkanStorageTests
{
    [Fact]
    public async Task OpenSqlite_UsesTheDataDirectorysDatabaseFile_WhenMigrated()
    {
        var root = Path.Combine(Path.GetTempPath(), "samverkan-storage-" + Guid.NewGuid().ToString("N"), "data");
        try
        {
            var directory = new DataDirectory(root);
            await using (var storage = SamverkanStorage.OpenSqlite(directory, new FakeTimeProvider()))
            {
                Assert.Equal(SqlProvider.Sqlite, storage.Provider);
                await storage.Migrator.MigrateAsync(CancellationToken.None);
            }

            Assert.True(File.Exists(directory.DatabaseFile));
            Assert.False(File.Exists(directory.HangfireDatabaseFile));
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(root)!, recursive: true);
        }
    }

    [Theory]
    [InlineData(null, SqlProvider.Sqlite)]
    [InlineData("", SqlProvider.Sqlite)]
    [InlineData("sqlite", SqlProvider.Sqlite)]
    [InlineData(" PostgreSql ", SqlProvider.PostgreSql)]
    [InlineData("POSTGRESQL", SqlProvider.PostgreSql)]
    public void ParseProvider_ReadsTheSetting_WhenItNamesAProvider(string? setting, SqlProvider expected) =>
        Assert.Equal(expected, SamverkanStorage.ParseProvider(setting));

    [Theory]
    [InlineData("Postgres")]
    [InlineData("1")]
    [InlineData("-1")]
    [InlineData("SqlServer")]
    public void ParseProvider_Throws_WhenTheSettingIsNoProvider(string setting)
    {
        var error = Assert.Throws<ArgumentException>(() => SamverkanStorage.ParseProvider(setting));

        Assert.Contains("Sqlite or PostgreSql", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_Throws_WhenPostgreSqlHasNoConnectionString() =>
        Assert.Throws<ArgumentException>(() => SamverkanStorage.Open("PostgreSql", " ", new DataDirectory("/tmp/x"), TimeProvider.System));

    [Fact]
    public void Open_Throws_WhenSqliteGetsAConnectionString() =>
        Assert.Throws<ArgumentException>(() => SamverkanStorage.Open("Sqlite", "Data Source=other.db", new DataDirectory("/tmp/x"), TimeProvider.System));
}
