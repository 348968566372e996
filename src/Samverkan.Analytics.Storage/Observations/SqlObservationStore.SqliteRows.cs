using System.Data.Common;
using Microsoft.Data.Sqlite;
using Samverkan.Analytics.Core.Indicators;
using Samverkan.Analytics.Core.Observations;
using Samverkan.Analytics.Storage.Mapping;
using SQLitePCL;

namespace Samverkan.Analytics.Storage.Observations;

public sealed partial class SqlObservationStore
{
    /// <summary>
    /// The rows of an import into SQLite: the two <c>INSERT</c>s are prepared once per import and bound by
    /// position straight through SQLitePCLRaw, text as UTF-16 spans and numbers unboxed, so a row costs no
    /// allocation and no parameter lookup by name (Microsoft.Data.Sqlite binds every parameter by name on
    /// every execution, and converts every string to a new UTF-8 array: about half of the storage time of
    /// the 278 400 counts of Sweden's municipalities, docs/benchmarks.md "Session 5"). The statements run
    /// on the connection's handle, inside the import's transaction. PostgreSQL keeps its binary COPY
    /// (<see cref="BatchInserter{T}"/>). The values follow <see cref="BatchInserter{T}"/>'s rules: NaN is
    /// refused, −0 is stored as 0, null as NULL.
    /// </summary>
    private sealed class SqliteRows : IDisposable
    {
        /// <summary>The columns of <see cref="ObservationColumns.Insert"/>, in the order the insert of observations binds them.</summary>
        private static readonly string[] InsertColumns =
        [
            "dataset", "area_id", "period", "subject", "source", "breakdown",
            "value", "positive", "respondents", "share", "weighted_total", "effective_n", "ci_low", "ci_high", "n",
            "status", "import_id", "first_row", "last_row", "is_current", "replaces_id",
        ];

        private readonly sqlite3 _db;
        private readonly sqlite3_stmt _insert;
        private readonly sqlite3_stmt _unchanged;

        private SqliteRows(sqlite3 db)
        {
            if (!ObservationColumns.Insert.Select(c => c.Name).SequenceEqual(InsertColumns, StringComparer.Ordinal))
            {
                throw new InvalidOperationException("ObservationColumns.Insert changed: change SqliteRows.Insert to bind the same columns.");
            }

            _db = db;
            _insert = Prepare(db, Sql("observations", InsertColumns));
            _unchanged = Prepare(db, Sql("import_unchanged", ObservationColumns.Unchanged.Select(c => c.Name).ToArray()));
        }

        /// <summary>The writer of a SQLite connection, or null for another database.</summary>
        public static SqliteRows? For(DbConnection connection) =>
            connection is SqliteConnection { Handle: { } db } ? new SqliteRows(db) : null;

        /// <summary>The index in its list of the row the last <c>Insert</c> of observations wrote or failed on.</summary>
        public int Row { get; private set; }

        /// <summary>Inserts <paramref name="rows"/> into <c>observations</c>; <paramref name="afterRow"/> gets the number written so far after each row.</summary>
        public void Insert(List<ObservationColumns.NewRow> rows, PeriodWords periods, Action<int>? afterRow)
        {
            for (var r = 0; r < rows.Count; r++)
            {
                Row = r;
                var (o, importId, _, replacesId) = rows[r];
                var lineage = o.Lineage;
                Text(_insert, 1, EnumWords<Dataset>.ToWord(o.Dataset));
                Text(_insert, 2, o.AreaId);
                Text(_insert, 3, periods.Word(o.Period));
                Text(_insert, 4, o.Subject);
                Text(_insert, 5, o.Source);
                Text(_insert, 6, o.Breakdown);
                Number(_insert, 7, o.Value, r);
                Number(_insert, 8, o.Positive, r);
                Number(_insert, 9, o.Respondents, r);
                Number(_insert, 10, o.Share, r);
                Number(_insert, 11, o.WeightedTotal, r);
                Number(_insert, 12, o.EffectiveN, r);
                Number(_insert, 13, o.CiLow, r);
                Number(_insert, 14, o.CiHigh, r);
                Number(_insert, 15, o.N, r);
                Text(_insert, 16, EnumWords<ObservationStatus>.ToWord(o.Status));
                Whole(_insert, 17, importId);
                Whole(_insert, 18, lineage?.FirstRow ?? 0);
                Whole(_insert, 19, lineage?.LastRow ?? lineage?.FirstRow ?? 0);
                Whole(_insert, 20, 1);
                Whole(_insert, 21, replacesId);
                Run(_insert);
                afterRow?.Invoke(r + 1);
            }
        }

        /// <summary>Inserts <paramref name="rows"/> into <c>import_unchanged</c>.</summary>
        public void Insert(List<ObservationColumns.UnchangedRow> rows)
        {
            foreach (var (importId, observationId, firstRow, lastRow) in rows)
            {
                Whole(_unchanged, 1, importId);
                Whole(_unchanged, 2, observationId);
                Whole(_unchanged, 3, firstRow);
                Whole(_unchanged, 4, lastRow);
                Run(_unchanged);
            }
        }

        public void Dispose()
        {
            _insert.Dispose();
            _unchanged.Dispose();
        }

        private static string Sql(string table, string[] columns) =>
            $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "?" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))});";

        private static sqlite3_stmt Prepare(sqlite3 db, string sql)
        {
            var rc = raw.sqlite3_prepare_v2(db, sql, out var statement);
            SqliteException.ThrowExceptionForRC(rc, db);
            return statement;
        }

        private void Text(sqlite3_stmt statement, int index, string? value) =>
            Check(value is null ? raw.sqlite3_bind_null(statement, index) : raw.sqlite3_bind_text16(statement, index, value.AsSpan()));

        private void Number(sqlite3_stmt statement, int index, double? value, int row)
        {
            switch (value)
            {
                case null:
                    Check(raw.sqlite3_bind_null(statement, index));
                    break;
                case double.NaN:
                    throw new ArgumentException(
                        $"observations.{InsertColumns[index - 1]} of row {row + 1} is NaN, which cannot be stored; an absent value is null.");
                case var d:
                    Check(raw.sqlite3_bind_double(statement, index, d == 0 ? 0.0 : d.Value));
                    break;
            }
        }

        private void Whole(sqlite3_stmt statement, int index, long? value) =>
            Check(value is { } v ? raw.sqlite3_bind_int64(statement, index, v) : raw.sqlite3_bind_null(statement, index));

        private void Run(sqlite3_stmt statement)
        {
            var rc = raw.sqlite3_step(statement);
            raw.sqlite3_reset(statement);
            if (rc != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(rc, _db);
            }
        }

        private void Check(int rc) => SqliteException.ThrowExceptionForRC(rc, _db);
    }
}
