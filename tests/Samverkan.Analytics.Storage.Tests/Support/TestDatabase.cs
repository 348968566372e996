using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Samverkan.Analytics.Core.Configuration;
using Samverkan.Analytics.Storage.Connections;

namespace Samverkan.Analytics.Storage.Tests.Support;

/// <summary>
/// A fresh, empty database for one test: an SQLite file in a temp directory (deleted after), or a
/// PostgreSQL schema of its own (dropped after). Holds a bundle, a fake clock and raw-SQL helpers.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new DateTimeOffset(2026, 3, 14, 9, 26, 53, TimeSpan.Zero).AddTicks(5897);

    private readonly string? _directory;
    private readonly string? _schema;
    private readonly string? _connectionString;
    private readonly List<StorageBundle> _others = [];

    private TestDatabase(StorageBundle bundle, FakeTimeProvider time, string? directory, string? schema, string? connectionString)
    {
        Bundle = bundle;
        Time = time;
        _directory = directory;
        _schema = schema;
        _connectionString = connectionString;
    }

    public StorageBundle Bundle { get; }

    public FakeTimeProvider Time { get; }

    public string? Directory => _directory;

    /// <summary>A new database, not migrated.</summary>
    public static TestDatabase Create(SqlProvider provider)
    {
        var time = new FakeTimeProvider(Start);
        if (provider == SqlProvider.Sqlite)
        {
            var directory = System.IO.Directory.CreateTempSubdirectory("samverkan-storage-").FullName;
            return new TestDatabase(SamverkanStorage.OpenSqlite(new DataDirectory(directory), time), time, directory, null, null);
        }

        var connectionString = PostgreSqlDataAttribute.ConnectionString
            ?? throw new InvalidOperationException($"{PostgreSqlDataAttribute.EnvironmentVariable} is not set.");
        var schema = "t_" + Guid.NewGuid().ToString("N");
        using (var admin = new NpgsqlConnection(connectionString))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE SCHEMA {schema};", admin);
            create.ExecuteNonQuery();
        }

        var scoped = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema }.ConnectionString;
        return new TestDatabase(SamverkanStorage.OpenPostgreSql(scoped, time), time, null, schema, scoped);
    }

    /// <summary>Another bundle with its own connection pool on the same database, as a second host would have.</summary>
    public StorageBundle OpenAnother()
    {
        var other = _directory is not null
            ? SamverkanStorage.OpenSqlite(new DataDirectory(_directory), Time)
            : SamverkanStorage.OpenPostgreSql(_connectionString!, Time);
        _others.Add(other);
        return other;
    }

    /// <summary>A new database, migrated.</summary>
    public static async Task<TestDatabase> CreateMigratedAsync(SqlProvider provider)
    {
        var database = Create(provider);
        await database.Bundle.Migrator.MigrateAsync(CancellationToken.None);
        return database;
    }

    public async Task<long> CountAsync(string table, string where = "1 = 1") =>
        Convert.ToInt64(await ScalarAsync($"SELECT COUNT(*) FROM {table} WHERE {where};"), CultureInfo.InvariantCulture);

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = await Bundle.Connections.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await Bundle.Connections.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Every row of <paramref name="sql"/> as text, doubles as their bits, for exact comparisons.</summary>
    public async Task<List<string>> RowsAsync(string sql)
    {
        await using var connection = await Bundle.Connections.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            var row = new StringBuilder();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row.Append(i == 0 ? "" : " | ").Append(Text(reader, i));
            }

            rows.Add(row.ToString());
        }

        return rows;
    }

    /// <summary>The whole content of every table Storage owns, ordered.</summary>
    public async Task<string> DumpAsync()
    {
        var dump = new StringBuilder();
        foreach (var (table, order) in new[]
                 {
                     ("schema_version", "version"), ("imports", "id"), ("observations", "id"), ("import_unchanged", "import_id, observation_id"),
                     ("compute_runs", "id"), ("results", "run_id, ordinal"),
                 })
        {
            dump.Append("## ").AppendLine(table);
            foreach (var row in await RowsAsync($"SELECT * FROM {table} ORDER BY {order};"))
            {
                dump.AppendLine(row);
            }
        }

        return dump.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var other in _others)
        {
            await other.DisposeAsync();
        }

        await Bundle.DisposeAsync();
        if (_directory is not null)
        {
            System.IO.Directory.Delete(_directory, recursive: true);
        }

        if (_schema is not null)
        {
            await using var admin = new NpgsqlConnection(PostgreSqlDataAttribute.ConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA {_schema} CASCADE;", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static string Text(DbDataReader reader, int i) => reader.IsDBNull(i)
        ? "NULL"
        : reader.GetValue(i) switch
        {
            double d => "0x" + BitConverter.DoubleToInt64Bits(d).ToString("X16", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var v => v.ToString() ?? "",
        };
}
