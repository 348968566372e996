using System.Data;

namespace Samverkan.Analytics.Storage.Mapping;

/// <summary>One column written by a <see cref="BatchInserter{T}"/>: its name, type and how to get its value from a row.</summary>
/// <typeparam name="T">The row type.</typeparam>
/// <param name="Name">The column name.</param>
/// <param name="Type">The parameter type (fixed, so prepared statements keep one plan when values are null).</param>
/// <param name="Get">The value of the column for a row; null is stored as NULL.</param>
internal sealed record Column<T>(string Name, DbType Type, Func<T, object?> Get);
