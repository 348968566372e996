using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Samverkan.Analytics.CrashRun;

/// <summary>
/// The database of one part of the run: SQLite (<c>samverkan.db</c> in the data directory) or a
/// fresh PostgreSQL database of its own. Reads only, with its own connections, between the kills.
/// </summary>
internal sealed class DataStore(string dataDirectory, string? postgres)
{
    /// <summary>The PostgreSQL connection string of this part's own database, or null for SQLite.</summary>
    public string? Postgres { get; } = postgres;

    /// <summary>"sqlite" or "postgresql".</summary>
    public string Backend => Postgres is null ? "sqlite" : "postgresql";

    /// <summary>The environment that points the Cli or the Host at this database.</summary>
    public Dictionary<string, string> Environment() => Postgres is null
        ? new(StringComparer.Ordinal) { ["Samverkan__Database__Provider"] = "Sqlite" }
        : new(StringComparer.Ordinal) { ["Samverkan__Database__Provider"] = "PostgreSql", ["Samverkan__Database__ConnectionString"] = Postgres };

    /// <summary>Whether the data tables exist yet (a kill may come before the first migration).</summary>
    public bool Exists()
    {
        if (Postgres is null && !File.Exists(Path.Combine(dataDirectory, "samverkan.db")))
        {
            return false;
        }

        using var connection = Open();
        var sql = Postgres is null
            ? "SELECT COUNT(*) FROM sqlite_master WHERE name = 'imports'"
            : "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'imports'";
        return Scalar(connection, sql) > 0;
    }

    /// <summary>
    /// Integrity (SQLite: <c>PRAGMA integrity_check</c> and <c>foreign_key_check</c>; PostgreSQL:
    /// <c>amcheck</c>'s <c>bt_index_check</c> of every B-tree index of the data and Hangfire), then
    /// no partial import and no partial compute run.
    /// </summary>
    public List<string> Problems()
    {
        var problems = new List<string>();
        if (Postgres is null && !File.Exists(Path.Combine(dataDirectory, "samverkan.db")))
        {
            return problems;
        }

        using var connection = Open();
        if (Postgres is null)
        {
            var integrity = Text(connection, "PRAGMA integrity_check");
            if (integrity != "ok")
            {
                problems.Add("PRAGMA integrity_check: " + integrity);
            }

            var foreignKeys = Text(connection, "PRAGMA foreign_key_check");
            if (!string.IsNullOrEmpty(foreignKeys))
            {
                problems.Add("PRAGMA foreign_key_check: " + foreignKeys);
            }
        }
        else
        {
            try
            {
                Execute(connection, "CREATE EXTENSION IF NOT EXISTS amcheck");
                Text(connection, """
                    SELECT c.relname, bt_index_check(c.oid, true) FROM pg_index i
                    JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
                    JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE a.amname = 'btree' AND n.nspname IN ('public', 'hangfire') AND c.relpersistence <> 't'
                    """);
            }
            catch (NpgsqlException e)
            {
                problems.Add("amcheck bt_index_check: " + e.Message);
            }
        }

        if (!Exists())
        {
            return problems;
        }

        foreach (var row in Rows(connection, """
            SELECT i.id, i.file_name, i.added + i.revised, i.unchanged,
                   (SELECT COUNT(*) FROM observations o WHERE o.import_id = i.id),
                   (SELECT COUNT(*) FROM import_unchanged u WHERE u.import_id = i.id)
            FROM imports i
            """))
        {
            if (Long(row[2]) != Long(row[4]) || Long(row[3]) != Long(row[5]))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture,
                    $"partial import {row[0]} ({row[1]}): recorded {row[2]} stored + {row[3]} unchanged, found {row[4]} + {row[5]}"));
            }
        }

        foreach (var row in Rows(connection, "SELECT r.id, r.row_count, (SELECT COUNT(*) FROM results x WHERE x.run_id = r.id) FROM compute_runs r"))
        {
            if (Long(row[1]) != Long(row[2]))
            {
                problems.Add($"partial compute run {row[0]}: recorded {row[1]} result rows, found {row[2]}");
            }
        }

        return problems;
    }

    /// <summary>How many imports that are not reverted hold the file with this SHA-256.</summary>
    public long ImportsOf(string sha256)
    {
        using var connection = Open();
        return Scalar(connection, $"SELECT COUNT(*) FROM imports WHERE reverted = 0 AND file_hash = '{sha256}'");
    }

    /// <summary>The newest import's id and the newest compute run's id and its newest import (0 when none).</summary>
    public (long Import, long Run, long RunImport) Latest()
    {
        using var connection = Open();
        var run = Rows(connection, "SELECT id, COALESCE(latest_import_id, 0) FROM compute_runs ORDER BY id DESC LIMIT 1").FirstOrDefault();
        return (Scalar(connection, "SELECT COALESCE(MAX(id), 0) FROM imports WHERE reverted = 0"), run is null ? 0 : Long(run[0]), run is null ? 0 : Long(run[1]));
    }

    /// <summary>How many digests of compute run <paramref name="run"/> were sent.</summary>
    public long SentFor(long run)
    {
        using var connection = Open();
        return Scalar(connection, string.Create(CultureInfo.InvariantCulture, $"SELECT COUNT(*) FROM digest_deliveries WHERE status = 'sent' AND run_id = {run}"));
    }

    /// <summary>The Message-IDs of the deliveries left <c>uncertain</c> (handed to SMTP by a killed run, not resent on their own).</summary>
    public List<string> UncertainMessageIds()
    {
        using var connection = Open();
        return Rows(connection, "SELECT message_id FROM digest_deliveries WHERE status = 'uncertain'").Select(r => (string)r[0]).ToList();
    }

    /// <summary>Delivery rows by status.</summary>
    public Dictionary<string, long> DeliveryStatuses()
    {
        using var connection = Open();
        return Rows(connection, "SELECT status, COUNT(*) FROM digest_deliveries GROUP BY status")
            .ToDictionary(r => (string)r[0], r => Long(r[1]), StringComparer.Ordinal);
    }

    private DbConnection Open()
    {
        DbConnection connection = Postgres is null
            ? new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(dataDirectory, "samverkan.db"), Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString())
            : new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Postgres) { Pooling = false }.ToString());
        connection.Open();
        if (Postgres is null)
        {
            Execute(connection, "PRAGMA busy_timeout = 10000");
        }

        return connection;
    }

    private static long Long(object value) => Convert.ToInt64(value, CultureInfo.InvariantCulture);

    private static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static List<object[]> Rows(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object[]>();
        while (reader.Read())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }

    private static string Text(DbConnection connection, string sql) =>
        string.Join("; ", Rows(connection, sql).Select(r => string.Join('|', r.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)))));
}
