using Microsoft.Data.Sqlite;

namespace Samverkan.Analytics.Benchmarks.SideBySide;

/// <summary>Our side's totals, read back from the <c>samverkan.db</c> the ingest wrote (not timed).</summary>
internal static class StoredTotals
{
    /// <summary>The current observations of <paramref name="kind"/> in the data directory's database.</summary>
    public static Totals Read(string dataDirectory, string kind)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "samverkan.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = kind == "crime-incidents"
            ? "SELECT count(*), coalesce(sum(value), 0), 0.0, 0.0 FROM observations WHERE is_current = 1 AND dataset = 'crime' AND value > 0;"
            : "SELECT count(*), coalesce(sum(respondents), 0), coalesce(sum(weighted_total), 0), coalesce(sum(positive), 0) FROM observations WHERE is_current = 1 AND dataset = 'survey';";
        using var reader = command.ExecuteReader();
        reader.Read();
        return new Totals(reader.GetInt64(0), (long)reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3));
    }
}
