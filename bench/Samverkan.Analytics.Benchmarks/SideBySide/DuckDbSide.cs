using System.Globalization;
using DuckDB.NET.Data;

namespace Samverkan.Analytics.Benchmarks.SideBySide;

/// <summary>
/// What an analyst would otherwise run: DuckDB (in-process, 2 threads) reading the same file with
/// <c>read_csv</c> (<c>;</c>, decimal comma) and computing the same monthly counts per area ×
/// category, or the same weighted shares per area × year × question, into a table.
/// </summary>
internal static class DuckDbSide
{
    /// <summary>Runs the query and prints the totals; 0 on success.</summary>
    public static int Run(string kind, string path)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        Execute(connection, "SET threads=2;");
        var file = path.Replace("'", "''", StringComparison.Ordinal);
        if (kind == "crime-incidents")
        {
            Execute(connection, $$"""
                CREATE TABLE counts AS
                SELECT "område" AS area, kategori AS category, date_trunc('month', "anmälningsdatum") AS month, count(*) AS n
                FROM read_csv('{{file}}', delim = ';', header = true,
                     columns = {'ärende': 'VARCHAR', 'anmälningsdatum': 'DATE', 'kategori': 'VARCHAR', 'område': 'VARCHAR'})
                GROUP BY ALL;
                """);
            Print(connection, "SELECT count(*)::BIGINT, sum(n)::BIGINT, 0.0::DOUBLE, 0.0::DOUBLE FROM counts;");
        }
        else
        {
            // The question's codes in indicators.yaml: 3, 4 positive; 5 no answer (left out); blank not answered.
            Execute(connection, $$"""
                CREATE TABLE shares AS
                SELECT "område" AS area, "år" AS year, count(*) AS respondents, sum(vikt) AS weighted_total,
                       sum(CASE WHEN q IN (3, 4) THEN vikt ELSE 0 END) AS positive,
                       sum(CASE WHEN q IN (3, 4) THEN vikt ELSE 0 END) / sum(vikt) AS share,
                       sum(vikt) * sum(vikt) / sum(vikt * vikt) AS effective_n
                FROM (SELECT *, "otrygg-ute-sen-kvall" AS q
                      FROM read_csv('{{file}}', delim = ';', header = true, decimal_separator = ',',
                           columns = {'respondent_id': 'VARCHAR', 'år': 'INTEGER', 'område': 'VARCHAR', 'vikt': 'DOUBLE',
                                       'otrygg-ute-sen-kvall': 'INTEGER', 'kön': 'VARCHAR', 'ålder': 'INTEGER'}))
                WHERE q IS NOT NULL AND q <> 5
                GROUP BY ALL;
                """);
            Print(connection, "SELECT count(*)::BIGINT, sum(respondents)::BIGINT, sum(weighted_total)::DOUBLE, sum(positive)::DOUBLE FROM shares;");
        }

        return 0;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void Print(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        reader.Read();
        var totals = new Totals(
            Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture),
            Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture),
            Convert.ToDouble(reader.GetValue(2), CultureInfo.InvariantCulture),
            Convert.ToDouble(reader.GetValue(3), CultureInfo.InvariantCulture));
        Console.WriteLine(totals.Format());
    }
}
