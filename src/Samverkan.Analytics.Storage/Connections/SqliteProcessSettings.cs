using SQLitePCL;

namespace Samverkan.Analytics.Storage.Connections;

/// <summary>
/// Settings of native SQLite for the whole process (<c>sqlite3_config</c>), applied once, before the first
/// <see cref="SqliteConnectionFactory"/> opens a connection. SQLite accepts them only before it initialises
/// (its first connection in the process); when another library got there first, SQLite refuses them with
/// SQLITE_MISUSE and keeps its defaults: the same results, only slower (the Host creates our storage
/// before Hangfire's SQLite storage for this reason: Host/Jobs/HangfireExtensions.cs). Neither touches durability or what a statement does (docs/storage.md, "Native
/// SQLite settings"; docs/benchmarks.md "Session 8: SQLite's statement journal (s8-sqlite)").
/// </summary>
internal static class SqliteProcessSettings
{
    /// <summary>
    /// The bytes of a statement journal SQLite keeps in memory before it moves it to a temporary file
    /// (SQLite's default is 64 KiB). An <c>INSERT</c> of several rows inside a transaction keeps the pages
    /// it changes that existed before it (about 8 of 4 KiB each for 16 observations); past 64 KiB once,
    /// the journal became a file for the rest of the transaction, and every later statement wrote its
    /// pages there: 282 710 <c>pwrite</c>s for the 278 400 counts of the 15-million-row file. SQLite
    /// allocates an in-memory journal in chunks of this size, one per statement: below glibc's 128 KiB
    /// mmap threshold a chunk comes from the heap (above it, every statement would map and unmap one).
    /// </summary>
    internal const int StatementJournalInMemoryBytes = 120 * 1024;

    /// <summary>SQLITE_CONFIG_MEMSTATUS (sqlite3.h).</summary>
    private const int ConfigMemoryStatistics = 9;

    /// <summary>SQLITE_CONFIG_STMTJRNL_SPILL (sqlite3.h).</summary>
    private const int ConfigStatementJournalSpill = 26;

    private static readonly Lazy<(int StatementJournal, int MemoryStatistics)> Outcome = new(Apply);

    /// <summary>True when SQLite took both settings; false when it had initialised before (SQLITE_MISUSE).</summary>
    public static bool Applied => Outcome.Value is (raw.SQLITE_OK, raw.SQLITE_OK);

    /// <summary>Applies the settings once per process; the result codes of the two <c>sqlite3_config</c> calls.</summary>
    /// <exception cref="InvalidOperationException">SQLite answered with neither SQLITE_OK nor SQLITE_MISUSE.</exception>
    public static (int StatementJournal, int MemoryStatistics) EnsureApplied() => Outcome.Value;

    private static (int StatementJournal, int MemoryStatistics) Apply()
    {
        // What Microsoft.Data.Sqlite does on its first use: registers the bundled e_sqlite3 as the provider
        // (idempotent); it neither opens nor initialises SQLite.
        Batteries_V2.Init();

        // Statement journals up to the bound stay in memory: no temporary file, no pwrite per page.
        var statementJournal = raw.sqlite3_config(ConfigStatementJournalSpill, StatementJournalInMemoryBytes);

        // No memory statistics: every malloc and free inside SQLite took a process-wide mutex to count
        // bytes nobody reads (sqlite3_memory_used, the soft heap limit: unused here).
        var memoryStatistics = raw.sqlite3_config(ConfigMemoryStatistics, 0);
        foreach (var rc in (int[])[statementJournal, memoryStatistics])
        {
            if (rc is not (raw.SQLITE_OK or raw.SQLITE_MISUSE))
            {
                throw new InvalidOperationException($"Native SQLite refused a process setting (sqlite3_config returned {rc}).");
            }
        }

        return (statementJournal, memoryStatistics);
    }
}
