using System.Runtime.InteropServices;

namespace Samverkan.Analytics.Storage.Observations;

public sealed partial class SqlObservationStore
{
    /// <summary>
    /// The few functions of native SQLite that <see cref="SqliteRows"/> calls once per row, imported straight
    /// from the library SQLitePCLRaw's provider loads (<c>e_sqlite3</c>, found the same way: the app's folder
    /// under Native AOT, the deps.json native assets under the JIT) and called with the raw statement pointer.
    /// Through SQLitePCLRaw every call went through its provider interface and a SafeHandle AddRef/Release
    /// (5 % of the 15-million-row file's storage time, docs/benchmarks.md "Session 7"). Every argument is
    /// blittable (pointers as <see cref="nint"/>), so the stubs marshal nothing. The binds, which only set a
    /// value on the statement (uncontended mutex, no I/O), skip the GC transition; step and reset do not.
    /// </summary>
    private static class SqliteNative
    {
        private const string Library = "e_sqlite3";

        /// <summary>SQLITE_STATIC: SQLite reads the text where it is until it is bound again or the statement is finalized.</summary>
        public const nint Static = 0;

        /// <summary>SQLITE_TRANSIENT: SQLite copies the text before the bind returns.</summary>
        public const nint Transient = -1;

        [DllImport(Library, EntryPoint = "sqlite3_bind_text", ExactSpelling = true)]
        [SuppressGCTransition]
        public static extern int BindText(nint statement, int index, nint utf8, int bytes, nint destructor);

        [DllImport(Library, EntryPoint = "sqlite3_bind_double", ExactSpelling = true)]
        [SuppressGCTransition]
        public static extern int BindDouble(nint statement, int index, double value);

        [DllImport(Library, EntryPoint = "sqlite3_bind_int64", ExactSpelling = true)]
        [SuppressGCTransition]
        public static extern int BindInt64(nint statement, int index, long value);

        [DllImport(Library, EntryPoint = "sqlite3_bind_null", ExactSpelling = true)]
        [SuppressGCTransition]
        public static extern int BindNull(nint statement, int index);

        [DllImport(Library, EntryPoint = "sqlite3_step", ExactSpelling = true)]
        public static extern int Step(nint statement);

        [DllImport(Library, EntryPoint = "sqlite3_reset", ExactSpelling = true)]
        public static extern int Reset(nint statement);

        /// <summary>The connection a statement belongs to: <see cref="SqliteRows"/> checks that this library is the one that prepared it.</summary>
        [DllImport(Library, EntryPoint = "sqlite3_db_handle", ExactSpelling = true)]
        public static extern nint DbHandle(nint statement);

        [DllImport(Library, EntryPoint = "sqlite3_libversion_number", ExactSpelling = true)]
        public static extern int LibVersionNumber();
    }
}
