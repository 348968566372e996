using System.Data;
using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using Samverkan.Analytics.Storage.Connections;

namespace Samverkan.Analytics.Storage.Mapping;

/// <summary>
/// Inserts many rows into one table inside the caller's transaction: on SQLite with one prepared
/// single-row <c>INSERT</c> (in-process, so a statement per row is cheap), on PostgreSQL with a binary
/// <c>COPY … FROM STDIN</c> (one stream instead of a round trip per row). Every double is checked on
/// both paths: NaN is refused (SQLite cannot store it) and −0 is stored as 0 (SQLite drops the sign).
/// </summary>
/// <typeparam name="T">The row type.</typeparam>
internal sealed class BatchInserter<T>
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly string _table;
    private readonly IReadOnlyList<Column<T>> _columns;

    public BatchInserter(DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<Column<T>> columns)
    {
        _connection = connection;
        _transaction = transaction;
        _table = table;
        _columns = columns;
    }

    /// <summary>Inserts <paramref name="rows"/>; <paramref name="afterRow"/> gets the number written so far after each row.</summary>
    /// <remarks>
    /// Tests for SQLite rather than for <see cref="NpgsqlConnection"/>, and the COPY path takes a
    /// <see cref="DbConnection"/>: so an ingest into SQLite never loads Npgsql (about 1 MB resident,
    /// docs/benchmarks.md, "Peak memory of an ingest").
    /// </remarks>
    public Task InsertAsync(IReadOnlyList<T> rows, Action<int>? afterRow, CancellationToken cancellationToken) =>
        _connection is SqliteConnection
            ? InsertEachAsync(rows, afterRow, cancellationToken)
            : CopyAsync(_connection, rows, afterRow, cancellationToken);

    private async Task InsertEachAsync(IReadOnlyList<T> rows, Action<int>? afterRow, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var sql = new StringBuilder()
            .Append("INSERT INTO ").Append(_table).Append(" (").AppendJoin(", ", _columns.Select(c => c.Name))
            .Append(") VALUES (").AppendJoin(", ", _columns.Select(c => "@" + c.Name)).Append(");");
        await using var command = _connection.Command(_transaction, sql.ToString());
        foreach (var column in _columns)
        {
            command.Add("@" + column.Name, column.Type, null);
        }

        await command.PrepareAsync(cancellationToken).ConfigureAwait(false);
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < _columns.Count; c++)
            {
                command.Parameters[c].Value = Value(rows[r], _columns[c], r) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            afterRow?.Invoke(r + 1);
        }
    }

    private async Task CopyAsync(DbConnection dbConnection, IReadOnlyList<T> rows, Action<int>? afterRow, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)dbConnection;
        var copy = $"COPY {_table} ({string.Join(", ", _columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)";
        var types = _columns.Select(c => PostgresType(c.Type)).ToArray();
        await using var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken).ConfigureAwait(false);
        for (var r = 0; r < rows.Count; r++)
        {
            await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            for (var c = 0; c < _columns.Count; c++)
            {
                switch (Value(rows[r], _columns[c], r))
                {
                    case null:
                        await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                        break;
                    case var value:
                        await importer.WriteAsync(value, types[c], cancellationToken).ConfigureAwait(false);
                        break;
                }
            }

            afterRow?.Invoke(r + 1);
        }

        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private object? Value(T row, Column<T> column, int index) => column.Get(row) switch
    {
        double d when double.IsNaN(d) => throw new ArgumentException(
            $"{_table}.{column.Name} of row {index + 1} is NaN, which cannot be stored; an absent value is null."),
        double d when d == 0 => 0.0,
        var value => value,
    };

    private static NpgsqlDbType PostgresType(DbType type) => type switch
    {
        DbType.String => NpgsqlDbType.Text,
        DbType.Double => NpgsqlDbType.Double,
        DbType.Int32 => NpgsqlDbType.Integer,
        DbType.Int64 => NpgsqlDbType.Bigint,
        DbType.DateTimeOffset => NpgsqlDbType.TimestampTz,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "No PostgreSQL COPY type for this column type."),
    };
}
