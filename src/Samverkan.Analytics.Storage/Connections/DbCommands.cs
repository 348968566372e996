using System.Data;
using System.Data.Common;

namespace Samverkan.Analytics.Storage.Connections;

/// <summary>Small ADO.NET conveniences shared by the stores and the migrator.</summary>
internal static class DbCommands
{
    /// <summary>A command on <paramref name="connection"/> in <paramref name="transaction"/>.</summary>
    public static DbCommand Command(this DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    /// <summary>Adds a typed parameter (<c>@name</c>); null becomes <see cref="DBNull"/>.</summary>
    public static DbParameter Add(this DbCommand command, string name, DbType type, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <summary>A nullable double column.</summary>
    public static double? GetNullableDouble(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);

    /// <summary>A nullable 32-bit integer column.</summary>
    public static int? GetNullableInt32(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    /// <summary>A nullable 64-bit integer column.</summary>
    public static long? GetNullableInt64(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    /// <summary>A nullable text column.</summary>
    public static string? GetNullableString(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>A timestamp column (TEXT in SQLite, TIMESTAMPTZ in PostgreSQL), in UTC.</summary>
    public static DateTimeOffset GetTimestamp(this DbDataReader reader, int ordinal) =>
        reader.GetFieldValue<DateTimeOffset>(ordinal).ToUniversalTime();
}
