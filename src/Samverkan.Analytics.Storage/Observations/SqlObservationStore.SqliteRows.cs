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
    /// position (<see cref="SqliteStatement"/>), straight through native SQLite with the raw statement pointer,
    /// text as UTF-8 encoded once per distinct word (<see cref="Utf8Words"/>), numbers unboxed, and only the
    /// parameters whose value differs from the previous row's, so a row costs no allocation, no parameter
    /// lookup by name and no UTF-16 translation (Microsoft.Data.Sqlite binds every parameter by name on
    /// every execution and converts every string to a new UTF-8 array: docs/benchmarks.md "Session 5" and
    /// "Session 7"). The statements run on the connection's handle, inside the import's transaction.
    /// PostgreSQL keeps its binary COPY (<see cref="BatchInserter{T}"/>). The values follow
    /// <see cref="BatchInserter{T}"/>'s rules: NaN is refused, −0 is stored as 0, null as NULL.
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

        /// <summary>Rows per execution of <see cref="_insertMany"/>.</summary>
        private const int RowsPerInsert = 16;

        private readonly SqliteStatement _insert;
        private readonly SqliteStatement _insertMany;
        private readonly SqliteStatement _unchanged;

        private SqliteRows(sqlite3 db)
        {
            if (!ObservationColumns.Insert.Select(c => c.Name).SequenceEqual(InsertColumns, StringComparer.Ordinal))
            {
                throw new InvalidOperationException("ObservationColumns.Insert changed: change SqliteRows.Insert to bind the same columns.");
            }

            var words = new Utf8Words();
            var unchangedColumns = ObservationColumns.Unchanged.Select(c => c.Name).ToArray();
            _insert = new SqliteStatement(db, Sql("observations", InsertColumns, 1), InsertColumns.Length, words);
            try
            {
                _insertMany = new SqliteStatement(db, Sql("observations", InsertColumns, RowsPerInsert), InsertColumns.Length * RowsPerInsert, words);
                _unchanged = new SqliteStatement(db, Sql("import_unchanged", unchangedColumns, 1), unchangedColumns.Length, words);
            }
            catch
            {
                _insert.Dispose();
                _insertMany?.Dispose();
                throw;
            }
        }

        /// <summary>The writer of a SQLite connection, or null for another database.</summary>
        public static SqliteRows? For(DbConnection connection) =>
            connection is SqliteConnection { Handle: { } db } ? new SqliteRows(db) : null;

        /// <summary>The index in its list of the row the last <c>Insert</c> of observations wrote or failed on.</summary>
        public int Row { get; private set; }

        /// <summary>Inserts <paramref name="rows"/> into <c>observations</c>; <paramref name="afterRow"/> gets the number written so far after each row.</summary>
        public void Insert(List<ObservationColumns.NewRow> rows, PeriodWords periods, Action<int>? afterRow)
        {
            var r = 0;
            for (; r + RowsPerInsert <= rows.Count; r += RowsPerInsert)
            {
                for (var k = 0; k < RowsPerInsert; k++)
                {
                    Row = r + k;
                    Bind(_insertMany, k * InsertColumns.Length, rows[r + k], periods, r + k);
                }

                try
                {
                    _insertMany.Run();
                }
                catch (SqliteException e) when ((e.SqliteErrorCode & 0xFF) == raw.SQLITE_CONSTRAINT)
                {
                    // The statement's rows are rolled back as one (a statement journal): insert them one by
                    // one to fail on the row that breaks the constraint, with its own error and Row.
                    for (var k = 0; k < RowsPerInsert; k++)
                    {
                        Row = r + k;
                        Bind(_insert, 0, rows[r + k], periods, r + k);
                        _insert.Run();
                    }

                    throw;
                }

                for (var k = 1; k <= RowsPerInsert; k++)
                {
                    afterRow?.Invoke(r + k);
                }
            }

            for (; r < rows.Count; r++)
            {
                Row = r;
                Bind(_insert, 0, rows[r], periods, r);
                _insert.Run();
                afterRow?.Invoke(r + 1);
            }
        }

        /// <summary>Inserts <paramref name="rows"/> into <c>import_unchanged</c>.</summary>
        public void Insert(List<ObservationColumns.UnchangedRow> rows)
        {
            foreach (var (importId, observationId, firstRow, lastRow) in rows)
            {
                _unchanged.Whole(1, importId);
                _unchanged.Whole(2, observationId);
                _unchanged.Whole(3, firstRow);
                _unchanged.Whole(4, lastRow);
                _unchanged.Run();
            }
        }

        public void Dispose()
        {
            _insert.Dispose();
            _insertMany.Dispose();
            _unchanged.Dispose();
        }

        /// <summary>An <c>INSERT</c> of <paramref name="rows"/> rows of <paramref name="columns"/>, parameters numbered row by row.</summary>
        private static string Sql(string table, string[] columns, int rows) =>
            $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES "
            + string.Join(", ", Enumerable.Range(0, rows).Select(row => "(" + string.Join(", ", columns.Select((_, i) => "?" + ((row * columns.Length) + i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))) + ")"))
            + ";";

        /// <summary>Binds <paramref name="row"/> (row <paramref name="index"/> of its list) to the parameters of <paramref name="insert"/> after <paramref name="offset"/>.</summary>
        private static void Bind(SqliteStatement insert, int offset, ObservationColumns.NewRow row, PeriodWords periods, int index)
        {
            var (o, importId, replacesId) = row;
            var lineage = o.Lineage;
            insert.Text(offset + 1, EnumWords<Dataset>.ToWord(o.Dataset));
            insert.Text(offset + 2, o.AreaId);
            insert.Text(offset + 3, periods.Word(o.Period));
            insert.Text(offset + 4, o.Subject);
            insert.Text(offset + 5, o.Source);
            insert.Text(offset + 6, o.Breakdown);
            Number(insert, offset, 7, o.Value, index);
            Number(insert, offset, 8, o.Positive, index);
            Number(insert, offset, 9, o.Respondents, index);
            Number(insert, offset, 10, o.Share, index);
            Number(insert, offset, 11, o.WeightedTotal, index);
            Number(insert, offset, 12, o.EffectiveN, index);
            Number(insert, offset, 13, o.CiLow, index);
            Number(insert, offset, 14, o.CiHigh, index);
            Number(insert, offset, 15, o.N, index);
            insert.Text(offset + 16, EnumWords<ObservationStatus>.ToWord(o.Status));
            insert.Whole(offset + 17, importId);
            insert.Whole(offset + 18, lineage?.FirstRow ?? 0);
            insert.Whole(offset + 19, lineage?.LastRow ?? lineage?.FirstRow ?? 0);
            insert.Whole(offset + 20, 1);
            insert.Whole(offset + 21, replacesId);
        }

        private static void Number(SqliteStatement insert, int offset, int column, double? value, int row)
        {
            if (value is double.NaN)
            {
                throw new ArgumentException(
                    $"observations.{InsertColumns[column - 1]} of row {row + 1} is NaN, which cannot be stored; an absent value is null.");
            }

            insert.Real(offset + column, value);
        }
    }
}
