using Microsoft.Data.Sqlite;
using Samverkan.Analytics.Cli.Commands;
using Samverkan.Analytics.Core.Configuration;

namespace Samverkan.Analytics.Host.Tests.Service;

/// <summary>The Cli's one-line errors for storage faults name the place and what to do (issue #10 §2; scripts/faults.sh runs them for real).</summary>
public sealed class StorageFaultsTests
{
    private static readonly DataDirectory Data = new("/srv/samverkan");

    [Theory]
    [InlineData(14, "skrivskydd")]
    [InlineData(8, "skrivskydd")]
    [InlineData(13, "är full")]
    [InlineData(10, "är full")] // what SQLite says when a file-size limit (ulimit -f) stops a write
    [InlineData(5, "låst")]
    [InlineData(261, "låst")] // SQLITE_BUSY_RECOVERY: the primary code decides
    public void Hint_NamesTheDataDirectoryAndWhatToDo_WhenSqliteFails(int code, string what)
    {
        var hint = StorageFaults.Hint(new SqliteException("SQLite Error", code), Data);

        Assert.Contains(what, hint, StringComparison.Ordinal);
        Assert.Contains("/srv/samverkan", hint, StringComparison.Ordinal);
        Assert.Contains("kör igen", hint, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Hint_SaysRunAgain_WhenPostgreSqlRestartedMidJob()
    {
        var hint = StorageFaults.Hint(new Npgsql.PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01"), Data);

        Assert.Contains("Anslutningen till PostgreSQL bröts", hint, StringComparison.Ordinal);
        Assert.Contains("kör igen", hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Hint_AddsNothing_WhenTheErrorIsNotAStorageFault()
    {
        Assert.Equal(string.Empty, StorageFaults.Hint(new SqliteException("constraint", 19), Data));
        Assert.Equal(string.Empty, StorageFaults.Hint(new InvalidOperationException("x"), Data));
    }
}
