using Npgsql;

namespace Samverkan.Analytics.Host.Tests.Service.Support;

/// <summary>
/// A fresh PostgreSQL database for one test, created on the server <c>SAMVERKAN_TEST_POSTGRES</c>
/// names and dropped afterwards (with its connections), plus raw-SQL helpers for the assertions.
/// </summary>
internal sealed class PostgresTestDatabase : IAsyncDisposable
{
    public const string EnvironmentVariable = "SAMVERKAN_TEST_POSTGRES";

    private readonly string _name;
    private bool _dropped;

    private PostgresTestDatabase(string name, string connectionString)
    {
        _name = name;
        ConnectionString = connectionString;
    }

    public static string? ServerConnectionString => Environment.GetEnvironmentVariable(EnvironmentVariable);

    /// <summary>The new database's connection string.</summary>
    public string ConnectionString { get; }

    public static async Task<PostgresTestDatabase> CreateAsync()
    {
        var server = ServerConnectionString ?? throw new InvalidOperationException(EnvironmentVariable + " is not set.");
        var name = "svk_" + Guid.NewGuid().ToString("N");
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString;
        return new PostgresTestDatabase(name, connectionString);
    }

    /// <summary>Runs a query and returns every row's columns (DBNull as null).</summary>
    public async Task<List<object?[]>> QueryAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>One value, or null when there is no row.</summary>
    public async Task<object?> ScalarAsync(string sql) => (await QueryAsync(sql)).FirstOrDefault()?[0];

    /// <summary>True when the table exists (the schema may not be installed yet).</summary>
    public async Task<bool> TableExistsAsync(string qualifiedName) =>
        await ScalarAsync($"SELECT to_regclass('{qualifiedName}') IS NOT NULL") is true;

    /// <summary>Drops the database now, closing every connection to it.</summary>
    public async Task DropAsync()
    {
        if (_dropped)
        {
            return;
        }

        _dropped = true;
        await using var admin = new NpgsqlConnection(ServerConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync() => await DropAsync();
}
