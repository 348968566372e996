using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Samverkan.Analytics.Storage.Observations;

public sealed partial class SqlObservationStore
{
    /// <summary>
    /// A prepared <c>INSERT</c> of <see cref="SqliteRows"/>, bound by position through <see cref="SqliteNative"/>, that
    /// binds a parameter only when its value differs from the one it holds: SQLite keeps a statement's bindings
    /// across <c>sqlite3_reset</c>, so the import's id, the dataset, the status and the columns
    /// that stay NULL are bound once per import, not once per row. What each parameter holds is tracked here
    /// exactly: a parameter whose bind fails counts as unknown and is bound again next time. Text is bound as
    /// UTF-8 (<see cref="Utf8Words"/>), so SQLite stores it as it is instead of translating UTF-16 on every bind.
    /// </summary>
    private sealed class SqliteStatement : IDisposable
    {
        private readonly sqlite3 _db;
        private readonly sqlite3_stmt _statement;
        private readonly nint _handle;
        private readonly Utf8Words _words;

        /// <summary>Per parameter (index − 1): the text it holds (see <see cref="_held"/>).</summary>
        private readonly string?[] _texts;

        /// <summary>Per parameter: the number it holds, as the bits of the bound double or the bound integer.</summary>
        private readonly long[] _numbers;

        /// <summary>Per parameter: what <see cref="_texts"/> or <see cref="_numbers"/> says it holds.</summary>
        private readonly Held[] _held;

        private bool _referenced;

        public SqliteStatement(sqlite3 db, string sql, int parameters, Utf8Words words)
        {
            _db = db;
            _words = words;
            var rc = raw.sqlite3_prepare_v2(db, sql, out _statement);
            SqliteException.ThrowExceptionForRC(rc, db);
            _statement.DangerousAddRef(ref _referenced);
            _handle = _statement.DangerousGetHandle();
            if (SqliteNative.DbHandle(_handle) != db.DangerousGetHandle())
            {
                Dispose();
                throw new InvalidOperationException(
                    "The native SQLite library imported by SqlObservationStore is not the one SQLitePCLRaw loaded: both must resolve e_sqlite3 to the same file.");
            }

            _texts = new string?[parameters];
            _numbers = new long[parameters];
            _held = new Held[parameters];
        }

        /// <summary>Binds text parameter <paramref name="index"/> (1-based) to <paramref name="value"/>, or NULL.</summary>
        public void Text(int index, string? value)
        {
            var i = index - 1;
            var held = _held[i];
            if ((held == Held.Null && value is null) || (held == Held.Text && string.Equals(_texts[i], value, StringComparison.Ordinal)))
            {
                return;
            }

            _held[i] = Held.Unknown;
            if (value is null)
            {
                Check(SqliteNative.BindNull(_handle, index));
                _held[i] = Held.Null;
                return;
            }

            var (utf8, bytes, destructor) = _words.Of(value);
            Check(SqliteNative.BindText(_handle, index, utf8, bytes, destructor));
            _texts[i] = value;
            _held[i] = Held.Text;
        }

        /// <summary>Binds real parameter <paramref name="index"/> to <paramref name="value"/> (not NaN; −0 as 0), or NULL.</summary>
        public void Real(int index, double? value)
        {
            if (value is not { } d)
            {
                Null(index);
                return;
            }

            d = d == 0 ? 0.0 : d;
            var bits = BitConverter.DoubleToInt64Bits(d);
            var i = index - 1;
            if (_held[i] == Held.Number && _numbers[i] == bits)
            {
                return;
            }

            _held[i] = Held.Unknown;
            Check(SqliteNative.BindDouble(_handle, index, d));
            _numbers[i] = bits;
            _held[i] = Held.Number;
        }

        /// <summary>Binds integer parameter <paramref name="index"/> to <paramref name="value"/>, or NULL.</summary>
        public void Whole(int index, long? value)
        {
            if (value is not { } v)
            {
                Null(index);
                return;
            }

            var i = index - 1;
            if (_held[i] == Held.Number && _numbers[i] == v)
            {
                return;
            }

            _held[i] = Held.Unknown;
            Check(SqliteNative.BindInt64(_handle, index, v));
            _numbers[i] = v;
            _held[i] = Held.Number;
        }

        /// <summary>Runs the statement once with what it holds and resets it (keeping the bindings).</summary>
        public void Run()
        {
            var rc = SqliteNative.Step(_handle);
            SqliteNative.Reset(_handle);
            if (rc != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(rc, _db);
            }
        }

        public void Dispose()
        {
            if (_referenced)
            {
                _referenced = false;
                _statement.DangerousRelease();
            }

            _statement.Dispose();
        }

        private void Null(int index)
        {
            var i = index - 1;
            if (_held[i] == Held.Null)
            {
                return;
            }

            _held[i] = Held.Unknown;
            Check(SqliteNative.BindNull(_handle, index));
            _held[i] = Held.Null;
        }

        private void Check(int rc) => SqliteException.ThrowExceptionForRC(rc, _db);

        /// <summary>What a parameter holds: not known (never bound, or its last bind failed), NULL, text, a number.</summary>
        private enum Held : byte
        {
            Unknown,
            Null,
            Text,
            Number,
        }
    }

    /// <summary>
    /// The UTF-8 bytes of the words an import binds (datasets, areas, periods, subjects, sources, breakdowns,
    /// statuses: a few hundred distinct words for 278 400 rows), each encoded once into an
    /// array that never moves (the pinned object heap) and bound without a copy (SQLITE_STATIC): they live as
    /// long as the import's <see cref="SqliteRows"/>, whose statements are finalized before they are dropped.
    /// Past <see cref="MaxWords"/> distinct words (a file of unique texts) a word is encoded into a scratch
    /// array and copied by SQLite (SQLITE_TRANSIENT), so memory stays bounded.
    /// </summary>
    private sealed class Utf8Words
    {
        private const int MaxWords = 4096;

        private readonly Dictionary<string, (byte[] Bytes, nint Address, int Length)> _words = new(StringComparer.Ordinal);
        private byte[] _scratch = Pinned(256);

        /// <summary>The address and length of <paramref name="word"/>'s UTF-8 bytes, and how SQLite is to keep them.</summary>
        public (nint Utf8, int Bytes, nint Destructor) Of(string word)
        {
            if (_words.TryGetValue(word, out var known))
            {
                return (known.Address, known.Length, SqliteNative.Static);
            }

            var length = Encoding.UTF8.GetByteCount(word);
            if (_words.Count < MaxWords)
            {
                var bytes = Pinned(length + 1);
                Encoding.UTF8.GetBytes(word, bytes);
                var address = Marshal.UnsafeAddrOfPinnedArrayElement(bytes, 0);
                _words[word] = (bytes, address, length);
                return (address, length, SqliteNative.Static);
            }

            if (_scratch.Length <= length)
            {
                _scratch = Pinned(Math.Max(length + 1, _scratch.Length * 2));
            }

            Encoding.UTF8.GetBytes(word, _scratch);
            return (Marshal.UnsafeAddrOfPinnedArrayElement(_scratch, 0), length, SqliteNative.Transient);
        }

        private static byte[] Pinned(int length) => GC.AllocateUninitializedArray<byte>(length, pinned: true);
    }
}
