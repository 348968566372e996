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
            "status", "import_id", "first_row", "last_row", "file_hash", "is_current", "replaces_id",
        ];

        private readonly SqliteStatement _insert;
        private readonly SqliteStatement _unchanged;

        private SqliteRows(sqlite3 db)
        {
            if (!ObservationColumns.Insert.Select(c => c.Name).SequenceEqual(InsertColumns, StringComparer.Ordinal))
            {
                throw new InvalidOperationException("ObservationColumns.Insert changed: change SqliteRows.Insert to bind the same columns.");
            }

            var words = new Utf8Words();
            var unchangedColumns = ObservationColumns.Unchanged.Select(c => c.Name).ToArray();
            _insert = new SqliteStatement(db, Sql("observations", InsertColumns), InsertColumns.Length, words);
            try
            {
                _unchanged = new SqliteStatement(db, Sql("import_unchanged", unchangedColumns), unchangedColumns.Length, words);
            }
            catch
            {
                _insert.Dispose();
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
            var insert = _insert;
            for (var r = 0; r < rows.Count; r++)
            {
                Row = r;
                var (o, importId, fileHash, replacesId) = rows[r];
                var lineage = o.Lineage;
                insert.Text(1, EnumWords<Dataset>.ToWord(o.Dataset));
                insert.Text(2, o.AreaId);
                insert.Text(3, periods.Word(o.Period));
                insert.Text(4, o.Subject);
                insert.Text(5, o.Source);
                insert.Text(6, o.Breakdown);
                Number(7, o.Value, r);
                Number(8, o.Positive, r);
                Number(9, o.Respondents, r);
                Number(10, o.Share, r);
                Number(11, o.WeightedTotal, r);
                Number(12, o.EffectiveN, r);
                Number(13, o.CiLow, r);
                Number(14, o.CiHigh, r);
                Number(15, o.N, r);
                insert.Text(16, EnumWords<ObservationStatus>.ToWord(o.Status));
                insert.Whole(17, importId);
                insert.Whole(18, lineage?.FirstRow ?? 0);
                insert.Whole(19, lineage?.LastRow ?? lineage?.FirstRow ?? 0);
                insert.Text(20, fileHash);
                insert.Whole(21, 1);
                insert.Whole(22, replacesId);
                insert.Run();
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
            _unchanged.Dispose();
        }

        private static string Sql(string table, string[] columns) =>
            $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "?" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))});";

        private void Number(int index, double? value, int row)
        {
            if (value is double.NaN)
            {
                throw new ArgumentException(
                    $"observations.{InsertColumns[index - 1]} of row {row + 1} is NaN, which cannot be stored; an absent value is null.");
            }

            _insert.Real(index, value);
        }
    }
}
