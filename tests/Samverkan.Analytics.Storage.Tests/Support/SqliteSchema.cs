using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Samverkan.Analytics.Storage.Tests.Support;

/// <summary>
/// What an SQLite file's schema is, as text to compare: every <c>sqlite_master</c> row (type, name, table,
/// sql; not the root page), and per table <c>PRAGMA table_xinfo</c>, <c>index_list</c>, <c>foreign_key_list</c>,
/// per index <c>PRAGMA index_xinfo</c>, plus <c>user_version</c>, <c>sqlite_sequence</c> and the
/// <c>schema_version</c> rows (without their time).
/// </summary>
internal static class SqliteSchema
{
    public static async Task<string> DescribeAsync(string databaseFile)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databaseFile,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        await connection.OpenAsync();
        var text = new StringBuilder();
        var objects = await RowsAsync(connection, "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name;");
        text.AppendLine("## sqlite_master");
        objects.ForEach(row => text.AppendLine(string.Join(" | ", row)));
        foreach (var row in objects)
        {
            var (type, name) = (row[0], row[1]);
            var pragmas = type == "table" ? new[] { "table_xinfo", "index_list", "foreign_key_list" } : type == "index" ? ["index_xinfo"] : [];
            foreach (var pragma in pragmas)
            {
                text.Append("## ").Append(pragma).Append(' ').AppendLine(name);
                foreach (var values in await RowsAsync(connection, $"SELECT * FROM pragma_{pragma}('{name}');"))
                {
                    text.AppendLine(string.Join(" | ", values));
                }
            }
        }

        foreach (var sql in new[]
                 {
                     "PRAGMA user_version;", "SELECT name, seq FROM sqlite_sequence ORDER BY name;",
                     "SELECT version, name FROM schema_version ORDER BY version;",
                 })
        {
            text.Append("## ").AppendLine(sql);
            foreach (var values in await RowsAsync(connection, sql))
            {
                text.AppendLine(string.Join(" | ", values));
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The snapshot script of the schema in <paramref name="databaseFile"/> (<c>Migrations/Snapshot/schema.sqlite.sql</c>):
    /// the <c>sql</c> of its tables and indexes in the order they were made (<c>sqlite_master</c>'s rowid: SQLite
    /// keeps a table's indexes in that order, which <c>PRAGMA index_list</c> shows and the query planner
    /// breaks ties by), without SQLite's own objects, then the rows of <c>sqlite_sequence</c>.
    /// </summary>
    public static async Task<string> RenderSnapshotAsync(string databaseFile, IReadOnlyList<int> versions)
    {
        await using var connection = new SqliteConnection($"Data Source={databaseFile};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var statements = await RowsAsync(
            connection,
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite^_%' ESCAPE '^' ORDER BY rowid;");
        var text = new StringBuilder()
            .Append("-- The schema that migrations ").Append(versions[0].ToString("0000", CultureInfo.InvariantCulture))
            .Append('-').Append(versions[^1].ToString("0000", CultureInfo.InvariantCulture))
            .Append(" leave in a new SQLite database: the sql of sqlite_master after replaying them\n")
            .Append("-- (in the order they were made). SchemaMigrator creates a new database from it and records the\n")
            .Append("-- versions below as applied. Generated: do not edit; SchemaSnapshotTests renders it (docs/storage.md).\n")
            .Append("-- versions: ").AppendJoin(' ', versions).Append('\n');
        foreach (var statement in statements)
        {
            text.Append('\n').Append(statement[0]).Append(";\n");
        }

        // The replay's INSERT … SELECT of its table rebuilds leaves a row here even for no rows copied.
        foreach (var (name, seq) in (await RowsAsync(connection, "SELECT name, seq FROM sqlite_sequence ORDER BY rowid;")).Select(r => (r[0], r[1])))
        {
            text.Append("\nINSERT INTO sqlite_sequence (name, seq) VALUES ('").Append(name.Replace("'", "''", StringComparison.Ordinal)).Append("', ").Append(seq).Append(");");
        }

        text.Append('\n');

        return text.ToString();
    }

    private static async Task<List<string[]>> RowsAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? "";
            }

            rows.Add(row);
        }

        return rows;
    }
}
