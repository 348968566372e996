using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace Samverkan.Analytics.CrashRun;

/// <summary>What must hold in a data directory after any kill, and after a clean rerun.</summary>
internal static class DataChecks
{
    /// <summary>Problems that must never be seen, even right after a kill.</summary>
    public static List<string> AfterAnyKill(string data, bool siteWasPublished)
    {
        var problems = new List<string>();
        var db = Path.Combine(data, "samverkan.db");
        if (File.Exists(db))
        {
            problems.AddRange(Database(db));
        }

        var site = Path.Combine(data, "site");
        if (Directory.Exists(site))
        {
            foreach (var required in new[] { ".samverkan-site", "index.html", "results.csv", "results.json" })
            {
                if (!File.Exists(Path.Combine(site, required)))
                {
                    problems.Add($"site/ is there without {required}: a half-written site is visible");
                }
            }
        }
        else if (siteWasPublished)
        {
            problems.Add("site/ is gone although a site had been published");
        }

        var reports = Path.Combine(data, "reports");
        if (Directory.Exists(reports))
        {
            foreach (var file in Directory.EnumerateFiles(reports).Where(f => !Path.GetFileName(f).StartsWith('.')))
            {
                if (!Path.GetExtension(file).Equals(".pdf", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"reports/ holds {Path.GetFileName(file)}, which is not a finished PDF");
                }
                else if (PdfInfo(file) is { } error)
                {
                    problems.Add($"reports/{Path.GetFileName(file)} does not open: {error}");
                }
            }
        }

        return problems;
    }

    /// <summary>Temporary files and staging folders that a clean run must have cleared away.</summary>
    public static List<string> Leftovers(string data) =>
        Directory.EnumerateFileSystemEntries(data, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(data, p))
            .Where(p => p.StartsWith(".site.", StringComparison.Ordinal)
                ? !p.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal)
                : p.EndsWith(".tmp", StringComparison.Ordinal))
            .Select(p => "left over after a clean run: " + p)
            .ToList();

    /// <summary>Each input file is imported exactly once (by its SHA-256).</summary>
    public static List<string> EveryFileOnce(string data, IEnumerable<string> files)
    {
        var problems = new List<string>();
        using var connection = Open(Path.Combine(data, "samverkan.db"));
        foreach (var file in files)
        {
            var hash = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file))).ToLowerInvariant();
            var count = Scalar(connection, $"SELECT COUNT(*) FROM imports WHERE reverted = 0 AND file_hash = '{hash}'");
            if (count != 1)
            {
                problems.Add($"{Path.GetFileName(file)} is imported {count} times (expected once)");
            }
        }

        return problems;
    }

    /// <summary>Delivery rows by status (claimed rows left by a kill expire and are sent by the next run).</summary>
    public static Dictionary<string, long> DeliveryStatuses(string data)
    {
        using var connection = Open(Path.Combine(data, "samverkan.db"));
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT status, COUNT(*) FROM digest_deliveries GROUP BY status";
        using var reader = command.ExecuteReader();
        var statuses = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read())
        {
            statuses[reader.GetString(0)] = reader.GetInt64(1);
        }

        return statuses;
    }

    private static IEnumerable<string> Database(string db)
    {
        using var connection = Open(db);
        var integrity = Text(connection, "PRAGMA integrity_check");
        if (integrity != "ok")
        {
            yield return "PRAGMA integrity_check: " + integrity;
        }

        var foreignKeys = Text(connection, "PRAGMA foreign_key_check");
        if (!string.IsNullOrEmpty(foreignKeys))
        {
            yield return "PRAGMA foreign_key_check: " + foreignKeys;
        }

        if (Scalar(connection, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'imports'") == 0)
        {
            yield break;
        }

        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT i.id, i.file_name, i.added + i.revised, i.unchanged,
                   (SELECT COUNT(*) FROM observations o WHERE o.import_id = i.id),
                   (SELECT COUNT(*) FROM import_unchanged u WHERE u.import_id = i.id)
            FROM imports i
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (reader.GetInt64(2) != reader.GetInt64(4) || reader.GetInt64(3) != reader.GetInt64(5))
            {
                yield return string.Create(CultureInfo.InvariantCulture,
                    $"partial import {reader.GetInt64(0)} ({reader.GetString(1)}): recorded {reader.GetInt64(2)} stored + {reader.GetInt64(3)} unchanged, found {reader.GetInt64(4)} + {reader.GetInt64(5)}");
            }
        }
    }

    private static SqliteConnection Open(string db)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
        connection.Open();
        using var timeout = connection.CreateCommand();
        timeout.CommandText = "PRAGMA busy_timeout = 10000";
        timeout.ExecuteNonQuery();
        return connection;
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static string Text(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        }

        return string.Join("; ", lines);
    }

    private static string? PdfInfo(string file)
    {
        var start = new ProcessStartInfo("pdfinfo") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(file);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? null : error.Trim();
    }
}
