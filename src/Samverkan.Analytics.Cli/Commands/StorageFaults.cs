using Microsoft.Data.Sqlite;
using Samverkan.Analytics.Core.Configuration;

namespace Samverkan.Analytics.Cli.Commands;

/// <summary>
/// What to do about the storage faults people meet (issue #10 §2): a read-only data directory, a full
/// disk, a database another program keeps locked. SQLite's own words ("unable to open database
/// file", "database is locked") say neither where nor what to do.
/// </summary>
internal static class StorageFaults
{
    private const int Enospc = 28;
    private const int ErrorDiskFull = 112;
    private const int Erofs = 30;

    /// <summary>A sentence to add after the error, or an empty string when there is nothing to add.</summary>
    public static string Hint(Exception error, DataDirectory data)
    {
        var primary = error is SqliteException sqlite ? sqlite.SqliteErrorCode & 0xFF : -1;
        return primary switch
        {
            8 or 14 => $" The data directory {data.Root} (or {Path.GetFileName(data.DatabaseFile)} in it) cannot be written: it is read-only, on a read-only file system, or owned by another user. "
                + "Make it writable for this user, or give another one with --data-dir, and run again; nothing was changed.",
            13 => $" The disk holding {data.Root} is full (or a file-size limit was reached). The step was rolled back; free space and run again.",
            10 => $" Writing {data.DatabaseFile} failed: the disk is full, a file-size limit was reached, or the disk is failing. The step was rolled back; free space (or check the disk) and run again.",
            5 or 6 => $" Another program has held a write lock on {data.DatabaseFile} for longer than this command waits. Run again when it has finished "
                + "(a running Host imports and computes on its own; use its API or stop it first); nothing was changed.",
            _ when error is Npgsql.PostgresException { SqlState: "57P01" or "57P02" or "57P03" } || error is Npgsql.NpgsqlException { IsTransient: true } =>
                " The connection to PostgreSQL was lost (the server restarted or is not reachable). The step's transaction was rolled back, so nothing half-done was kept; run again when the server is up.",
            _ when error is IOException io && (io.HResult & 0xFFFF) is Erofs => $" {data.Root} is on a read-only file system. Give a writable data directory with --data-dir and run again.",
            _ when error is IOException io && (io.HResult & 0xFFFF) is Enospc or ErrorDiskFull => $" The disk holding {data.Root} is full. Free space and run again; files are written under temporary names, so nothing half-written was kept.",
            _ => string.Empty,
        };
    }
}
