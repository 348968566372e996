using System.Data.Common;
using System.Text;
using Samverkan.Analytics.Storage.Connections;

namespace Samverkan.Analytics.Storage.Mapping;

/// <summary>
/// Inserts many rows into one table inside a transaction with prepared statements, several rows per
/// statement where the dialect gains from it. Every double is checked (NaN is refused, because
/// SQLite cannot store it) and −0 is stored as 0 (SQLite drops the sign, so both providers do).
/// </summary>
/// <typeparam name="T">The row type.</typeparam>
internal sealed class BatchInserter<T> : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly string _table;
    private readonly IReadOnlyList<Column<T>> _columns;
    private readonly int _rowsPerCommand;
    private readonly SqlDialect _dialect;
    private DbCommand? _fullCommand;

    public BatchInserter(DbConnection connection, DbTransaction transaction, SqlDialect dialect, string table, IReadOnlyList<Column<T>> columns)
    {
        _connection = connection;
        _transaction = transaction;
        _table = table;
        _columns = columns;
        _dialect = dialect;
        _rowsPerCommand = Math.Max(1, dialect.RowsPerInsert);
    }

    /// <summary>Inserts <paramref name="rows"/>; <paramref name="afterStatement"/> gets the number written so far.</summary>
    public async Task InsertAsync(IReadOnlyList<T> rows, Action<int>? afterStatement, CancellationToken cancellationToken)
    {
        var done = 0;
        while (done < rows.Count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(_rowsPerCommand, rows.Count - done);
            if (count == _rowsPerCommand)
            {
                _fullCommand ??= await PrepareAsync(count, cancellationToken).ConfigureAwait(false);
                Bind(_fullCommand, rows, done, count);
                await _fullCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await using var tail = await PrepareAsync(count, cancellationToken).ConfigureAwait(false);
                Bind(tail, rows, done, count);
                await tail.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            done += count;
            afterStatement?.Invoke(done);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_fullCommand is not null)
        {
            await _fullCommand.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<DbCommand> PrepareAsync(int rowCount, CancellationToken cancellationToken)
    {
        var sql = new StringBuilder();
        sql.Append("INSERT INTO ").Append(_table).Append(" (")
            .AppendJoin(", ", _columns.Select(c => c.Name)).Append(") VALUES ");
        var command = _connection.Command(_transaction, "");
        for (var r = 0; r < rowCount; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < _columns.Count; c++)
            {
                var (placeholder, name) = _dialect.Parameter((r * _columns.Count) + c);
                sql.Append(c == 0 ? "" : ", ").Append(placeholder);
                command.Add(name, _columns[c].Type, null);
            }

            sql.Append(')');
        }

        command.CommandText = sql.ToString();
        await command.PrepareAsync(cancellationToken).ConfigureAwait(false);
        return command;
    }

    private void Bind(DbCommand command, IReadOnlyList<T> rows, int offset, int count)
    {
        var p = 0;
        for (var r = 0; r < count; r++)
        {
            var row = rows[offset + r];
            foreach (var column in _columns)
            {
                command.Parameters[p++].Value = Normalise(column.Get(row), column, offset + r) ?? DBNull.Value;
            }
        }
    }

    private object? Normalise(object? value, Column<T> column, int index) => value switch
    {
        double d when double.IsNaN(d) => throw new ArgumentException(
            $"{_table}.{column.Name} of row {index + 1} is NaN, which cannot be stored; an absent value is null."),
        double d when d == 0 => 0.0,
        _ => value,
    };
}
